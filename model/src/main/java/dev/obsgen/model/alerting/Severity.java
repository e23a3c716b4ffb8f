package dev.obsgen.model.alerting;

import java.util.Locale;

/** How urgent an alert is; it decides who is notified and when. */
public enum Severity {
    /** Service unavailable: page, day and night. */
    CRITICAL,
    /** Degraded: chat and mail, business hours. */
    WARNING,
    /** Notable: dashboards only, nobody is notified. */
    INFO;

    /** The value of the {@code severity} label. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static final String LABEL = "severity";
}
