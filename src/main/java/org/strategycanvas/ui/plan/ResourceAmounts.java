package org.strategycanvas.ui.plan;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Optional;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.plan.ResourceGaps;
import org.strategycanvas.model.plan.ResourceKind;
import org.strategycanvas.ui.format.Decimals;

/**
 * The resource inventory's amounts as people type and read them. Each resource has a fixed unit: staff in
 * people (full-time equivalents, so 2.5 is fine), the budget in the project's currency, time in hours a
 * week, expertise in skills. Amounts are never negative; a blank amount is unknown.
 */
final class ResourceAmounts {

    private final Messages messages;
    private final NumberFormat numbers;

    ResourceAmounts(Messages messages) {
        this.messages = messages;
        this.numbers = NumberFormat.getNumberInstance(messages.locale());
        numbers.setMaximumFractionDigits(2);
    }

    /** What a field shows for an amount: plain digits in the reader's decimal style, blank when unknown. */
    String field(BigDecimal amount) {
        return amount == null ? "" : Decimals.format(amount.stripTrailingZeros(), messages.locale());
    }

    /** Whether the text can be kept: blank (unknown), or an amount of zero or more with at most two decimals. */
    boolean accepts(String text) {
        if (text.isBlank()) {
            return true;
        }
        BigDecimal amount = Decimals.parse(text, messages.locale()).orElse(null);
        return amount != null && amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 2;
    }

    /** The amount typed, or null for a blank field; only for a text this {@link #accepts}. */
    BigDecimal valueOf(String text) {
        return text.isBlank() ? null : Decimals.parse(text, messages.locale()).orElseThrow();
    }

    /** The unit as a column of the grid says it: "people", "€", "h / week", "skills". */
    String unit(ResourceKind kind, String currency) {
        return kind == ResourceKind.BUDGET ? symbol(currency) : messages.get("brief.unit." + kind.id());
    }

    /** An amount with its unit, as a sentence uses it: "0.5 person", "€500", "2 h / week", "1 skill". */
    String amount(ResourceKind kind, BigDecimal amount, String currency) {
        if (kind == ResourceKind.BUDGET) {
            return money(amount, currency);
        }
        return messages.get("brief.amount." + kind.id(), amount, numbers.format(amount));
    }

    /** The gap in words: "Short by €500", "Covered", or "—" while available or needed is unknown. */
    String gap(ResourceKind kind, Optional<ResourceGaps.Gap> gap, String currency) {
        if (gap.isEmpty()) {
            return messages.get("brief.gap.unknown");
        }
        return gap.get().isShort() ? messages.get("brief.gap.short", amount(kind, gap.get().amount(), currency))
                : messages.get("brief.gap.covered");
    }

    private String money(BigDecimal amount, String currency) {
        try {
            NumberFormat money = NumberFormat.getCurrencyInstance(messages.locale());
            money.setCurrency(Currency.getInstance(currency));
            money.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
            money.setMinimumFractionDigits(money.getMaximumFractionDigits());
            return money.format(amount);
        } catch (IllegalArgumentException unknownCode) {
            return numbers.format(amount) + " " + currency;
        }
    }

    private String symbol(String currency) {
        try {
            return Currency.getInstance(currency).getSymbol(messages.locale());
        } catch (IllegalArgumentException unknownCode) {
            return currency;
        }
    }
}
