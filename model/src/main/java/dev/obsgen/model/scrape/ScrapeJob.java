package dev.obsgen.model.scrape;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import java.util.ArrayList;
import java.util.List;

/** A Prometheus scrape job: how its targets are found, how often they are scraped, how their labels are rewritten. */
public record ScrapeJob(String name, @Nullable String interval, @Nullable String timeout, @Nullable String metricsPath,
                        @Nullable String scheme, Discovery discovery, List<Relabel> relabelling) {
    public ScrapeJob {
        relabelling = Values.list(relabelling);
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    public ScrapeJob withDiscovery(Discovery replacement) {
        return new ScrapeJob(name, interval, timeout, metricsPath, scheme, replacement, relabelling);
    }

    public static final class Builder {
        private final String name;
        private String interval;
        private String timeout;
        private String metricsPath;
        private String scheme;
        private Discovery discovery;
        private final List<Relabel> relabelling = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        public Builder interval(String duration) {
            this.interval = duration;
            return this;
        }

        public Builder timeout(String duration) {
            this.timeout = duration;
            return this;
        }

        public Builder metricsPath(String path) {
            this.metricsPath = path;
            return this;
        }

        public Builder scheme(String value) {
            this.scheme = value;
            return this;
        }

        public Builder discovery(Discovery value) {
            this.discovery = value;
            return this;
        }

        public Builder discovery(Ec2Discovery.Builder value) {
            return discovery(value == null ? null : value.build());
        }

        public Builder withRelabel(Relabel step) {
            relabelling.add(step);
            return this;
        }

        public ScrapeJob build() {
            return new ScrapeJob(name, interval, timeout, metricsPath, scheme, discovery, relabelling);
        }
    }
}
