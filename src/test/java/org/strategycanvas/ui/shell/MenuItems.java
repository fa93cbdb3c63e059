package org.strategycanvas.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/** The items of a menu and of its submenus, in order: for tests that fire a menu command by its id. */
final class MenuItems {

    private MenuItems() {
    }

    static List<MenuItem> all(Menu menu) {
        List<MenuItem> items = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            items.add(item);
            if (item instanceof Menu sub) {
                items.addAll(all(sub));
            }
        }
        return items;
    }
}
