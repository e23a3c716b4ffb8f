package dev.obsgen.core.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Prometheus' duration syntax ({@code 1h30m}, {@code 90s}, {@code 500ms}): units from largest to smallest, each once. */
public final class PromDuration {
    private static final Pattern SYNTAX = Pattern.compile(
            "^(?:(\\d+)y)?(?:(\\d+)w)?(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?(?:(\\d+)ms)?$");
    private static final long[] MILLIS = {
        365L * 24 * 3600_000, 7L * 24 * 3600_000, 24L * 3600_000, 3600_000L, 60_000L, 1000L, 1L};

    private PromDuration() {
    }

    public static boolean isValid(String text) {
        return text != null && millis(text) >= 0;
    }

    /** The duration in milliseconds, or -1 when the text is not a Prometheus duration. */
    public static long millis(String text) {
        if (text == null || text.isEmpty()) {
            return -1;
        }
        if (text.equals("0")) {
            return 0;
        }
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            return -1;
        }
        long total = 0;
        boolean any = false;
        for (int i = 0; i < MILLIS.length; i++) {
            String part = m.group(i + 1);
            if (part != null) {
                any = true;
                total += Long.parseLong(part) * MILLIS[i];
            }
        }
        return any ? total : -1;
    }
}
