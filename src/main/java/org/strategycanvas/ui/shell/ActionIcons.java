package org.strategycanvas.ui.shell;

import java.util.Map;
import java.util.Optional;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The icon of each main command, by the key of its menu item (Ikonli Material Design 2 literals): a person
 * finds Save or Undo by its picture as much as by its word. Commands without one are listed by word only.
 */
final class ActionIcons {

    static final Map<String, String> BY_KEY = Map.ofEntries(
            Map.entry("menu.file.new", "mdi2f-file-plus-outline"),
            Map.entry("menu.file.open", "mdi2f-folder-open-outline"),
            Map.entry("menu.file.save", "mdi2c-content-save-outline"),
            Map.entry("menu.file.saveAs", "mdi2c-content-save-edit-outline"),
            Map.entry("feedback.menu.saveVersion", "mdi2h-history"),
            Map.entry("feedback.menu.compareVersion", "mdi2f-file-compare"),
            Map.entry("printing.menu.print", "mdi2p-printer-outline"),
            Map.entry("printing.menu.exportPdf", "mdi2f-file-pdf-box"),
            Map.entry("printing.menu.exportPng", "mdi2f-file-image-outline"),
            Map.entry("menu.file.quit", "mdi2e-exit-to-app"),
            Map.entry("menu.edit.undo", "mdi2u-undo"),
            Map.entry("menu.edit.redo", "mdi2r-redo"),
            Map.entry("menu.edit.cut", "mdi2c-content-cut"),
            Map.entry("menu.edit.copy", "mdi2c-content-copy"),
            Map.entry("menu.edit.paste", "mdi2c-content-paste"),
            Map.entry("menu.edit.duplicate", "mdi2c-content-duplicate"),
            Map.entry("menu.edit.delete", "mdi2d-delete-outline"),
            Map.entry("menu.edit.rename", "mdi2r-rename-box"),
            Map.entry("keys.menu.connect", "mdi2v-vector-line"),
            Map.entry("menu.edit.selectAll", "mdi2s-select-all"),
            Map.entry("keys.menu.quickAdd", "mdi2p-plus-box-outline"),
            Map.entry("menu.insert.objective", "mdi2b-bullseye-arrow"),
            Map.entry("menu.insert.note", "mdi2n-note-outline"),
            Map.entry("menu.insert.zone", "mdi2s-selection"),
            Map.entry("menu.insert.stages", "mdi2m-map-marker-path"),
            Map.entry("menu.view.zoomIn", "mdi2m-magnify-plus-outline"),
            Map.entry("menu.view.zoomOut", "mdi2m-magnify-minus-outline"),
            Map.entry("menu.view.actualSize", "mdi2n-numeric-1-box-outline"),
            Map.entry("menu.view.fit", "mdi2f-fit-to-page-outline"),
            Map.entry("presentation.menu.present", "mdi2p-presentation-play"),
            Map.entry("presentation.menu.projector", "mdi2p-projector"),
            Map.entry("menu.view.brief", "mdi2t-text-box-outline"),
            Map.entry("keys.menu.shortcuts", "mdi2k-keyboard-outline"),
            Map.entry("about.menu", "mdi2i-information-outline"));

    private ActionIcons() {
    }

    static Optional<String> of(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** Gives the item its command's icon, if the command has one. */
    static void decorate(MenuItem item, String key) {
        of(key).ifPresent(literal -> item.setGraphic(new FontIcon(literal)));
    }
}
