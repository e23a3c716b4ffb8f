package dev.obsgen.model.alerting;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * Alertmanager routing: how alerts are grouped, the route of each severity, the receivers, inhibitions and the time
 * intervals routes refer to. Alerts with no known severity go to {@code defaultReceiver}.
 */
public record NotificationPolicy(List<String> groupBy, @Nullable String groupWait, @Nullable String groupInterval,
                                 @Nullable String repeatInterval, @Nullable String defaultReceiver,
                                 List<SeverityRoute> routes, List<Receiver> receivers, List<Inhibition> inhibitions,
                                 List<TimeInterval> timeIntervals) {
    public NotificationPolicy {
        groupBy = Values.list(groupBy);
        routes = Values.list(routes);
        receivers = Values.list(receivers);
        inhibitions = Values.list(inhibitions);
        timeIntervals = Values.list(timeIntervals);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this policy: {@code with…} appends, the list setters replace. */
    public Builder toBuilder() {
        Builder builder = new Builder().groupWait(groupWait).groupInterval(groupInterval).repeatInterval(repeatInterval)
                .defaultReceiver(defaultReceiver).routes(routes).receivers(receivers);
        builder.groupBy.addAll(groupBy);
        builder.inhibitions.addAll(inhibitions);
        builder.timeIntervals.addAll(timeIntervals);
        return builder;
    }

    public static final class Builder {
        private final List<String> groupBy = new ArrayList<>();
        private String groupWait;
        private String groupInterval;
        private String repeatInterval;
        private String defaultReceiver;
        private final List<SeverityRoute> routes = new ArrayList<>();
        private final List<Receiver> receivers = new ArrayList<>();
        private final List<Inhibition> inhibitions = new ArrayList<>();
        private final List<TimeInterval> timeIntervals = new ArrayList<>();

        public Builder groupBy(String... labels) {
            groupBy.clear();
            groupBy.addAll(Values.of(labels));
            return this;
        }

        public Builder groupWait(String duration) {
            this.groupWait = duration;
            return this;
        }

        public Builder groupInterval(String duration) {
            this.groupInterval = duration;
            return this;
        }

        public Builder repeatInterval(String duration) {
            this.repeatInterval = duration;
            return this;
        }

        public Builder defaultReceiver(String receiver) {
            this.defaultReceiver = receiver;
            return this;
        }

        public Builder withRoute(SeverityRoute route) {
            routes.add(route);
            return this;
        }

        public Builder withReceiver(Receiver receiver) {
            receivers.add(receiver);
            return this;
        }

        /** Replaces the routes declared so far. */
        public Builder routes(List<SeverityRoute> values) {
            Values.replace(routes, values);
            return this;
        }

        /** Replaces the receivers declared so far. */
        public Builder receivers(List<Receiver> values) {
            Values.replace(receivers, values);
            return this;
        }

        public Builder withInhibition(Inhibition inhibition) {
            inhibitions.add(inhibition);
            return this;
        }

        public Builder withTimeInterval(TimeInterval interval) {
            timeIntervals.add(interval);
            return this;
        }

        public NotificationPolicy build() {
            return new NotificationPolicy(groupBy, groupWait, groupInterval, repeatInterval, defaultReceiver, routes,
                    receivers, inhibitions, timeIntervals);
        }
    }
}
