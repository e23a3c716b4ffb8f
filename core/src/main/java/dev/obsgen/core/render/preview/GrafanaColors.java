package dev.obsgen.core.render.preview;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Grafana's colour names (thresholds, overrides and mappings use them) as the hex values of its palette; a hex or
 * rgb colour passes through, anything else is drawn grey rather than guessed.
 */
final class GrafanaColors {
    static final String UNKNOWN = "#8e8e8e";
    private static final Pattern LITERAL = Pattern.compile("#[0-9a-fA-F]{3,8}|rgba?\\([0-9., ]+\\)");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("super-light-red", "#FFA6B0"), Map.entry("light-red", "#FF7383"), Map.entry("red", "#F2495C"),
            Map.entry("semi-dark-red", "#E02F44"), Map.entry("dark-red", "#C4162A"),
            Map.entry("super-light-orange", "#FFCB7D"), Map.entry("light-orange", "#FFB357"),
            Map.entry("orange", "#FF9830"), Map.entry("semi-dark-orange", "#FF780A"),
            Map.entry("dark-orange", "#FA6400"),
            Map.entry("super-light-yellow", "#FFF899"), Map.entry("light-yellow", "#FFEE52"),
            Map.entry("yellow", "#FADE2A"), Map.entry("semi-dark-yellow", "#F2CC0C"),
            Map.entry("dark-yellow", "#E0B400"),
            Map.entry("super-light-green", "#C8F2C2"), Map.entry("light-green", "#96D98D"),
            Map.entry("green", "#73BF69"), Map.entry("semi-dark-green", "#56A64B"), Map.entry("dark-green", "#37872D"),
            Map.entry("super-light-blue", "#C0D8FF"), Map.entry("light-blue", "#8AB8FF"), Map.entry("blue", "#5794F2"),
            Map.entry("semi-dark-blue", "#3274D9"), Map.entry("dark-blue", "#1F60C4"),
            Map.entry("super-light-purple", "#DEB6F2"), Map.entry("light-purple", "#CA95E5"),
            Map.entry("purple", "#B877D9"), Map.entry("semi-dark-purple", "#A352CC"),
            Map.entry("dark-purple", "#8F3BB8"),
            Map.entry("text", "#24292e"), Map.entry("transparent", "none"));

    /** Grafana's classic palette, the colours of a panel's series in order. */
    static final String[] SERIES = {"#7EB26D", "#EAB839", "#6ED0E0", "#EF843C", "#E24D42", "#1F78C1", "#BA43A9",
        "#705DA0", "#508642", "#CCA300"};

    private GrafanaColors() {
    }

    static String of(String color) {
        if (color == null) {
            return UNKNOWN;
        }
        String trimmed = color.trim();
        if (LITERAL.matcher(trimmed).matches()) {
            return trimmed;
        }
        return NAMED.getOrDefault(trimmed.toLowerCase(Locale.ROOT), UNKNOWN);
    }

    /**
     * The colour darkened by a third for text on the light background, where Grafana's bright greens and yellows
     * would hardly read; a colour that is not six-digit hex stays as it is.
     */
    static String text(String hex) {
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            return hex;
        }
        StringBuilder darker = new StringBuilder("#");
        for (int i = 1; i < 7; i += 2) {
            int channel = Integer.parseInt(hex.substring(i, i + 2), 16) * 2 / 3;
            darker.append(String.format(Locale.ROOT, "%02x", channel));
        }
        return darker.toString();
    }

    static String series(int index) {
        return SERIES[index % SERIES.length];
    }
}
