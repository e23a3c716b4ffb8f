package dev.obsgen.core.slo;

import dev.obsgen.model.slo.Slo;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** The window pairs and factors of an SLO's alerts, as words for the catalog. */
public final class SloWindows {
    private SloWindows() {
    }

    public static String page(Slo slo) {
        return text(slo, BurnWindows.PAGE);
    }

    public static String ticket(Slo slo) {
        return text(slo, BurnWindows.TICKET);
    }

    /** A factor as people read it: four significant digits, 2.8 rather than 2.8000000000000003. */
    public static String shown(double factor) {
        return new BigDecimal(factor).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static String text(Slo slo, List<BurnWindows> pairs) {
        StringBuilder text = new StringBuilder();
        for (BurnWindows pair : pairs) {
            if (!text.isEmpty()) {
                text.append(", or ");
            }
            text.append(pair.shortWindow()).append(" and ").append(pair.longWindow()).append(" over ")
                    .append(shown(pair.factor(SloRules.periodHours(slo)))).append("x");
        }
        return text.toString();
    }
}
