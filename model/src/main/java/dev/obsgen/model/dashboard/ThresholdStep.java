package dev.obsgen.model.dashboard;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.rule.AlertRule;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One step of a threshold scale: from {@code value} upwards values show in {@code color}. The base step has no
 * value (Grafana's minus infinity).
 */
public record ThresholdStep(@Nullable Double value, String color) {
    private static final Pattern TRAILING_COMPARISON =
            Pattern.compile("(?:>=|<=|>|<|==|!=)\\s*(?:bool\\s+)?([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*$");

    public static ThresholdStep base(String color) {
        return new ThresholdStep(null, color);
    }

    public static ThresholdStep at(double value, String color) {
        return new ThresholdStep(value, color);
    }

    /**
     * The step at the value an alert compares against (the number after the alert's final comparison), so a panel
     * that shows the alert's line cannot disagree with the alert.
     *
     * @throws IllegalArgumentException when the alert's expression does not end in a comparison with a number
     */
    public static ThresholdStep fromAlert(AlertRule alert, String color) {
        return at(comparisonValue(alert), color);
    }

    public static double comparisonValue(AlertRule alert) {
        if (alert == null || alert.expr() == null) {
            throw new IllegalArgumentException("a threshold from an alert needs an alert with an expression, not "
                    + (alert == null ? "null" : "alert '" + alert.name() + "' without one"));
        }
        Matcher m = TRAILING_COMPARISON.matcher(alert.expr().strip());
        if (!m.find()) {
            throw new IllegalArgumentException("alert '" + alert.name()
                    + "' does not end in a comparison with a number, so it has no threshold to show: " + alert.expr());
        }
        return Double.parseDouble(m.group(1));
    }
}
