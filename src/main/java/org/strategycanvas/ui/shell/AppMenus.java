package org.strategycanvas.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.strategycanvas.app.Settings;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.ui.canvas.CanvasKeys;
import org.strategycanvas.ui.canvas.CanvasView;
import org.strategycanvas.ui.editor.EditActions;
import org.strategycanvas.ui.editor.Editor;

/** The menu bar: every command of the window, with its shortcut. */
final class AppMenus {

    private final Messages messages;
    private final Menu recent;

    private AppMenus(Messages messages) {
        this.messages = messages;
        this.recent = new Menu(messages.get("menu.file.recent"));
        recent.setId("menu-recent");
    }

    static MenuBar build(Messages messages, DocumentSession session, DocumentActions documents,
                         PrintActions printing, InsertActions insert, MainWindow window, Settings settings, Runnable quit,
                         Consumer<Locale> switchLanguage) {
        AppMenus menus = new AppMenus(messages);
        CanvasView canvas = window.canvas();
        documents.onRecentFilesChanged(() -> menus.fillRecent(settings.recentFiles(), documents));
        menus.fillRecent(settings.recentFiles(), documents);
        MenuBar bar = new MenuBar(
                menus.file(documents, printing, window, session, quit),
                menus.edit(session.editor(), session.editActions(), canvas, window),
                menus.insert(insert, canvas),
                menus.view(window, settings, switchLanguage),
                menus.help(window));
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu file(DocumentActions documents, PrintActions printing, MainWindow window, DocumentSession session,
                      Runnable quit) {
        MenuItem backups = item("recovery.menu.backups", null, e -> window.backups().showBackups());
        backups.disableProperty().bind(session.fileProperty().isNull());
        return menu("menu.file",
                item("menu.file.new", "Shortcut+N", e -> documents.newDocument()),
                item("start.menu.startPage", null, e -> window.showStartPage()),
                item("menu.file.open", "Shortcut+O", e -> documents.open()),
                recent,
                new SeparatorMenuItem(),
                item("menu.file.save", "Shortcut+S", e -> documents.save()),
                item("menu.file.saveAs", "Shortcut+Shift+S", e -> documents.saveAs()),
                backups,
                new SeparatorMenuItem(),
                item("feedback.menu.saveVersion", null, e -> window.saveVersion()),
                item("feedback.menu.compareVersion", null, e -> window.showVersions()),
                new SeparatorMenuItem(),
                item("printing.menu.print", "Shortcut+P", e -> printing.print()),
                item("printing.menu.exportPdf", null, e -> printing.exportPdf()),
                item("printing.menu.exportPng", null, e -> printing.exportPng()),
                new SeparatorMenuItem(),
                item("menu.file.quit", "Shortcut+Q", e -> quit.run()));
    }

    private void fillRecent(List<Path> files, DocumentActions documents) {
        recent.getItems().clear();
        for (Path path : files) {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> documents.openRecent(path));
            recent.getItems().add(item);
        }
        recent.setDisable(files.isEmpty());
    }

    private Menu edit(Editor editor, EditActions actions, CanvasView canvas, MainWindow window) {
        MenuItem undo = item("menu.edit.undo", "Shortcut+Z", e -> editor.undo());
        undo.disableProperty().bind(editor.canUndoProperty().not());
        MenuItem redo = item("menu.edit.redo", "Shortcut+Shift+Z", e -> editor.redo());
        redo.disableProperty().bind(editor.canRedoProperty().not());
        MenuItem redoAlt = item("menu.edit.redo", "Shortcut+Y", e -> editor.redo());
        redoAlt.disableProperty().bind(editor.canRedoProperty().not());
        redoAlt.setVisible(false);
        editor.projectProperty().addListener((obs, o, n) -> describe(editor, undo, redo));
        describe(editor, undo, redo);

        MenuItem cut = item("menu.edit.cut", "Shortcut+X", e -> actions.cut());
        MenuItem copy = item("menu.edit.copy", "Shortcut+C", e -> actions.copy());
        MenuItem paste = item("menu.edit.paste", "Shortcut+V", e -> actions.paste());
        MenuItem duplicate = item("menu.edit.duplicate", "Shortcut+D", e -> actions.duplicate());
        MenuItem delete = item("menu.edit.delete", "Delete", e -> actions.delete());
        MenuItem rename = item("menu.edit.rename", "F2", e -> canvas.startRename());
        MenuItem connect = item("keys.menu.connect", CanvasKeys.CONNECT, e -> canvas.startConnect());
        connect.disableProperty().bind(Bindings.size(editor.selection().ids()).isNotEqualTo(1));
        MenuItem details = item("keys.menu.editDetails", "Alt+Enter", e -> window.focusInspector());
        var noSelection = Bindings.isEmpty(editor.selection().ids());
        for (MenuItem needsSelection : List.of(cut, copy, duplicate, delete, rename)) {
            needsSelection.disableProperty().bind(noSelection);
        }
        paste.setDisable(true);
        copy.addEventHandler(ActionEvent.ACTION, e -> paste.setDisable(!actions.canPaste()));
        cut.addEventHandler(ActionEvent.ACTION, e -> paste.setDisable(!actions.canPaste()));
        editor.selection().ids().addListener((SetChangeListener<String>) c -> paste.setDisable(!actions.canPaste()));
        return menu("menu.edit", undo, redo, redoAlt, new SeparatorMenuItem(), cut, copy, paste, duplicate, delete,
                new SeparatorMenuItem(), rename, connect, details,
                item("menu.edit.selectAll", "Shortcut+A", e -> actions.selectAll()),
                new SeparatorMenuItem(),
                item("recovery.menu.preferences", null, e -> window.backups().showPreferences()));
    }

