package org.strategycanvas.ui.shell;

import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.kordamp.ikonli.javafx.FontIcon;
import org.strategycanvas.app.Settings;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.ui.theme.Theme;
import org.strategycanvas.ui.theme.Themes;

/** View ▸ Theme: light, dark or projector, switched at once and remembered in the settings. */
final class ThemeMenu {

    private ThemeMenu() {
    }

    static Menu menu(Messages messages, Settings settings) {
        Menu menu = new Menu(messages.get("theme.menu"), new FontIcon("mdi2t-theme-light-dark"));
        menu.setId("menu-view-theme");
        ToggleGroup group = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(messages.get("theme." + theme.id()));
            item.setId("menu-view-theme-" + theme.id());
            item.setToggleGroup(group);
            item.setSelected(theme == Themes.current());
            item.setOnAction(e -> {
                Themes.apply(theme);
                settings.setTheme(theme.id());
                settings.save();
            });
            menu.getItems().add(item);
        }
        return menu;
    }
}
