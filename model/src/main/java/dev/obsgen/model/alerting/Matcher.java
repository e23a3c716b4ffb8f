package dev.obsgen.model.alerting;

/** An Alertmanager label matcher such as {@code severity="critical"}. */
public record Matcher(String label, Op op, String value) {
    public static Matcher eq(String label, String value) {
        return new Matcher(label, Op.EQ, value);
    }

    public static Matcher severity(Severity severity) {
        return eq(Severity.LABEL, severity == null ? null : severity.label());
    }

    public enum Op {
        EQ("="), NE("!="), RE("=~"), NRE("!~");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
