package org.strategycanvas.ui.theme;

import java.util.Arrays;
import java.util.List;
import javafx.scene.image.Image;

/** The application's icon (drawn by {@code assets/icon/MakeIcons.java}) in the sizes a window may show. */
public final class AppIcons {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};
    private static List<Image> images;

    private AppIcons() {
    }

    /** Every size, smallest first: the window system picks the one it needs. */
    public static synchronized List<Image> images() {
        if (images == null) {
            images = Arrays.stream(SIZES).mapToObj(AppIcons::image).toList();
        }
        return images;
    }

    /** One size: 16, 32, 48, 64, 128 or 256 pixels. */
    public static Image image(int size) {
        return new Image(AppIcons.class.getResource("/org/strategycanvas/ui/icon/strategy-canvas-" + size + ".png")
                .toExternalForm());
    }
}
