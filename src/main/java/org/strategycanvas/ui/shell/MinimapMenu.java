package org.strategycanvas.ui.shell;

import javafx.scene.control.CheckMenuItem;
import org.strategycanvas.app.Settings;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.ui.canvas.CanvasView;

/** View ▸ Minimap: lets the canvas show its minimap or not, remembered in the settings. */
final class MinimapMenu {

    private MinimapMenu() {
    }

    static CheckMenuItem item(Messages messages, CanvasView canvas, Settings settings) {
        CheckMenuItem item = new CheckMenuItem(messages.get("scale.menu.minimap"));
        item.setId("menu-view-minimap");
        item.setSelected(settings.minimapShown());
        canvas.setMinimapEnabled(item.isSelected());
        item.selectedProperty().addListener((obs, old, on) -> {
            canvas.setMinimapEnabled(on);
            settings.setMinimapShown(on);
            settings.save();
        });
        return item;
    }
}
