package org.strategycanvas.ui.present;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;

/**
 * Which screen the projector uses, remembered between sessions as its place in the list and its bounds
 * ("1;1920,0,1920,1080"). A screen with the same bounds is the same screen wherever it comes in the list; else
 * the same place in the list, if there still is one (the projector now runs at another resolution); else
 * the primary screen (the projector is gone).
 */
final class ScreenChoice {

    private ScreenChoice() {
    }

    static int choose(List<Rectangle2D> screens, int primary, String remembered) {
        if (remembered == null) {
            return primary;
        }
        String[] parts = remembered.split(";");
        try {
            if (parts.length == 2) {
                Rectangle2D bounds = parseBounds(parts[1]);
                int same = screens.indexOf(bounds);
                if (same >= 0) {
                    return same;
                }
            }
            int index = Integer.parseInt(parts[0].trim());
            return index >= 0 && index < screens.size() ? index : primary;
        } catch (IllegalArgumentException badSetting) {
            return primary;
        }
    }

    static String remember(List<Rectangle2D> screens, int index) {
        Rectangle2D b = screens.get(index);
        return String.format(Locale.ROOT, "%d;%s,%s,%s,%s", index, number(b.getMinX()), number(b.getMinY()),
                number(b.getWidth()), number(b.getHeight()));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static Rectangle2D parseBounds(String text) {
        String[] v = text.split(",");
        if (v.length != 4) {
            throw new IllegalArgumentException("four numbers expected: " + text);
        }
        return new Rectangle2D(Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2]),
                Double.parseDouble(v[3]));
    }
}
