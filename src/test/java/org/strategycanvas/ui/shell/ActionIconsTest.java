package org.strategycanvas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strategycanvas.export.IconGlyphs;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Family;
import org.strategycanvas.model.TouchpointType;

/** Every icon the window names exists in the icon pack, and every command icon belongs to a real menu text. */
class ActionIconsTest {

    @Test
    void everyIconLiteralIsInThePack() {
        for (Map.Entry<String, String> icon : ActionIcons.BY_KEY.entrySet()) {
            assertTrue(IconGlyphs.of(icon.getValue()).isPresent(), icon.getKey() + ": " + icon.getValue());
        }
        for (Family family : Family.values()) {
            assertTrue(IconGlyphs.of(family.icon()).isPresent(), family + ": " + family.icon());
        }
        for (TouchpointType type : TouchpointType.values()) {
            assertTrue(IconGlyphs.of(type.icon()).isPresent(), type + ": " + type.icon());
        }
        assertTrue(IconGlyphs.of("mdi2x-no-such-icon-here").isEmpty(), "an unknown literal is not found");
    }

    @Test
    void everyCommandIconIsForAMenuText() {
        Messages messages = new Messages(java.util.Locale.ENGLISH);
        for (String key : ActionIcons.BY_KEY.keySet()) {
            assertTrue(messages.has(key), "no menu item says " + key);
        }
    }
}
