package dev.obsgen.core.render.alertmanager;

/**
 * The Alertmanager message templates: every notification names the alert, its severity, the summary and the
 * runbook link, so whoever receives it can act without opening another tool.
 */
final class NotificationText {
    private NotificationText() {
    }

    static final String TITLE =
            "[{{ .Status | toUpper }}{{ if eq .Status \"firing\" }}:{{ .Alerts.Firing | len }}{{ end }}] "
            + "{{ .CommonLabels.alertname }} ({{ .CommonLabels.severity }})";

    static final String BODY = """
            {{ range .Alerts }}*{{ .Labels.alertname }}* ({{ .Labels.severity }}): {{ .Annotations.summary }}
            {{ .Annotations.description }}
            Runbook: {{ .Annotations.runbook_url }}
            {{ end }}""";

    static final String PAGERDUTY_DESCRIPTION = "{{ .CommonLabels.alertname }}: {{ .CommonAnnotations.summary }}";

    static final String PAGERDUTY_SEVERITY = "{{ if .CommonLabels.severity }}{{ .CommonLabels.severity }}{{ else }}critical{{ end }}";

    static final String RUNBOOK = "{{ .CommonAnnotations.runbook_url }}";

    static final String SUBJECT = TITLE;
}
