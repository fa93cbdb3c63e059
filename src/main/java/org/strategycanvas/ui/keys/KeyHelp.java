package org.strategycanvas.ui.keys;

import java.util.List;

/** One line of the shortcut sheet: its group's title, what it does and the keys that do it, as read. */
public record KeyHelp(String group, String action, List<String> keys) {

    public KeyHelp {
        keys = List.copyOf(keys);
    }

    public static KeyHelp of(String group, String action, String... keys) {
        return new KeyHelp(group, action, List.of(keys));
    }
}
