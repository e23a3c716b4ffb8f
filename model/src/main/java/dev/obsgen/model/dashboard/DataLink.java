package dev.obsgen.model.dashboard;

/** A link on a panel's values, such as a runbook or another dashboard; the URL may use Grafana's variables. */
public record DataLink(String title, String url, boolean targetBlank) {
}
