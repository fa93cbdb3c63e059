package org.strategycanvas.render;

import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Bounds;

/**
 * Marks what the feedback loop points at: a red frame around an off-track objective and around each
 * touchpoint serving it, with a small tag that says so in words, so that it reads in black and white too.
 * The frame keeps clear of the selection outline; zoomed out, the frame alone is drawn.
 */
final class OffTrackPainter {

    static final Rgb ALERT = Rgb.hex(0xB00020);
    static final Rgb TAG_INK = Rgb.hex(0xFFFFFF);

    /** The tag's text size in the editor; its height and padding grow with it. */
    static final double TAG_SIZE = 10;

    private final String objectiveTag;
    private final String touchpointTag;

    OffTrackPainter(Messages messages) {
        this.objectiveTag = messages.get("feedback.canvas.offTrack");
        this.touchpointTag = messages.get("feedback.canvas.servesOffTrack");
    }

    /**
     * Marks an objective off track. On a projector ({@code large}), where the tag's type is large, the tag sits
     * above the frame rather than across the card's title.
     */
    void objective(Surface s, Bounds b, double scale, boolean detailed, double tagSize, boolean large) {
        double gap = frame(s, b, scale, large ? 4 : 2.5);
        if (detailed) {
            double height = tagSize * 1.5;
            tag(s, b, objectiveTag, tagSize, large ? b.y() - gap - height : b.y() - height / 2);
        }
    }

    /**
     * Marks a touchpoint serving an objective off track. On a projector, where its words would not fit a card
     * in large type, a round "!" on the frame's corner stands for them.
     */
    void touchpoint(Surface s, Bounds b, double scale, boolean detailed, double tagSize, boolean large) {
        double gap = frame(s, b, scale, large ? 3 : 2);
        if (!detailed) {
            return;
        }
        if (!large) {
            tag(s, b, touchpointTag, tagSize, b.y() - tagSize * 0.75);
            return;
        }
        TextStyle style = TextStyle.bold(tagSize);
        double size = tagSize * 1.4;
        double x = b.maxX() + gap - size / 2;
        double y = b.y() - gap - size / 2;
        s.fillRoundRect(x, y, size, size, size, ALERT);
        s.text("!", x + (size - s.textWidth("!", style)) / 2, y + size / 2 + tagSize * 0.36, style, TAG_INK);
    }

    /** The red frame around a card; returns its distance from the card. */
    private static double frame(Surface s, Bounds b, double scale, double width) {
        double px = 1 / scale;
        double gap = 7 * px;
        s.strokeRoundRect(b.x() - gap, b.y() - gap, b.width() + 2 * gap, b.height() + 2 * gap, 14, ALERT,
                width * px);
        return gap;
    }

    /** The tag that says it in words, at the card's right, its top at {@code y}. */
    private static void tag(Surface s, Bounds b, String tag, double tagSize, double y) {
        TextStyle style = TextStyle.bold(tagSize);
        double height = tagSize * 1.5;
        double padding = tagSize / 2;
        String text = TextFit.ellipsize(s, tag, style, b.width() - 16 - 2 * padding);
        double tagWidth = s.textWidth(text, style) + 2 * padding;
        double x = b.maxX() - 8 - tagWidth;
        s.fillRoundRect(x, y, tagWidth, height, height, ALERT);
        s.text(text, x + padding, y + height - tagSize * 0.4, style, TAG_INK);
    }
}
