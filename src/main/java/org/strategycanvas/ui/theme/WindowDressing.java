package org.strategycanvas.ui.theme;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Dresses every window of the application as it opens, whoever opens it (the editor, a dialog, an alert, the
 * shortcut sheet, the projector window): the application's icon, and the current theme's stylesheet over the
 * AtlantaFX theme. A window whose scene is replaced (a language switch) is dressed again.
 */
final class WindowDressing {

    private static final String WATCHED = "strategycanvas.theme.watched";
    private static final List<String> ALL_OVERRIDES = java.util.Arrays.stream(Theme.values())
            .flatMap(t -> t.overrides().stream()).toList();
    private static boolean watching;

    private WindowDressing() {
    }

    /** Dresses the open windows in this theme and, from the first call on, every window that opens. */
    static void dressAll(Theme theme) {
        if (!watching) {
            watching = true;
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(WindowDressing::watch);
                }
            });
        }
        for (Window window : List.copyOf(Window.getWindows())) {
            watch(window);
            dress(window.getScene(), theme);
        }
    }

    private static void watch(Window window) {
        if (!(window instanceof Stage stage) || stage.getProperties().containsKey(WATCHED)) {
            return;
        }
        stage.getProperties().put(WATCHED, Boolean.TRUE);
        if (stage.getIcons().isEmpty()) {
            stage.getIcons().setAll(AppIcons.images());
        }
        stage.sceneProperty().addListener((obs, old, scene) -> dress(scene, Themes.current()));
        dress(stage.getScene(), Themes.current());
    }

    /** Puts this theme's stylesheet last on the scene, in place of another theme's. */
    static void dress(Scene scene, Theme theme) {
        if (scene == null) {
            return;
        }
        ObservableList<String> sheets = scene.getStylesheets();
        sheets.removeAll(ALL_OVERRIDES);
        theme.overrides().ifPresent(sheets::add);
    }
}
