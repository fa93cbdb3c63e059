package org.strategycanvas.ui.format;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** Amounts as people type them: "1 200,50" in French, "1,200.50" in English, "1200.5" anywhere. */
public final class Decimals {

    private Decimals() {
    }

    /** The number typed, or empty if it is not one. Blank text is empty too. */
    public static Optional<BigDecimal> parse(String text, Locale locale) {
        String s = text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        boolean french = "fr".equals(locale.getLanguage());
        if (french || (s.indexOf(',') >= 0 && s.indexOf('.') < 0 && s.indexOf(',') >= s.length() - 3)) {
            s = s.replace(".", "").replace(',', '.');
        } else {
            s = s.replace(",", "");
        }
        try {
            return Optional.of(new BigDecimal(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static String format(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        String plain = value.toPlainString();
        return "fr".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }
}
