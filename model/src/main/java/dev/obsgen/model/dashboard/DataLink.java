package dev.obsgen.model.dashboard;

import java.util.Objects;

/** A link on a panel's values, such as a runbook or another dashboard; the URL may use Grafana's variables. */
public record DataLink(String title, String url, boolean targetBlank) {
    public DataLink {
        Objects.requireNonNull(title, "link title");
        Objects.requireNonNull(url, "link url");
    }
}
