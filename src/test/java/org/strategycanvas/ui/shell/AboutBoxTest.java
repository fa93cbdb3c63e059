package org.strategycanvas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strategycanvas.app.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help ▸ About shows the pom's version, in the window's language, and leads to the shortcuts. */
@ExtendWith(ApplicationExtension.class)
class AboutBoxTest {

    private AppWindow window;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("strategy-canvas-about");
        window = new AppWindow(stage, Settings.in(folder.resolve("config")), new QueuedFileDialogs(), Locale.FRENCH);
        window.show();
    }

    /** The project's version, from the pom beside the tests: what the build puts in the jar. */
    private static String pomVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>strategy-canvas</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertTrue(m.find(), "the pom names its version");
        return m.group(1).trim();
    }

    @Test
    void aboutShowsThePomsVersionAndLeadsToTheShortcuts(FxRobot robot) throws IOException {
        MenuItem about = menuItem("about-menu").orElseThrow();
        assertEquals("À propos de Strategy Canvas", about.getText());
        Platform.runLater(about::fire);
        WaitForAsyncUtils.waitForFxEvents();

        Stage box = stageWithRoot("about-box").orElseThrow();
        assertEquals("À propos de Strategy Canvas", box.getTitle());
        String version = robot.from(box.getScene().getRoot()).lookup("#about-version").queryAs(Label.class).getText();
        assertEquals("Version " + pomVersion(), version);
        assertFalse(version.contains("null") || version.contains("dev") || version.contains("${"), version);
        assertFalse(box.getIcons().isEmpty(), "the About box wears the application's icon");

        robot.interact(() -> robot.from(box.getScene().getRoot()).lookup("#about-shortcuts").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(box.isShowing(), "the About box gives way");
        Stage sheet = stageWithRoot("shortcut-sheet").orElseThrow();
        assertTrue(sheet.isShowing());
        assertFalse(sheet.getIcons().isEmpty(), "so does the shortcut sheet");
        robot.interact(sheet::close);
    }

    private Optional<MenuItem> menuItem(String id) {
        MenuBar bar = (MenuBar) window.window().root().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(m -> MenuItems.all(m).stream())
                .filter(i -> id.equals(i.getId())).findFirst();
    }

    private static Optional<Stage> stageWithRoot(String id) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing())
                .map(w -> (Stage) w)
                .filter(s -> s.getScene() != null && id.equals(s.getScene().getRoot().getId())).findFirst();
    }
}
