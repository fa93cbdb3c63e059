package org.strategycanvas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strategycanvas.app.Settings;
import org.strategycanvas.command.EditPlan;
import org.strategycanvas.model.plan.Brief;
import org.strategycanvas.model.plan.BriefText;
import org.strategycanvas.model.plan.Person;
import org.strategycanvas.model.plan.Resource;
import org.strategycanvas.model.plan.ResourceKind;
import org.strategycanvas.ui.editor.Editor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The strategy brief driven in the real window: opened from the menu or the inspector, typed in, undone. */
@ExtendWith(ApplicationExtension.class)
class BriefGesturesTest {

    private AppWindow window;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("strategy-canvas-brief");
        window = new AppWindow(stage, Settings.in(folder.resolve("config")), new QueuedFileDialogs(), Locale.ENGLISH);
        stage.setWidth(1400);
        stage.setHeight(950);
        window.show();
    }

    private Editor editor() {
        return window.session().editor();
    }

    private Brief brief() {
        return editor().project().brief();
    }

    /** Scrolls the form as a person would with the wheel, until the node is in view. */
    private void scrollTo(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            ScrollPane scroll = (ScrollPane) robot.lookup("#brief").query();
            Node content = scroll.getContent();
            Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
            double extra = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 40) / extra)));
        });
    }

    private void openBriefFromTheMenu(FxRobot robot) {
        robot.clickOn("#menu-view").clickOn("Strategy brief");
    }

    @Test
    void theMenuItemShowsTheHiddenPanelOnTheBriefReadyToTypeAndOneUndoTakesThePurposeBack(FxRobot robot) {
        robot.interact(() -> window.window().showPlanPanel(false));
        assertFalse(window.window().isPlanPanelShown());
        openBriefFromTheMenu(robot);
        assertTrue(window.window().isPlanPanelShown());
        TabPane panel = robot.lookup("#plan-panel").queryAs(TabPane.class);
        assertEquals("tab-brief", panel.getSelectionModel().getSelectedItem().getId());
        TextArea purpose = robot.lookup("#brief-purpose").queryAs(TextArea.class);
        assertTrue(purpose.isFocused(), "the caret is in the purpose");

        robot.write("Take 20 % of orders online");
        assertEquals("", brief().purpose(), "nothing is committed while typing");
        robot.push(KeyCode.TAB);
        assertEquals("Take 20 % of orders online", brief().purpose(), "Tab commits and moves on");
        assertTrue(robot.lookup("#brief-startingPoint").queryAs(TextArea.class).isFocused());
        assertEquals("", brief().startingPoint(), "no tab character was typed anywhere");

        robot.clickOn("#canvas");
        assertEquals("Take 20 % of orders online", brief().purpose(), "leaving the unchanged field adds no step");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("", brief().purpose(), "one undo takes it back");
        assertEquals("", purpose.getText(), "and the field shows it");
        assertFalse(editor().canUndoProperty().get(), "it was one step");
    }

    @Test
    void theBudgetGapIsWorkedOutAndSaidInWords(FxRobot robot) {
        openBriefFromTheMenu(robot);
        scrollTo(robot, "#brief-budget-available");
        robot.clickOn("#brief-budget-available").write("1000").push(KeyCode.ENTER);
        Label gap = robot.lookup("#brief-budget-gap").queryAs(Label.class);
        assertEquals("\u2014", gap.getText(), "unknown while the need is not known");
        robot.clickOn("#brief-budget-needed").write("1500").push(KeyCode.ENTER);
        assertEquals(new Resource(new BigDecimal("1000"), new BigDecimal("1500"), ""), brief().budget());
        // the new plan's currency is the locale's (EUR here): 1500 - 1000 = 500 short
        String currency = editor().project().info().currency();
        assertTrue(gap.getText().startsWith("Short by ") && gap.getText().contains("500"), gap.getText());
        assertTrue(gap.getStyleClass().contains("brief-gap-short"), "in the warning colour");
        robot.doubleClickOn("#brief-budget-available").write("1500").push(KeyCode.ENTER);
        assertEquals("Covered", gap.getText());
        assertTrue(gap.getStyleClass().contains("brief-gap-covered"));

        robot.doubleClickOn("#brief-time-needed").write("-4").push(KeyCode.ENTER);
        assertTrue(robot.lookup("#brief-time-needed").query().getStyleClass().contains("invalid"));
        assertEquals(Resource.UNKNOWN, brief().time(), "a negative amount is refused");
        robot.clickOn("#canvas").push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(new BigDecimal("1000"), brief().budget().available(), "each amount was its own step ("
                + currency + ")");
    }

    @Test
    void aPersonIsAddedWithTheBudgetApproverRole(FxRobot robot) {
        robot.interact(() -> {
            Brief filled = Brief.EMPTY;
            for (BriefText part : BriefText.values()) {
                filled = part.in(filled, part.id());
            }
            for (ResourceKind kind : ResourceKind.values()) {
                filled = filled.withResource(kind, new Resource(BigDecimal.ONE, BigDecimal.ONE, ""));
            }
            var before = editor().project().plan();
            editor().execute(new EditPlan(before, before.withBrief(filled), "command.brief.edit"));
        });
        robot.clickOn("#inspector-open-brief");
        assertEquals("tab-brief", robot.lookup("#plan-panel").queryAs(TabPane.class)
                .getSelectionModel().getSelectedItem().getId());
        Label completeness = robot.lookup("#brief-completeness").queryAs(Label.class);
        assertEquals("15 of 17 parts filled \u00b7 Still to fill: who approves the plan, who approves the budget",
                completeness.getText());
        scrollTo(robot, "#brief-add-person");
        robot.clickOn("#brief-add-person");
        assertEquals(List.of(new Person("", "", false, false)), brief().people());
        assertTrue(robot.lookup("#brief-person-0-name").query().isFocused(), "ready to type the name");
        robot.write("Cabinet Durand").push(KeyCode.TAB).write("Accountant").push(KeyCode.ENTER);
        robot.clickOn("#brief-person-0-approvesBudget");
        assertEquals(List.of(new Person("Cabinet Durand", "Accountant", false, true)), brief().people());
        assertEquals("16 of 17 parts filled \u00b7 Still to fill: who approves the plan", completeness.getText());

        robot.clickOn("#brief-person-0-remove");
        assertTrue(brief().people().isEmpty());
        robot.interact(() -> editor().undo());
        assertEquals("Cabinet Durand", robot.lookup("#brief-person-0-name").queryAs(
                TextField.class).getText(), "undo brings the line back");
    }

    @Test
    void theFieldBeingTypedInKeepsItsTextWhenTheDocumentChanges(FxRobot robot) {
        openBriefFromTheMenu(robot);
        robot.write("Half typed");
        robot.interact(() -> {
            var before = editor().project().plan();
            editor().execute(new EditPlan(before, before.withBrief(before.brief().withResource(ResourceKind.STAFF,
                    new Resource(BigDecimal.ONE, BigDecimal.TEN, ""))), "command.brief.resource"));
        });
        TextArea purpose = robot.lookup("#brief-purpose").queryAs(TextArea.class);
        assertEquals("Half typed", purpose.getText());
        assertEquals("Short by 9 people", robot.lookup("#brief-staff-gap").queryAs(Label.class).getText(),
                "while the rest follows the document (10 - 1 = 9)");
        robot.clickOn("#canvas");
        assertEquals("Half typed", brief().purpose(), "and it is committed when the person leaves it");
    }

    @Test
    void noTwoMenuItemsShareAShortcut(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Set<KeyCombination> seen = new HashSet<>();
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null && item.isVisible()) {
                    assertTrue(seen.add(item.getAccelerator()), item.getAccelerator().getName());
                }
            }
        }
        assertTrue(seen.contains(KeyCombination.keyCombination("Shortcut+Shift+B")));
    }
}
