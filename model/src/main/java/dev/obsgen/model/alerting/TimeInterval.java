package dev.obsgen.model.alerting;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import java.util.List;

/**
 * A named Alertmanager time interval: weekday ranges ({@code monday:friday}) and clock ranges ({@code 09:00}-{@code 17:00})
 * in a location (an IANA zone).
 */
public record TimeInterval(String name, List<String> weekdays, List<Clock> times, @Nullable String location) {
    public TimeInterval {
        weekdays = Values.list(weekdays);
        times = Values.list(times);
    }

    public record Clock(String start, String end) {
    }

    public static TimeInterval weekdays(String name, String weekdays, String start, String end, String location) {
        return new TimeInterval(name, Values.of(weekdays), List.of(new Clock(start, end)), location);
    }
}
