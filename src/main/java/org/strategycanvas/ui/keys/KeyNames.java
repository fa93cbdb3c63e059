package org.strategycanvas.ui.keys;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.strategycanvas.i18n.Messages;

/**
 * Shortcuts as a person reads them, in the window's language ("Ctrl+Maj+Z", "Suppr" on a French
 * keyboard). On a Mac, the platform's own symbols (⌘⇧Z) are kept.
 */
public final class KeyNames {

    private static final boolean MAC = System.getProperty("os.name", "").toLowerCase().contains("mac");

    private final Messages messages;

    public KeyNames(Messages messages) {
        this.messages = messages;
    }

    /** A combination written as the menus write it, "Shortcut+Shift+Z" for instance. */
    public String of(String combination) {
        return of(KeyCombination.keyCombination(combination));
    }

    public String of(KeyCombination combination) {
        if (MAC) {
            return combination.getDisplayText();
        }
        List<String> parts = modifiers(combination);
        if (combination instanceof KeyCodeCombination) {
            parts.add(key(((KeyCodeCombination) combination).getCode()));
        } else if (combination instanceof KeyCharacterCombination) {
            parts.add(((KeyCharacterCombination) combination).getCharacter());
        }
        return String.join("+", parts);
    }

    /** The four arrows, with modifiers such as "Shift" or "Alt" in front ("Maj+flèches"). */
    public String arrows(String... modifiers) {
        List<String> parts = new ArrayList<>();
        for (String modifier : modifiers) {
            parts.add(modifier(modifier));
        }
        parts.add(messages.get("keys.key.arrows"));
        return String.join("+", parts);
    }

    /** A key's name alone ("Tab", "Entrée", "←"). */
    public String key(KeyCode code) {
        switch (code) {
            case DELETE:
                return messages.get("keys.key.delete");
            case BACK_SPACE:
                return messages.get("keys.key.backspace");
            case ENTER:
                return messages.get("keys.key.enter");
            case ESCAPE:
                return messages.get("keys.key.escape");
            case SPACE:
                return messages.get("keys.key.space");
            case TAB:
                return messages.get("keys.key.tab");
            case LEFT:
                return "\u2190";
            case UP:
                return "\u2191";
            case RIGHT:
                return "\u2192";
            case DOWN:
                return "\u2193";
            default:
                return new KeyCodeCombination(code).getDisplayText();
        }
    }

    /** "Shift", "Alt" or "Ctrl" in the window's language. */
    public String modifier(String name) {
        switch (name) {
            case "Shift":
                return messages.get("keys.key.shift");
            case "Shortcut":
                return MAC ? "\u2318" : "Ctrl";
            default:
                return name;
        }
    }

    private List<String> modifiers(KeyCombination c) {
        List<String> parts = new ArrayList<>();
        KeyCombination.ModifierValue down = KeyCombination.ModifierValue.DOWN;
        if (c.getShortcut() == down || c.getControl() == down) {
            parts.add("Ctrl");
        }
        if (c.getAlt() == down) {
            parts.add("Alt");
        }
        if (c.getShift() == down) {
            parts.add(modifier("Shift"));
        }
        if (c.getMeta() == down) {
            parts.add("Meta");
        }
        return parts;
    }
}
