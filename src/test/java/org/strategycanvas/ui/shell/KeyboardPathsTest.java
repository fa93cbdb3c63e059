package org.strategycanvas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strategycanvas.app.Settings;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.Link;
import org.strategycanvas.model.LinkKind;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.StickyNote;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.model.Zone;
import org.strategycanvas.ui.canvas.CanvasView;
import org.strategycanvas.ui.editor.Editor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every canvas action from the keyboard alone, in the real window (French unless said otherwise). */
@ExtendWith(ApplicationExtension.class)
class KeyboardPathsTest {

    private AppWindow window;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("strategy-canvas-keys");
        window = new AppWindow(stage, Settings.in(folder.resolve("config")), new QueuedFileDialogs(), Locale.FRENCH);
        window.show();
    }

    private Editor editor() {
        return window.session().editor();
    }

    private Project project() {
        return editor().project();
    }

    private CanvasView canvas() {
        return window.window().canvas();
    }

    private Bounds boundsOf(String id) {
        return project().element(id).map(Element::bounds).orElseThrow();
    }

    /** A plan of these cards with no history, at 100 %, the canvas focused. */
    private void cards(FxRobot robot, Element... elements) {
        robot.interact(() -> {
            editor().reset(project().plus(List.of(elements), List.of()));
            canvas().resetZoom();
            canvas().requestFocus();
        });
    }

    private int undoSteps(FxRobot robot) {
        int steps = 0;
        while (editor().stack().canUndo()) {
            robot.interact(editor()::undo);
            steps++;
        }
        return steps;
    }

    @Test
    void typingATypesNameAndEnterAddsItSelectedInOneStep(FxRobot robot) {
        robot.interact(() -> canvas().requestFocus());
        robot.write("newsl");
        TextField field = robot.lookup("#quick-add-field").queryAs(TextField.class);
        assertEquals("newsl", field.getText(), "the first letter opened the field, the others went into it");
        robot.push(KeyCode.ENTER);
        assertEquals(1, project().touchpoints().size());
        Touchpoint added = project().touchpoints().get(0);
        assertEquals(TouchpointType.NEWSLETTER, added.type());
        assertEquals("Newsletter", added.label());
        assertEquals(Set.of(added.id()), editor().selection().snapshot());
        assertTrue(robot.lookup("#quick-add-field").tryQuery().isEmpty(), "the field is gone");
        assertSame(canvas(), canvas().getScene().getFocusOwner(), "the keys are back on the canvas");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertTrue(project().touchpoints().isEmpty(), "one undo step takes it away");
        assertFalse(editor().stack().canUndo());
    }

    @Test
    void inEnglishBlogFindsTheBlogAndItLandsBesideTheSelectedCard(FxRobot robot) {
        robot.interact(() -> window.switchLanguage(Locale.ENGLISH));
        cards(robot, Touchpoint.create("tp-1", TouchpointType.WEBSITE, "Site", 40, 40));
        robot.interact(() -> editor().selection().select("tp-1"));
        robot.write("blog").push(KeyCode.ENTER);
        Touchpoint blog = project().touchpoints().get(1);
        assertEquals(TouchpointType.BLOG, blog.type());
        assertEquals("Blog", blog.label());
        // To the right of the site: 40 + 180 + 40 = 260, at its height.
        assertEquals(new Bounds(260, 40, 180, 96), blog.bounds());
        assertEquals(Set.of(blog.id()), editor().selection().snapshot());
    }

    @Test
    void downChoosesTheNextMatchAndEscapeAddsNothing(FxRobot robot) {
        robot.interact(() -> canvas().requestFocus());
        robot.write("ref").push(KeyCode.DOWN).push(KeyCode.ENTER);
        assertEquals(TouchpointType.SEO, project().touchpoints().get(0).type(),
                "Référencement payant first, naturel second");
        robot.write("obj").push(KeyCode.ESCAPE);
        assertEquals(1, project().elements().count(), "Escape added nothing");
        assertTrue(robot.lookup("#quick-add-field").tryQuery().isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.K).write("objectif").push(KeyCode.ENTER);
        assertEquals(1, project().objectives().size(), "Ctrl+K opens the field too");
    }

    @Test
    void aClickOnALineAddsItToo(FxRobot robot) {
        robot.interact(() -> canvas().requestFocus());
        robot.write("ins");
        robot.clickOn(robot.lookup("#quick-add-list .list-cell").lookup("Instagram").queryAs(Node.class));
        assertEquals(TouchpointType.INSTAGRAM, project().touchpoints().get(0).type());
    }

    @Test
    void goingElsewhereClosesTheFieldAndLeavesTheFocusThere(FxRobot robot) {
        robot.interact(() -> canvas().requestFocus());
        robot.write("s");
        robot.clickOn("#palette-search");
        assertTrue(robot.lookup("#quick-add-field").tryQuery().isEmpty());
        assertSame(robot.lookup("#palette-search").query(), canvas().getScene().getFocusOwner());
        assertTrue(project().isEmpty());
    }

    @Test
    void arrowsMoveTheSelectionByAGridStepAndEachPressIsOneUndoStep(FxRobot robot) {
        cards(robot, Touchpoint.create("tp-1", TouchpointType.WEBSITE, "Site", 40, 40),
                StickyNote.create("nt-2", "", 400, 400));
        robot.interact(() -> editor().selection().select("tp-1"));
        robot.push(KeyCode.RIGHT);
        assertEquals(new Bounds(60, 40, 180, 96), boundsOf("tp-1"), "one grid step, 20");
        robot.push(KeyCode.SHIFT, KeyCode.DOWN);
        assertEquals(new Bounds(60, 140, 180, 96), boundsOf("tp-1"), "five grid steps, 100");
        assertEquals(new Bounds(400, 400, 150, 105), boundsOf("nt-2"), "the unselected note stays");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(new Bounds(60, 40, 180, 96), boundsOf("tp-1"));
        assertEquals(1, undoSteps(robot), "one step left: the first press");
        assertEquals(new Bounds(40, 40, 180, 96), boundsOf("tp-1"));
    }

    @Test
    void withNothingSelectedTheArrowsMoveTheView(FxRobot robot) {
        cards(robot, Touchpoint.create("tp-1", TouchpointType.WEBSITE, "Site", 40, 40));
        double before = canvas().viewport().originX();
        robot.push(KeyCode.RIGHT);
        assertEquals(before + 40, canvas().viewport().originX(), 1e-9, "40 pixels at 100 %");
        assertEquals(new Bounds(40, 40, 180, 96), boundsOf("tp-1"));
        assertFalse(editor().stack().canUndo());
    }

    @Test
    void tabGoesThroughTheCardsInReadingOrderAndAltArrowToTheNearest(FxRobot robot) {
        // Reading order: the site (top left), the objective (same row, 20 lower), then the blog below; the zone
        // that holds them all comes after them.
        cards(robot, Touchpoint.create("tp-1", TouchpointType.BLOG, "Blog", 40, 300),
                Objective.create("ob-2", "Commandes", 400, 60),
                Touchpoint.create("tp-3", TouchpointType.WEBSITE, "Site", 40, 40),
                Zone.create("zn-4", "Découverte", 0, 0));
        robot.push(KeyCode.TAB);
        assertEquals(Set.of("tp-3"), editor().selection().snapshot());
        robot.push(KeyCode.TAB);
        assertEquals(Set.of("ob-2"), editor().selection().snapshot());
        robot.push(KeyCode.TAB);
        assertEquals(Set.of("tp-1"), editor().selection().snapshot());
        robot.push(KeyCode.TAB);
        assertEquals(Set.of("zn-4"), editor().selection().snapshot(), "the zone last");
        robot.push(KeyCode.TAB);
        assertEquals(Set.of("tp-3"), editor().selection().snapshot(), "round again");
        robot.push(KeyCode.SHIFT, KeyCode.TAB).push(KeyCode.SHIFT, KeyCode.TAB);
        assertEquals(Set.of("tp-1"), editor().selection().snapshot(), "Shift+Tab goes back");
        assertSame(canvas(), canvas().getScene().getFocusOwner(), "Tab stayed on the canvas");
        robot.push(KeyCode.ALT, KeyCode.UP);
        assertEquals(Set.of("tp-3"), editor().selection().snapshot(), "straight above the blog, not the zone");
        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        assertEquals(Set.of("ob-2"), editor().selection().snapshot());
        assertFalse(editor().stack().canUndo(), "selecting changes nothing in the plan");
    }

    @Test
    void ctrlTabLeavesTheCanvasAndTabComesBack(FxRobot robot) {
        cards(robot, Touchpoint.create("tp-1", TouchpointType.WEBSITE, "Site", 40, 40));
        robot.push(KeyCode.CONTROL, KeyCode.TAB);
        Node owner = canvas().getScene().getFocusOwner();
        assertTrue(owner != canvas() && owner != null, "the focus moved on: " + owner);
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        assertSame(canvas(), canvas().getScene().getFocusOwner(), "Shift+Tab from the next control comes back");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.TAB);
        owner = canvas().getScene().getFocusOwner();
        assertTrue(owner != canvas() && owner != null, "Ctrl+Shift+Tab leaves backwards: " + owner);
    }

    @Test
    void ctrlLThenKeysOnlyMakeATouchpointServeAnObjective(FxRobot robot) {
        // The instagram card is the nearest on the right, so it comes first; Down goes to the objective.
        cards(robot, Touchpoint.create("tp-1", TouchpointType.WEBSITE, "Site", 40, 40),
                Touchpoint.create("tp-2", TouchpointType.INSTAGRAM, "Instagram", 300, 40),
                Objective.create("ob-3", "Commandes en ligne", 300, 300));
        robot.interact(() -> editor().selection().select("tp-1"));
        robot.push(KeyCode.CONTROL, KeyCode.L);
        Label hint = robot.lookup("#canvas-connect-hint").queryAs(Label.class);
        assertTrue(hint.getText().startsWith(
                "Relier «\u00a0Site\u00a0» → «\u00a0Instagram\u00a0» : les gens passent"), hint.getText());
        robot.push(KeyCode.DOWN);
        assertTrue(hint.getText().startsWith(
                "Relier «\u00a0Site\u00a0» → «\u00a0Commandes en ligne\u00a0» : sert cet objectif"),
                hint.getText());
        robot.push(KeyCode.ENTER);
        assertEquals(List.of(new Link("ln-4", "tp-1", "ob-3", LinkKind.SERVES)), project().links());
        assertTrue(robot.lookup("#canvas-connect-hint").tryQuery().isEmpty(), "the mode is over");
        assertEquals(Set.of("tp-1"), editor().selection().snapshot());
        assertEquals(1, undoSteps(robot));
        assertTrue(project().links().isEmpty());
    }

    @Test
    void escapeLeavesTheLinkModeWithoutALink(FxRobot robot) {
        cards(robot, Touchpoint.create("tp-1", TouchpointType.WEBSITE, "Site", 40, 40),
                Touchpoint.create("tp-2", TouchpointType.BLOG, "Blog", 300, 40));
        robot.interact(() -> editor().selection().select("tp-1"));
        robot.push(KeyCode.CONTROL, KeyCode.L).push(KeyCode.TAB).push(KeyCode.ESCAPE);
        assertTrue(project().links().isEmpty());
        assertEquals(Set.of("tp-1"), editor().selection().snapshot(), "Escape cancelled the link, not the selection");
        robot.push(KeyCode.ESCAPE);
        assertTrue(editor().selection().isEmpty(), "then Escape deselects, as before");
    }

    @Test
    void enterRenamesAltEnterGoesToTheInspectorAndDeleteDeletes(FxRobot robot) {
        cards(robot, Touchpoint.create("tp-1", TouchpointType.WEBSITE, "Site", 40, 40));
        robot.push(KeyCode.TAB).push(KeyCode.ENTER);
        robot.write("Boutique en ligne").push(KeyCode.ENTER);
        assertEquals("Boutique en ligne", project().touchpoints().get(0).label());
        assertSame(canvas(), canvas().getScene().getFocusOwner());
        robot.push(KeyCode.ALT, KeyCode.ENTER);
        Node focused = canvas().getScene().getFocusOwner();
        assertTrue(isInside(focused, robot.lookup("#inspector").query()), "the focus went to the inspector");
        assertTrue(focused instanceof TextField, String.valueOf(focused));
        assertEquals("Boutique en ligne", ((TextField) focused).getText(), "its first field: the name");
        robot.interact(() -> canvas().requestFocus());
        robot.push(KeyCode.DELETE);
        assertTrue(project().touchpoints().isEmpty(), "Delete from the canvas deletes");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(1, project().touchpoints().size(), "one undo brings it back");
    }

    @Test
    void questionMarkShowsTheShortcutsWhichEscapeCloses(FxRobot robot) {
        robot.interact(() -> canvas().requestFocus());
        robot.write("?");
        Node sheet = robot.lookup("#shortcut-sheet").query();
        assertNotNull(sheet);
        Set<String> texts = robot.from(sheet).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toSet());
        assertTrue(texts.contains("Ctrl+Z"), "read from the Edit menu");
        assertTrue(texts.contains("Ctrl+Maj+Z"), "in French");
        assertTrue(texts.contains("Annuler"), "undo under its plain name");
        assertTrue(texts.contains("Relier à\u2026") && texts.contains("Ctrl+L"));
        assertTrue(texts.contains("Sélectionner la carte la plus proche dans cette direction"), "the canvas keys");
        assertTrue(texts.contains("Alt+flèches"));
        Window sheetWindow = sheet.getScene().getWindow();
        assertTrue(sheetWindow.isShowing());
        robot.push(KeyCode.ESCAPE);
        assertFalse(sheetWindow.isShowing());
    }

    @Test
    void theHelpMenuShowsTheShortcutsInEnglish(FxRobot robot) {
        robot.interact(() -> window.switchLanguage(Locale.ENGLISH));
        robot.clickOn("#keys-menu-help").clickOn("#keys-menu-shortcuts");
        Node sheet = robot.lookup("#shortcut-sheet").query();
        Set<String> texts = robot.from(sheet).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toSet());
        assertTrue(texts.contains("Ctrl+Z") && texts.contains("Undo"));
        assertTrue(texts.contains("Ctrl+Shift+Z") && texts.contains("Ctrl+Y"), "both redo keys");
        assertTrue(texts.contains("Shift+arrows"));
        robot.push(KeyCode.ESCAPE);
        assertFalse(sheet.getScene().getWindow().isShowing());
    }

    private static boolean isInside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }
}