    private void describe(Editor editor, MenuItem undo, MenuItem redo) {
        undo.setText(editor.stack().undoDescriptionKey()
                .map(k -> messages.get("menu.edit.undoThis", messages.get(k)))
                .orElse(messages.get("menu.edit.undo")));
        redo.setText(editor.stack().redoDescriptionKey()
                .map(k -> messages.get("menu.edit.redoThis", messages.get(k)))
                .orElse(messages.get("menu.edit.redo")));
    }

    private Menu insert(InsertActions insert, CanvasView canvas) {
        return menu("menu.insert",
                item("keys.menu.quickAdd", CanvasKeys.QUICK_ADD, e -> canvas.quickAdd()),
                new SeparatorMenuItem(),
                item("menu.insert.objective", "Shortcut+Shift+O", e -> insert.objective()),
                item("menu.insert.note", "Shortcut+Shift+N", e -> insert.note()),
                item("menu.insert.zone", "Shortcut+Shift+J", e -> insert.zone()),
                item("menu.insert.stages", "Shortcut+Shift+K", e -> insert.journeyStages()));
    }

    private Menu view(MainWindow window, Settings settings, Consumer<Locale> switchLanguage) {
        CanvasView canvas = window.canvas();
        CheckMenuItem mix = new CheckMenuItem(messages.get("menu.view.planPanel"));
        mix.setId("menu-view-planPanel");
        mix.setSelected(window.isPlanPanelShown());
        mix.setAccelerator(KeyCombination.keyCombination("Shortcut+M"));
        mix.selectedProperty().addListener((obs, o, on) -> window.showPlanPanel(on));
        window.planPanelShownProperty().addListener((obs, o, on) -> mix.setSelected(on));
        CheckMenuItem grid = new CheckMenuItem(messages.get("menu.view.grid"));
        grid.setSelected(true);
        grid.setAccelerator(KeyCombination.keyCombination("Shortcut+G"));
        grid.selectedProperty().addListener((obs, o, on) -> canvas.setGridVisible(on));
        CheckMenuItem minimap = MinimapMenu.item(messages, canvas, settings);
        Menu language = new Menu(messages.get("menu.view.language"));
        ToggleGroup languages = new ToggleGroup();
        for (Locale locale : Messages.SUPPORTED) {
            RadioMenuItem choice = new RadioMenuItem(messages.get("language." + locale.getLanguage()));
            choice.setToggleGroup(languages);
            choice.setSelected(locale.equals(messages.locale()));
            choice.setOnAction(e -> switchLanguage.accept(locale));
            language.getItems().add(choice);
        }
        return menu("menu.view",
                item("menu.view.zoomIn", "Shortcut+Plus", e -> canvas.zoomIn()),
                item("menu.view.zoomOut", "Shortcut+Minus", e -> canvas.zoomOut()),
                item("menu.view.actualSize", "Shortcut+0", e -> canvas.resetZoom()),
                item("menu.view.fit", "Shortcut+Shift+F", e -> canvas.fitToContent()),
                new SeparatorMenuItem(),
                item("presentation.menu.present", "F5", e -> window.presenter().present()),
                item("presentation.menu.projector", null, e -> window.presenter().chooseProjectorScreen()),
                closeProjector(window),
                new SeparatorMenuItem(), grid, minimap, mix,
                item("menu.view.brief", "Shortcut+Shift+B", e -> window.openBrief()),
                new SeparatorMenuItem(), ThemeMenu.menu(messages, settings), language);
    }

    private Menu help(MainWindow window) {
        return menu("keys.menu.help", item("keys.menu.shortcuts", "F1", e -> window.showShortcuts()),
                new SeparatorMenuItem(), item("about.menu", null, e -> window.showAbout()));
    }

    private MenuItem closeProjector(MainWindow window) {
        MenuItem close = item("presentation.menu.closeProjector", null, e -> window.presenter().closeProjector());
        close.disableProperty().bind(window.presenter().projectorOpenProperty().not());
        return close;
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu(messages.get(key), null, items);
        menu.setId(key.replace('.', '-'));
        return menu;
    }

    private MenuItem item(String key, String accelerator, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(key.replace('.', '-'));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(action);
        ActionIcons.decorate(item, key);
        return item;
    }
}
