package org.strategycanvas.ui.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.plan.Progress;
import org.strategycanvas.model.plan.Trajectory;

/** The words and numbers of the feedback loop: measured values with their unit, percents, dates, status. */
public final class ProgressTexts {

    private final Messages messages;
    private final NumberFormat numbers;
    private final NumberFormat percents;
    private final DateTimeFormatter dates;

    public ProgressTexts(Messages messages) {
        this.messages = messages;
        this.numbers = NumberFormat.getNumberInstance(messages.locale());
        numbers.setMaximumFractionDigits(4);
        this.percents = NumberFormat.getPercentInstance(messages.locale());
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
    }

    /** "1,200.5 orders", or the bare number without a unit; the unit stays on the number's line. */
    public String value(BigDecimal value, String unit) {
        String number = numbers.format(value);
        return unit.isBlank() ? number : number + "\u00a0" + unit.strip();
    }

    /** A percent of the way, rounded to a whole percent: "62 %" in French, "62%" in English. */
    public String percent(BigDecimal percent) {
        return percents.format(percent.setScale(0, RoundingMode.HALF_UP).movePointLeft(2));
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** "On track", "Off track" or "No data". */
    public String status(Trajectory.Status status) {
        return messages.get("status." + status.id());
    }

    /**
     * "32 % · On track": the share of the way, when it is known, and the status, for a list; a value
     * measured against no trajectory (no deadline) says so rather than "no data".
     */
    public String summary(Progress progress) {
        String status = progress.latest().isPresent() && !progress.hasTrajectory()
                ? messages.get("feedback.summary.noTrajectory") : status(progress.status());
        return progress.percent().map(p -> messages.get("feedback.summary", percent(p), status)).orElse(status);
    }

    /** The status as a sentence that says what it means, or what is missing to know it. */
    public String statusSentence(Progress progress) {
        if (!progress.hasTrajectory()) {
            return messages.get("feedback.status.no-trajectory");
        }
        return messages.get("feedback.status." + progress.status().id());
    }

    /** "62 % of the way on 30 Apr 2026 (55 % expected by then)."; empty text when it cannot be said. */
    public String progressSentence(Progress progress) {
        if (progress.latest().isEmpty() || progress.percent().isEmpty()) {
            return "";
        }
        String done = percent(progress.percent().get());
        String day = date(progress.latest().get().date());
        return progress.expectedPercentOnLatest()
                .map(expected -> messages.get("feedback.progress.withExpected", done, day, percent(expected)))
                .orElse(messages.get("feedback.progress", done, day));
    }

    /**
     * "Expected today: 88 % (136.6 orders)."; empty text without a trajectory, or when the latest value is
     * today's (the progress sentence says it already). The expected value keeps one decimal more than the
     * baseline and target are written with.
     */
    public String expectedTodaySentence(Progress progress, Objective objective) {
        if (progress.latest().filter(a -> a.date().equals(progress.today())).isPresent()) {
            return "";
        }
        return progress.expectedToday().flatMap(value -> progress.percentOf(value).map(p ->
                messages.get("feedback.progress.expectedToday", percent(p),
                        value(value.setScale(decimals(objective) + 1, RoundingMode.HALF_UP), objective.unit()))))
                .orElse("");
    }

    private static int decimals(Objective objective) {
        return Math.max(0, Math.max(objective.baseline().stripTrailingZeros().scale(),
                objective.target().stripTrailingZeros().scale()));
    }
}
