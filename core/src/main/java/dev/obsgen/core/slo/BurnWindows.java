package dev.obsgen.core.slo;

import java.util.List;

/**
 * The multi-window, multi-burn-rate alerting of the SRE workbook, as Sloth generates it for a 30-day period: an
 * alert fires when a short and a long window both burn the error budget faster than a factor. The factor of a long
 * window is the share of the period's budget it may spend: 2 % in 1h is 14.4, 5 % in 6h is 6, 10 % in 1d is 3,
 * 10 % in 3d is 1. For another period the shares stay and the factors scale with it.
 */
public record BurnWindows(String shortWindow, String longWindow, double budgetShare, long longWindowHours) {
    /** Every window an SLI's error ratio is recorded over, the period's aside. */
    public static final List<String> WINDOWS = List.of("5m", "30m", "1h", "2h", "6h", "1d", "3d");

    public static final List<BurnWindows> PAGE = List.of(
            new BurnWindows("5m", "1h", 0.02, 1),
            new BurnWindows("30m", "6h", 0.05, 6));

    public static final List<BurnWindows> TICKET = List.of(
            new BurnWindows("2h", "1d", 0.1, 24),
            new BurnWindows("6h", "3d", 0.1, 72));

    /** How many times the budget's even pace the two windows must burn, for a period of {@code periodHours}. */
    public double factor(long periodHours) {
        return budgetShare * periodHours / longWindowHours;
    }
}
