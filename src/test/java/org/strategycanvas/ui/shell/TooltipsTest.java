package org.strategycanvas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.strategycanvas.app.Settings;
import org.strategycanvas.model.Family;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every button of the main window that shows only an icon or a sign has a tooltip saying what it does: walked
 * over the sample plan, in each tab of the plan panel, with nothing, a touchpoint, an objective with measured
 * values, a link and a zone selected.
 */
@ExtendWith(ApplicationExtension.class)
class TooltipsTest {

    private AppWindow window;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("strategy-canvas-tooltips");
        window = new AppWindow(stage, Settings.in(folder.resolve("config")), new QueuedFileDialogs(), Locale.FRENCH);
        window.show();
    }

    @Test
    void everyButtonWithoutWordsHasATooltip(FxRobot robot) {
        robot.interact(() -> window.openFile(Path.of("assets/samples/boulangerie-martin.strategy.json")));
        TabPane tabs = robot.lookup("#plan-panel").queryAs(TabPane.class);
        List<String> missing = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        int buttons = 0;
        for (String selected : new String[] {null, "tp-5", "ob-17", "ln-22", "zn-1"}) {
            robot.interact(() -> {
                if (selected == null) {
                    window.session().editor().selection().clear();
                } else {
                    window.session().editor().selection().select(selected);
                }
            });
            for (int i = 0; i < tabs.getTabs().size(); i++) {
                int tab = i;
                robot.interact(() -> tabs.getSelectionModel().select(tab));
                Node root = window.window().root();
                for (ButtonBase b : UnlabelledButtons.under(root, true)) {
                    missing.add(UnlabelledButtons.describe(b) + " (tab " + tab + ", selected " + selected + ")");
                }
                buttons += UnlabelledButtons.under(root, false).size();
                robot.lookup(".button").queryAll().forEach(n -> seen.add(String.valueOf(n.getId())));
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(buttons > 0, "the walk saw the icon-only buttons (an objective's measured values' remove buttons)");
        assertTrue(seen.size() > 5, "the walk went through the panels' buttons: " + seen);
    }

    @Test
    void theWalkFindsAnIconButtonWithoutTooltipAndLetsLabelledOnesBe() {
        Button icon = new Button(null, new FontIcon("mdi2c-close"));
        Button sign = new Button("\u203a");
        ToggleButton words = new ToggleButton("Semaines");
        Button explained = new Button(null, new FontIcon("mdi2c-close"));
        explained.setTooltip(new Tooltip("Retirer"));
        Button hidden = new Button(null, new FontIcon("mdi2c-close"));
        hidden.setVisible(false);
        List<ButtonBase> found = UnlabelledButtons.under(new VBox(icon, sign, words, explained, hidden), true);
        assertEquals(List.of(icon, sign), found);
        assertFalse(UnlabelledButtons.hasWords(new Label("+")));
    }

    @Test
    void paletteShowsEachFamilysIconAndExplainsEachType(FxRobot robot) {
        for (Family family : Family.values()) {
            Label header = robot.lookup(".family-" + family.id()).queryAs(Label.class);
            assertEquals(family.icon(), ((FontIcon) header.getGraphic()).getIconLiteral(), family.id());
        }
        Label website = robot.lookup("#palette-website").queryAs(Label.class);
        assertEquals("Site web : en général 85 % propre, 10 % gagné, 5 % payé. "
                + "Glissez-le sur le canevas ou appuyez sur Entrée.", website.getTooltip().getText());
    }
}
