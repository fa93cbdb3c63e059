package org.strategycanvas.render;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Family;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.Objective;

/** The words and numbers printed on cards, from the bundles and formatted for the reader's locale. */
public final class CardTexts {

    private final Messages messages;
    private final Map<Family, String> familyNames = new EnumMap<>(Family.class);
    private final NumberFormat numbers;
    private final DateTimeFormatter dates;
    private String currencyCode;
    private NumberFormat money;

    public CardTexts(Messages messages) {
        this.messages = messages;
        for (Family f : Family.values()) {
            familyNames.put(f, messages.get("family." + f.id()));
        }
        this.numbers = NumberFormat.getNumberInstance(messages.locale());
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
    }

    String family(Family family) {
        return familyNames.get(family);
    }

    /** "O 60 · E 30 · P 10": the split in words, so that it reads without colour. */
    public String split(MediaSplit split) {
        return messages.get("canvas.split", messages.get("media.owned.short"), String.valueOf(split.owned()),
                messages.get("media.earned.short"), String.valueOf(split.earned()),
                messages.get("media.paid.short"), String.valueOf(split.paid()));
    }

    String budget(BigDecimal amount, String currency) {
        return messages.get("canvas.budget", money(amount, currency));
    }

    /**
     * An amount in the project's currency, written the reader's way ("1 200,50 €", "€1,200.50"); cents only
     * when there are some; an unknown currency code is written after the number.
     */
    public String money(BigDecimal amount, String currency) {
        if (!currency.equals(currencyCode)) {
            currencyCode = currency;
            money = NumberFormat.getCurrencyInstance(messages.locale());
            try {
                money.setCurrency(Currency.getInstance(currency));
            } catch (IllegalArgumentException unknownCode) {
                money = numbers;
            }
        }
        money.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        money.setMinimumFractionDigits(money.getMaximumFractionDigits());
        String formatted = money.format(amount);
        return money == numbers ? formatted + " " + currency : formatted;
    }

    /** "Visits: 1,200 → 2,000 per month", or a note that the KPI is not set yet. */
    String kpi(Objective objective) {
        if (objective.kpiMetric().isBlank()) {
            return messages.get("canvas.kpi.none");
        }
        return messages.get("canvas.kpi", objective.kpiMetric(), number(objective.baseline()),
                number(objective.target()), objective.unit()).strip();
    }

    String deadline(LocalDate deadline) {
        return deadline == null ? messages.get("canvas.deadline.none")
                : messages.get("canvas.deadline", dates.format(deadline));
    }

    private String number(BigDecimal value) {
        return value == null ? messages.get("canvas.kpi.unknown") : numbers.format(value);
    }
}
