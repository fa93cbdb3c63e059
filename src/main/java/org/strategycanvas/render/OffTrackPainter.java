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

    void objective(Surface s, Bounds b, double scale, boolean detailed, double tagSize) {
        mark(s, b, scale, detailed, objectiveTag, 2.5, tagSize);
    }

    void touchpoint(Surface s, Bounds b, double scale, boolean detailed, double tagSize) {
        mark(s, b, scale, detailed, touchpointTag, 2, tagSize);
    }

    private static void mark(Surface s, Bounds b, double scale, boolean detailed, String tag, double width,
                             double tagSize) {
        double px = 1 / scale;
        double gap = 7 * px;
        s.strokeRoundRect(b.x() - gap, b.y() - gap, b.width() + 2 * gap, b.height() + 2 * gap, 14, ALERT,
                width * px);
        if (!detailed) {
            return;
        }
        TextStyle style = TextStyle.bold(tagSize);
        double height = tagSize * 1.5;
        double padding = tagSize / 2;
        String text = TextFit.ellipsize(s, tag, style, b.width() - 16 - 2 * padding);
        double tagWidth = s.textWidth(text, style) + 2 * padding;
        double x = b.maxX() - 8 - tagWidth;
        double y = b.y() - height / 2;
        s.fillRoundRect(x, y, tagWidth, height, height, ALERT);
        s.text(text, x + padding, y + height - tagSize * 0.4, style, TAG_INK);
    }
}
