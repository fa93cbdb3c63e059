package org.strategycanvas.render;

import java.math.BigDecimal;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Touchpoint;

/**
 * Draws touchpoint and objective cards, in full or as plain blocks when they are small on screen. Text is
 * fitted by measuring rather than clipped: a clip per card costs a full-canvas mask on JavaFX.
 */
final class CardPainter {

    static final String OBJECTIVE_ICON = "mdi2b-bullseye-arrow";

    private static final double ARC = 10;
    private static final double BAND = 6;
    private static final TextStyle TITLE = TextStyle.bold(13);
    private static final TextStyle SMALL = TextStyle.plain(10);
    private static final TextStyle KPI = TextStyle.plain(11);

    private final CardTexts texts;

    CardPainter(CardTexts texts) {
        this.texts = texts;
    }

    /** A touchpoint card; {@code budget} is its budget in the active scenario (see {@code ScenarioBudgets}). */
    void touchpoint(Surface s, Touchpoint t, BigDecimal budget, Bounds b, boolean withLabel, String currency) {
        s.fillRoundRect(b.x(), b.y(), b.width(), b.height(), ARC, Palette.family(t.family()));
        s.fillRoundRect(b.x() + BAND, b.y(), b.width() - BAND, b.height(), ARC, Palette.CARD);
        s.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), ARC, Palette.CARD_BORDER, 1);
        double left = b.x() + BAND + 8;
        double textLeft = left + 30;
        double textWidth = b.maxX() - 8 - textLeft;
        s.icon(t.type().icon(), left, b.y() + 10, 24, Palette.INK);
        if (withLabel) {
            s.text(TextFit.ellipsize(s, t.label(), TITLE, textWidth), textLeft, b.y() + 26, TITLE, Palette.INK);
        }
        s.text(TextFit.ellipsize(s, texts.family(t.family()), SMALL, textWidth), textLeft, b.y() + 40, SMALL,
                Palette.MUTED_INK);
        if (b.height() < 76) {
            return;
        }
        MediaBars.horizontal(s, t.split(), left, b.y() + 50, b.maxX() - 8 - left, 6);
        String split = TextFit.ellipsize(s, texts.split(t.split()), SMALL, b.maxX() - 8 - left);
        s.text(split, left, b.y() + 72, SMALL, Palette.INK);
        if (budget.signum() > 0) {
            budget(s, budget, currency, b, left, s.textWidth(split, SMALL));
        }
    }

    private void budget(Surface s, BigDecimal amount, String currency, Bounds b, double left, double splitWidth) {
        String budget = texts.budget(amount, currency);
        double width = s.textWidth(budget, SMALL);
        double right = b.maxX() - 8;
        if (left + splitWidth + 8 + width <= right) {
            s.text(budget, right - width, b.y() + 72, SMALL, Palette.INK);
        } else if (b.height() >= 90) {
            s.text(TextFit.ellipsize(s, budget, SMALL, right - left), left, b.y() + 86, SMALL, Palette.INK);
        }
    }

    void objective(Surface s, Objective o, Bounds b, boolean withTitle) {
        s.fillRoundRect(b.x(), b.y(), b.width(), b.height(), ARC, Palette.CARD);
        s.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), ARC, Palette.OBJECTIVE_BORDER, 2);
        double left = b.x() + 12;
        double textLeft = left + 32;
        s.icon(OBJECTIVE_ICON, left, b.y() + 10, 24, Palette.INK);
        if (withTitle) {
            s.text(TextFit.ellipsize(s, o.title(), TITLE, b.maxX() - 10 - textLeft), textLeft, b.y() + 28, TITLE,
                    Palette.INK);
        }
        double width = b.width() - 24;
        if (b.height() >= 62) {
            s.text(TextFit.ellipsize(s, texts.kpi(o), KPI, width), left, b.y() + 58, KPI, Palette.INK);
        }
        if (b.height() >= 82) {
            s.text(TextFit.ellipsize(s, texts.deadline(o.deadline()), SMALL, width), left, b.y() + 78, SMALL,
                    Palette.MUTED_INK);
        }
    }

    /** A touchpoint too small to read: a block in its family's colour. */
    static void simpleTouchpoint(Surface s, Touchpoint t, Bounds b) {
        s.fillRect(b.x(), b.y(), b.width(), b.height(), Palette.family(t.family()));
    }

    static void simpleObjective(Surface s, Bounds b) {
        s.fillRect(b.x(), b.y(), b.width(), b.height(), Palette.OBJECTIVE_BORDER);
    }
}
