package org.strategycanvas.ui.keys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.strategycanvas.i18n.Messages;

/**
 * The shortcuts of the menus, read from the menus themselves so the sheet never goes stale: one group per
 * menu, one line per command, the keys of items with the same name (Redo: Ctrl+Shift+Z, Ctrl+Y) together.
 */
public final class MenuShortcuts {

    private MenuShortcuts() {
    }

    /** One list of lines per menu, in the menu bar's order. */
    public static List<List<KeyHelp>> of(MenuBar bar, Messages messages, KeyNames names) {
        List<List<KeyHelp>> groups = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            String group = withoutMnemonic(menu.getText());
            Map<String, List<String>> keysByAction = new LinkedHashMap<>();
            collect(menu, messages, names, keysByAction);
            if (!keysByAction.isEmpty()) {
                List<KeyHelp> lines = new ArrayList<>();
                keysByAction.forEach((action, keys) -> lines.add(new KeyHelp(group, action, keys)));
                groups.add(lines);
            }
        }
        return groups;
    }

    private static void collect(Menu menu, Messages messages, KeyNames names, Map<String, List<String>> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu) {
                collect((Menu) item, messages, names, into);
            } else if (item.getAccelerator() != null) {
                into.computeIfAbsent(label(item, messages), k -> new ArrayList<>())
                        .add(names.of(item.getAccelerator()));
            }
        }
    }

    /**
     * The item's plain name: its text key when its id names one (so "Undo" rather than "Undo Move"), or its
     * text.
     */
    static String label(MenuItem item, Messages messages) {
        String key = item.getId() == null ? null : item.getId().replace('-', '.');
        String text = key != null && messages.has(key) ? messages.get(key) : item.getText();
        return withoutMnemonic(text == null ? "" : text);
    }

    static String withoutMnemonic(String text) {
        return text.replace("_", "");
    }
}
