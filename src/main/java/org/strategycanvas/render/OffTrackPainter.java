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

    private static final TextStyle TAG = TextStyle.bold(10);
    private static final double TAG_HEIGHT = 15;
    private static final double TAG_PADDING = 5;

    private final String objectiveTag;
    private final String touchpointTag;

    OffTrackPainter(Messages messages) {
        this.objectiveTag = messages.get("feedback.canvas.offTrack");
        this.touchpointTag = messages.get("feedback.canvas.servesOffTrack");
    }

    void objective(Surface s, Bounds b, double scale, boolean detailed) {
        mark(s, b, scale, detailed, objectiveTag, 2.5);
    }

    void touchpoint(Surface s, Bounds b, double scale, boolean detailed) {
        mark(s, b, scale, detailed, touchpointTag, 2);
    }

    private static void mark(Surface s, Bounds b, double scale, boolean detailed, String tag, double width) {
        double px = 1 / scale;
        double gap = 7 * px;
        s.strokeRoundRect(b.x() - gap, b.y() - gap, b.width() + 2 * gap, b.height() + 2 * gap, 14, ALERT,
                width * px);
        if (!detailed) {
            return;
        }
        String text = TextFit.ellipsize(s, tag, TAG, b.width() - 16 - 2 * TAG_PADDING);
        double tagWidth = s.textWidth(text, TAG) + 2 * TAG_PADDING;
        double x = b.maxX() - 8 - tagWidth;
        double y = b.y() - TAG_HEIGHT / 2;
        s.fillRoundRect(x, y, tagWidth, TAG_HEIGHT, TAG_HEIGHT, ALERT);
        s.text(text, x + TAG_PADDING, y + TAG_HEIGHT - 4, TAG, TAG_INK);
    }
}
