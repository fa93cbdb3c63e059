package org.strategycanvas.export.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.plan.ResourceGaps;
import org.strategycanvas.model.plan.ResourceKind;
import org.strategycanvas.render.CardTexts;

/** The document's numbers, amounts, dates and percents, written the reader's way. */
final class DocumentTexts {

    private final Messages messages;
    private final CardTexts cards;
    private final NumberFormat numbers;
    private final NumberFormat percents;
    private final DateTimeFormatter shortDates;
    private final DateTimeFormatter longDates;
    private final DateTimeFormatter months;

    DocumentTexts(Messages messages) {
        this.messages = messages;
        this.cards = new CardTexts(messages);
        this.numbers = NumberFormat.getNumberInstance(messages.locale());
        numbers.setMaximumFractionDigits(4);
        this.percents = NumberFormat.getPercentInstance(messages.locale());
        this.shortDates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        this.longDates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale());
        this.months = DateTimeFormatter.ofPattern("LLLL yyyy", messages.locale());
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    /** "1 200 €", "€1,200.50". */
    String money(BigDecimal amount, String currency) {
        return cards.money(amount, currency);
    }

    /** "O 60 · E 30 · P 10". */
    CardTexts cards() {
        return cards;
    }

    String number(BigDecimal value) {
        return numbers.format(value);
    }

    /** A whole percent: "62 %" in French, "62%" in English. */
    String percent(BigDecimal percent) {
        return percents.format(percent.setScale(0, RoundingMode.HALF_UP).movePointLeft(2));
    }

    String date(LocalDate date) {
        return shortDates.format(date);
    }

    String longDate(LocalDate date) {
        return longDates.format(date);
    }

    /** "March 2026", "Mars 2026": capitalised, as at the start of a heading. */
    String month(YearMonth month) {
        String text = monthInText(month);
        return text.substring(0, 1).toUpperCase(messages.locale()) + text.substring(1);
    }

    /** "March 2026", "mars 2026": as inside a sentence. */
    String monthInText(YearMonth month) {
        return months.format(month);
    }

    String dash() {
        return "\u2014";
    }

    /** A resource's amount with its unit: "2 people", "3 000 €", "4 h / week". */
    String resource(ResourceKind kind, BigDecimal amount, String currency) {
        if (amount == null) {
            return dash();
        }
        if (kind == ResourceKind.BUDGET) {
            return money(amount, currency);
        }
        NumberFormat plain = NumberFormat.getNumberInstance(messages.locale());
        plain.setMaximumFractionDigits(2);
        return messages.get("brief.amount." + kind.id(), amount, plain.format(amount));
    }

    /** "Short by 500 €", "Covered", or a dash while available or needed is unknown. */
    String gap(ResourceKind kind, java.util.Optional<ResourceGaps.Gap> gap, String currency) {
        if (gap.isEmpty()) {
            return messages.get("brief.gap.unknown");
        }
        return gap.get().isShort() ? messages.get("brief.gap.short", resource(kind, gap.get().amount(), currency))
                : messages.get("brief.gap.covered");
    }
}
