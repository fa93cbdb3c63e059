package org.strategycanvas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strategycanvas.app.Settings;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.model.plan.Action;
import org.strategycanvas.model.plan.Scenario;
import org.strategycanvas.render.PlanRenderer;
import org.strategycanvas.render.RecordingSurface;
import org.strategycanvas.render.RenderView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The budget scenarios in the real window: the switcher in the status bar drives the badges and the mix,
 * one undo step; a scenario is renamed over its column in the Scenarios tab; a blank name is refused.
 * The plan: a site (85/10/5) and ads (0/5/95), each with one action in week 0: the site's costs 100 (good)
 * or 300 (better), the ads' 100 in both.
 */
@ExtendWith(ApplicationExtension.class)
class ScenarioGesturesTest {

    private AppWindow window;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("strategy-canvas-scenarios");
        window = new AppWindow(stage, Settings.in(folder.resolve("config")), new QueuedFileDialogs(), Locale.ENGLISH);
        stage.setWidth(1400);
        stage.setHeight(950);
        window.show();
    }

    private Project project() {
        return window.session().editor().project();
    }

    private void open(FxRobot robot) {
        Project plan = project().plus(List.of(
                Touchpoint.create("tp-1", TouchpointType.WEBSITE, "Site", 40, 40).withSplit(new MediaSplit(85, 10, 5)),
                Touchpoint.create("tp-2", TouchpointType.SOCIAL_ADS, "Ads", 300, 40)
                        .withSplit(new MediaSplit(0, 5, 95))),
                List.of()).withActions(List.of(
                new Action("ac-1", "Redesign", "tp-1", null, 0, 1, "",
                        Map.of("good", new BigDecimal("100"), "better", new BigDecimal("300")), false),
                new Action("ac-2", "Campaign", "tp-2", null, 0, 1, "",
                        Map.of("good", new BigDecimal("100"), "better", new BigDecimal("100")), false)));
        robot.interact(() -> window.session().editor().reset(plan));
        robot.clickOn("#tab-mix-over-time .tab-label"); // the planned mix of each period is shown there
    }

    /** The site card's budget badge, as the canvas's renderer draws it. */
    private String siteBadge() {
        RecordingSurface surface = new RecordingSurface();
        new PlanRenderer(new Messages(Locale.ENGLISH)).render(project(), RenderView.of(new Bounds(0, 0, 260, 200), 1),
                surface);
        return surface.texts.stream().filter(t -> t.startsWith("Budget")).findFirst().orElse("");
    }

    private String plannedMix(FxRobot robot) {
        return robot.lookup("#period-planned").queryLabeled().getText();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Scenario> switcher(FxRobot robot) {
        return robot.lookup("#scenario-switcher").queryAs(ComboBox.class);
    }

    /**
     * Period 0 in "good": site 100, ads 100: owned 8500 / 200 = 42.5, earned 1500 / 200 = 7.5, paid 10000 / 200
     * = 50; owned and earned tie at .5, owned goes first: 43/7/50. In "better": site 300, ads 100: owned
     * 25500 / 400 = 63.75, earned 3500 / 400 = 8.75, paid 11000 / 400 = 27.5; floors 63 + 8 + 27 = 98; owned
     * and earned (.75) take the points: 64/9/27.
     */
    @Test
    void switchingTheScenarioChangesTheBadgesAndTheMixInOneUndoStep(FxRobot robot) {
        open(robot);
        assertEquals("Good", switcher(robot).getValue().name());
        assertEquals("Budget €100", siteBadge());
        assertTrue(plannedMix(robot).startsWith("Planned: O 43 · E 7 · P 50"), plannedMix(robot));

        robot.clickOn("#scenario-switcher");
        Node better = robot.lookup(n -> n instanceof ListCell && "Better".equals(((ListCell<?>) n).getText())
                && n.isVisible() && n != switcher(robot).getButtonCell()).query();
        robot.clickOn(better, MouseButton.PRIMARY);

        assertEquals("better", project().activeScenario());
        assertTrue(window.session().editor().dirtyProperty().get(), "the active scenario is saved with the plan");
        assertEquals("Budget €300", siteBadge());
        assertTrue(plannedMix(robot).startsWith("Planned: O 64 · E 9 · P 27"), plannedMix(robot));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("good", project().activeScenario());
        assertEquals("Good", switcher(robot).getValue().name());
        assertFalse(window.session().editor().dirtyProperty().get(), "back to the saved state");
        assertEquals("Budget €100", siteBadge());
        assertTrue(plannedMix(robot).startsWith("Planned: O 43 · E 7 · P 50"), plannedMix(robot));
    }

    @Test
    void theInspectorSaysWhereAPlannedBudgetComesFrom(FxRobot robot) {
        open(robot);
        robot.interact(() -> window.session().editor().selection().select("tp-1"));
        TextField budget = robot.lookup("#inspector-budget").queryAs(TextField.class);
        assertFalse(budget.isEditable());
        assertEquals("100", budget.getText());
        assertEquals("The budget of its action in the scenario \u201cGood\u201d; change it on the actions.",
                robot.lookup("#inspector-budget-source").queryLabeled().getText());
        robot.interact(() -> switcher(robot).setValue(project().scenarios().get(1)));
        assertEquals("300", budget.getText());
    }

    @Test
    void aScenarioIsRenamedOverItsColumnAndABlankNameIsRefused(FxRobot robot) {
        open(robot);
        robot.clickOn("#tab-scenarios .tab-label");
        robot.doubleClickOn("#scenario-name-better").eraseText(6).write("Confort").push(KeyCode.ENTER);
        assertEquals(new Scenario("better", "Confort"), project().scenarios().get(1));
        robot.clickOn("#scenario-switcher");
        assertTrue(switcher(robot).getItems().stream().anyMatch(s -> s.name().equals("Confort")));
        robot.push(KeyCode.ESCAPE);

        robot.doubleClickOn("#scenario-name-best").eraseText(4).push(KeyCode.ENTER);
        assertEquals("Best", project().scenarios().get(2).name(), "a blank name is refused");
        assertEquals("Best", robot.lookup("#scenario-name-best").queryAs(TextField.class).getText());
        assertEquals("A scenario needs a name: the previous one is kept.",
                robot.lookup("#scenario-name-refusal").queryLabeled().getText());

        robot.interact(() -> window.session().editor().undo());
        assertEquals(Scenario.DEFAULTS, project().scenarios(), "one undo puts the name back");
        assertEquals("Better", robot.lookup("#scenario-name-better").queryAs(TextField.class).getText());
    }
}
