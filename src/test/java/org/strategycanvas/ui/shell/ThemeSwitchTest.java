package org.strategycanvas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.strategycanvas.app.Settings;
import org.strategycanvas.model.Family;
import org.strategycanvas.render.ColourLook;
import org.strategycanvas.render.Palette;
import org.strategycanvas.render.Rgb;
import org.strategycanvas.ui.theme.Theme;
import org.strategycanvas.ui.theme.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** View ▸ Theme switches the whole window at once, the canvas included, and the choice is remembered. */
@ExtendWith(ApplicationExtension.class)
class ThemeSwitchTest {

    private Path config;
    private Stage stage;
    private AppWindow window;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        config = Files.createTempDirectory("strategy-canvas-themes").resolve("config");
        window = new AppWindow(stage, Settings.in(config), new QueuedFileDialogs(), Locale.ENGLISH);
        window.show();
    }

    @AfterEach
    void backToLight(FxRobot robot) {
        robot.interact(() -> Themes.apply(Theme.LIGHT));
    }

    @Test
    void darkThemeChangesTheStylesheetsThePanelsAndTheCanvasAndIsRemembered(FxRobot robot) {
        assertEquals(new PrimerLight().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertEquals(Palette.BACKGROUND, canvasBackground(robot), "a light canvas by default");
        assertTrue(menuItem("menu-view-theme-light").map(i -> ((RadioMenuItem) i).isSelected()).orElse(false));

        robot.interact(() -> menuItem("menu-view-theme-dark").orElseThrow().fire());

        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("/theme/dark.css")));
        Rgb dark = canvasBackground(robot);
        assertEquals(ColourLook.DARK.apply(Palette.BACKGROUND), dark, "the canvas turns dark with the window");
        assertTrue(dark.red() < 60 && dark.green() < 60 && dark.blue() < 60, "no white sheet left: " + dark);
        assertEquals(ColourLook.DARK.apply(Palette.family(Family.WEB)),
                iconColour(robot.lookup("#palette-website").queryAs(Label.class)),
                "the palette's icons take the colours the cards have on the dark canvas");
        assertEquals(Optional.of("dark"), Settings.in(config).theme(), "saved in the settings at once");

        // The next start opens in the dark theme.
        robot.interact(() -> {
            Stage again = new Stage();
            new AppWindow(again, Settings.in(config), new QueuedFileDialogs(), Locale.ENGLISH);
        });
        assertEquals(Theme.DARK, Themes.current());
        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
    }

    @Test
    void projectorThemeEnlargesTheTypeAndDeepensTheCanvasInks(FxRobot robot) {
        Label counts = robot.lookup("#status-counts").queryAs(Label.class);
        double before = counts.getFont().getSize();
        robot.interact(() -> menuItem("menu-view-theme-projector").orElseThrow().fire());
        robot.interact(() -> { });
        assertEquals(new PrimerLight().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("/theme/projector.css")));
        assertTrue(counts.getFont().getSize() > before + 2, before + " -> " + counts.getFont().getSize());
        assertEquals(ColourLook.HIGH_CONTRAST, window.window().canvas().colourLook());
        assertEquals(Optional.of("projector"), Settings.in(config).theme());

        robot.interact(() -> menuItem("menu-view-theme-light").orElseThrow().fire());
        assertFalse(stage.getScene().getStylesheets().stream().anyMatch(s -> s.contains("/theme/")),
                "back to light: the projector's stylesheet is gone");
        assertEquals(before, counts.getFont().getSize(), 0.01);
    }

    @Test
    void aLanguageSwitchKeepsTheTheme(FxRobot robot) {
        robot.interact(() -> menuItem("menu-view-theme-dark").orElseThrow().fire());
        robot.interact(() -> window.switchLanguage(Locale.FRENCH));
        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("/theme/dark.css")),
                "the new scene is dressed too");
        assertEquals(ColourLook.DARK.apply(Palette.BACKGROUND), canvasBackground(robot));
        assertTrue(((RadioMenuItem) menuItem("menu-view-theme-dark").orElseThrow()).isSelected());
    }

    @Test
    void everyWindowWearsTheAppIcon(FxRobot robot) {
        assertEquals(6, stage.getIcons().size(), "16 to 256 pixels");
        assertEquals(16, stage.getIcons().get(0).getWidth());
        assertEquals(256, stage.getIcons().get(5).getWidth());
        assertFalse(stage.getIcons().stream().anyMatch(javafx.scene.image.Image::isError), "the images load");
    }

    /** The commonest colour of the canvas: its background, between the grid lines. */
    private Rgb canvasBackground(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = window.window().canvas().snapshot(null, null));
        WritableImage image = shot[0];
        PixelReader pixels = image.getPixelReader();
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                counts.merge(pixels.getArgb(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        int commonest = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return Rgb.hex(commonest);
    }

    private Optional<MenuItem> menuItem(String id) {
        MenuBar bar = (MenuBar) window.window().root().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(m -> MenuItems.all(m).stream())
                .filter(i -> id.equals(i.getId())).findFirst();
    }

    private static Rgb iconColour(Label label) {
        javafx.scene.paint.Color c = (javafx.scene.paint.Color) ((FontIcon) label.getGraphic()).getIconColor();
        return new Rgb((int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255), 1);
    }
}
