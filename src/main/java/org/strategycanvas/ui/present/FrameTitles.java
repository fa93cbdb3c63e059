package org.strategycanvas.ui.present;

import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Frame;

/** What a frame is called on screen: "The whole canvas", "Stage: Awareness", "Family: Web"… */
final class FrameTitles {

    private FrameTitles() {
    }

    static String of(Frame frame, Messages messages) {
        switch (frame.kind()) {
            case CANVAS:
                return messages.get("presentation.frame.canvas");
            case STAGE:
                return messages.get("presentation.frame.stage", frame.name());
            case ZONE:
                return messages.get("presentation.frame.zone", frame.name());
            case FAMILY:
                return messages.get("presentation.frame.family", messages.get("family." + frame.subject()));
            default:
                return messages.get("presentation.frame.objective", frame.name());
        }
    }
}
