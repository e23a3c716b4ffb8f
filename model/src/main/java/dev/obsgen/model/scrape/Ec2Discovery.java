package dev.obsgen.model.scrape;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import java.util.ArrayList;
import java.util.List;

/** AWS EC2 service discovery ({@code ec2_sd_configs}): instances of a region matching the filters, scraped on a port. */
public record Ec2Discovery(String region, @Nullable Integer port, @Nullable String refreshInterval, List<Filter> filters)
        implements Discovery {
    public Ec2Discovery {
        filters = Values.list(filters);
    }

    /** An EC2 API filter, such as {@code tag:metaflow} with values {@code worker}. */
    public record Filter(String name, List<String> values) {
        public Filter {
            values = Values.list(values);
        }
    }

    public static Builder inRegion(String region) {
        return new Builder(region);
    }

    public static final class Builder {
        private final String region;
        private Integer port;
        private String refreshInterval;
        private final List<Filter> filters = new ArrayList<>();

        Builder(String region) {
            this.region = region;
        }

        public Builder port(int value) {
            this.port = value;
            return this;
        }

        public Builder refreshInterval(String duration) {
            this.refreshInterval = duration;
            return this;
        }

        public Builder withFilter(String name, String... values) {
            filters.add(new Filter(name, Values.of(values)));
            return this;
        }

        public Ec2Discovery build() {
            return new Ec2Discovery(region, port, refreshInterval, filters);
        }
    }
}
