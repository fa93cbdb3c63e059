package org.strategycanvas.model.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * An amount spread evenly over a run of days, then cut into pieces (calendar months, periods of the mix
 * plan…): a piece of {@code n} days out of {@code days} gets {@code amount × n / days}, rounded to the cent
 * (half-even), and the last piece takes what is left, so that the pieces add up exactly to the amount.
 */
public final class DaySpread {

    private DaySpread() {
    }

    /**
     * The pieces, in date order, keyed by {@code keyOf} of their first day; pieces with the same key are
     * added up. Every piece has at least one day, so an amount of 0 still yields every key it touches.
     *
     * @param nextCut the first day of the piece after the one a day is in
     */
    public static <K> Map<K, BigDecimal> spread(BigDecimal amount, LocalDate first, long days,
                                                UnaryOperator<LocalDate> nextCut, Function<LocalDate, K> keyOf) {
        Map<K, BigDecimal> pieces = new LinkedHashMap<>();
        LocalDate end = first.plusDays(days); // exclusive
        BigDecimal left = amount;
        LocalDate day = first;
        while (day.isBefore(end)) {
            LocalDate next = nextCut.apply(day);
            LocalDate stop = next.isBefore(end) ? next : end;
            long inPiece = stop.toEpochDay() - day.toEpochDay();
            BigDecimal share = stop.equals(end) ? left
                    : amount.multiply(BigDecimal.valueOf(inPiece))
                            .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_EVEN);
            pieces.merge(keyOf.apply(day), share, BigDecimal::add);
            left = left.subtract(share);
            day = stop;
        }
        return pieces;
    }

    /** An action's budget in a scenario over its days: {@code 7 × durationWeeks} from its first day. */
    public static <K> Map<K, BigDecimal> spread(Action action, String scenarioId, LocalDate planStart,
                                                UnaryOperator<LocalDate> nextCut, Function<LocalDate, K> keyOf) {
        return spread(action.budget(scenarioId), planStart.plusWeeks(action.startWeek()),
                7L * action.durationWeeks(), nextCut, keyOf);
    }
}
