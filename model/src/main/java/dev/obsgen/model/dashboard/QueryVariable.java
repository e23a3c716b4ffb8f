package dev.obsgen.model.dashboard;

import dev.obsgen.model.Nullable;

/**
 * Values from a data source query, such as {@code label_values(metric, label)}. {@code refresh} says when the
 * values are fetched again; on time range change keeps them matching the shown data.
 */
public record QueryVariable(String name, String label, DatasourceRef datasource, String query, Refresh refresh,
                            boolean multi, boolean includeAll, @Nullable String allValue, Sort sort, String regex,
                            VariableHide hide) implements Variable {
    public enum Refresh {
        NEVER(0), ON_DASHBOARD_LOAD(1), ON_TIME_RANGE_CHANGE(2);

        private final int code;

        Refresh(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    public enum Sort {
        NONE(0), ALPHABETICAL_ASC(1), ALPHABETICAL_DESC(2), NUMERICAL_ASC(3), NUMERICAL_DESC(4),
        ALPHABETICAL_CASE_INSENSITIVE_ASC(5), ALPHABETICAL_CASE_INSENSITIVE_DESC(6), NATURAL_ASC(7), NATURAL_DESC(8);

        private final int code;

        Sort(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    public QueryVariable {
        label = label == null ? "" : label;
        regex = regex == null ? "" : regex;
        hide = hide == null ? VariableHide.SHOW : hide;
    }

    public static Builder builder(String name, String query) {
        return new Builder(name, query);
    }

    @Override
    public String type() {
        return "query";
    }

    public static final class Builder {
        private final String name;
        private final String query;
        private String label = "";
        private DatasourceRef datasource = DatasourceRef.prometheusVariable();
        private Refresh refresh = Refresh.ON_TIME_RANGE_CHANGE;
        private boolean multi;
        private boolean includeAll;
        private String allValue;
        private Sort sort = Sort.ALPHABETICAL_CASE_INSENSITIVE_ASC;
        private String regex = "";
        private VariableHide hide = VariableHide.SHOW;

        Builder(String name, String query) {
            this.name = name;
            this.query = query;
        }

        public Builder label(String value) {
            this.label = value;
            return this;
        }

        public Builder datasource(DatasourceRef value) {
            this.datasource = value;
            return this;
        }

        public Builder refresh(Refresh value) {
            this.refresh = value;
            return this;
        }

        public Builder multi(boolean value) {
            this.multi = value;
            return this;
        }

        /** Offers "All"; {@code allValue} is what it stands for in queries (such as {@code .*}), null for every value. */
        public Builder includeAll(boolean value, String allValue) {
            this.includeAll = value;
            this.allValue = allValue;
            return this;
        }

        public Builder sort(Sort value) {
            this.sort = value;
            return this;
        }

        public Builder regex(String value) {
            this.regex = value;
            return this;
        }

        public Builder hide(VariableHide value) {
            this.hide = value;
            return this;
        }

        public QueryVariable build() {
            return new QueryVariable(name, label, datasource, query, refresh, multi, includeAll, allValue, sort, regex, hide);
        }
    }
}
