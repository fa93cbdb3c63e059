package org.strategycanvas.ui.theme;

import java.util.Locale;
import javafx.scene.paint.Color;
import javafx.scene.shape.Shape;
import org.kordamp.ikonli.javafx.FontIcon;
import org.strategycanvas.render.Rgb;

/**
 * The plan's colours (a family's, a medium's) on the window's controls, in the current theme's look and
 * following it, so that an icon in the palette has the colour its cards have on the canvas.
 */
public final class PlanColours {

    private PlanColours() {
    }

    /** The JavaFX colour of a plan colour in the current theme. */
    public static Color now(Rgb paper) {
        Rgb c = Themes.current().look().apply(paper);
        return Color.rgb(c.red(), c.green(), c.blue(), c.alpha());
    }

    /** Colours an icon, at a size in pixels; inline, so the theme's icon colour does not override it. */
    public static void icon(FontIcon icon, Rgb paper, int size) {
        // The icon's own inline style (its font) stays in front.
        String own = icon.getStyle() == null ? "" : icon.getStyle();
        Themes.follow(icon, look -> {
            Rgb c = look.apply(paper);
            icon.setStyle(own + String.format(Locale.ROOT, "-fx-icon-color: #%02x%02x%02x; -fx-icon-size: %dpx;",
                    c.red(), c.green(), c.blue(), size));
        });
    }

    /** Fills a shape (a swatch) with a plan colour. */
    public static void fill(Shape shape, Rgb paper) {
        Themes.follow(shape, look -> shape.setFill(now(paper)));
    }
}
