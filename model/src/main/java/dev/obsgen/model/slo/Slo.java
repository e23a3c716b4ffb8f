package dev.obsgen.model.slo;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import dev.obsgen.model.alerting.Severity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service level objective: the share of good events ({@code objective}, in percent, such as 99.9) a service
 * promises over a rolling {@code period} ({@code 30d} unless set), measured by its SLI. It becomes recording rules
 * of the error ratio over every alerting window, the metadata Sloth's dashboards read, a page and a ticket alert on
 * the burn rate of its error budget, and promtool tests derived from its numbers.
 */
public record Slo(String name, String service, double objective, String period, String description, Sli sli,
                  String alert, @Nullable String runbook, Severity pageSeverity, Severity ticketSeverity,
                  Map<String, String> labels) {
    public Slo {
        labels = Values.sorted(labels);
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    /** Sloth's id of the SLO: {@code <service>-<name>}. */
    public String id() {
        return service + "-" + name;
    }

    /** The share of events that may be bad: 1 - objective. */
    public double errorBudget() {
        return 1 - objective / 100;
    }

    public static final class Builder {
        private final String name;
        private String service;
        private double objective;
        private String period = "30d";
        private String description;
        private Sli sli;
        private String alert;
        private String runbook;
        private Severity pageSeverity = Severity.CRITICAL;
        private Severity ticketSeverity = Severity.WARNING;
        private final Map<String, String> labels = new LinkedHashMap<>();

        Builder(String name) {
            this.name = name;
        }

        public Builder service(String value) {
            this.service = value;
            return this;
        }

        /** The promise, in percent: 99.9 means one event in a thousand may be bad. */
        public Builder objective(double percent) {
            this.objective = percent;
            return this;
        }

        public Builder period(String duration) {
            this.period = duration;
            return this;
        }

        public Builder description(String value) {
            this.description = value;
            return this;
        }

        public Builder sli(Sli value) {
            this.sli = value;
            return this;
        }

        /** The name of the two burn-rate alerts' base; they are {@code <name>Page} and {@code <name>Ticket}. */
        public Builder alert(String value) {
            this.alert = value;
            return this;
        }

        public Builder runbook(String slug) {
            this.runbook = slug;
            return this;
        }

        public Builder severities(Severity page, Severity ticket) {
            this.pageSeverity = page;
            this.ticketSeverity = ticket;
            return this;
        }

        public Builder label(String key, String value) {
            labels.put(key, value);
            return this;
        }

        public Slo build() {
            return new Slo(name, service, objective, period, description, sli, alert, runbook, pageSeverity,
                    ticketSeverity, labels);
        }
    }
}
