package org.strategycanvas.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Family;
import org.strategycanvas.model.TouchpointType;

/**
 * One thing the quick-add field can put on the canvas: a touchpoint of one type, an objective, a sticky
 * note or a zone; with its name in the window's language, its name in the other language (so "website"
 * still finds "Site web") and the group it belongs to (a touchpoint's family).
 */
record QuickAddChoice(Kind kind, TouchpointType type, String name, String otherName, String group, String icon) {

    enum Kind { TOUCHPOINT, OBJECTIVE, NOTE, ZONE }

    /** The touchpoint types in the palette's order, then an objective, a sticky note and a zone. */
    static List<QuickAddChoice> all(Messages messages) {
        Messages other = new Messages(messages.locale().getLanguage().equals("fr") ? Locale.ENGLISH : Locale.FRENCH);
        List<QuickAddChoice> choices = new ArrayList<>();
        for (Family family : Family.values()) {
            String group = messages.get("family." + family.id());
            for (TouchpointType type : TouchpointType.ofFamily(family)) {
                String key = "type." + type.id();
                choices.add(new QuickAddChoice(Kind.TOUCHPOINT, type, messages.get(key), other.get(key), group,
                        type.icon()));
            }
        }
        String canvas = messages.get("keys.quickAdd.canvasGroup");
        choices.add(element(Kind.OBJECTIVE, "menu.insert.objective", messages, other, canvas, "mdi2t-target"));
        choices.add(element(Kind.NOTE, "menu.insert.note", messages, other, canvas, "mdi2n-note-outline"));
        choices.add(element(Kind.ZONE, "menu.insert.zone", messages, other, canvas, "mdi2v-vector-rectangle"));
        return choices;
    }

    private static QuickAddChoice element(Kind kind, String key, Messages messages, Messages other, String group,
                                          String icon) {
        return new QuickAddChoice(kind, null, messages.get(key), other.get(key), group, icon);
    }
}
