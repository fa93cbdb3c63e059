package org.strategycanvas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strategycanvas.app.Settings;
import org.strategycanvas.command.AddElements;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.model.plan.Brief;
import org.strategycanvas.model.plan.Resource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The guided start of a new plan, in French: what is typed becomes the brief and the cards, in one undo step. */
@ExtendWith(ApplicationExtension.class)
class GuidedStartTest {

    private AppWindow window;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("strategy-canvas-guided");
        window = new AppWindow(stage, Settings.in(folder.resolve("config")), new QueuedFileDialogs(), Locale.FRENCH);
        window.showStartPage();
        window.show();
    }

    private Project project() {
        return window.session().editor().project();
    }

    @Test
    void whatIsTypedBecomesTheBriefAndTheCardsInOneUndoStep(FxRobot robot) {
        robot.clickOn("#start-guided");
        assertTrue(robot.lookup("#wizard-purpose").query().isFocused(), "ready to type the purpose");
        robot.write("Doubler les réservations en ligne avant l'été");
        robot.clickOn("#wizard-next");
        robot.write("Un atelier connu du quartier").push(KeyCode.TAB).write("La moitié des réparations réservées en ligne");
        robot.clickOn("#wizard-next");
        robot.clickOn("#wizard-staff-available").write("2");
        robot.clickOn("#wizard-budget-available").write("1 500");
        robot.clickOn("#wizard-budget-needed").write("2000,50");
        robot.clickOn("#wizard-next");
        robot.write("Remplir l'agenda").push(KeyCode.TAB).write("Réservations par mois").push(KeyCode.TAB).write("80");
        robot.clickOn("#wizard-objective-1").write("Vendre des vélos d'occasion");
        robot.clickOn("#wizard-next");
        for (String type : List.of("website", "instagram", "facebook", "store")) {
            robot.clickOn("#wizard-type-" + type);
        }
        robot.clickOn("#wizard-finish");

        assertTrue(Shown.on(robot, "#canvas") && !Shown.on(robot, "#plan-wizard"), "back on the canvas");
        Brief brief = project().brief();
        assertEquals("Doubler les réservations en ligne avant l'été", brief.purpose());
        assertEquals("Un atelier connu du quartier", brief.startingPoint());
        assertEquals("La moitié des réparations réservées en ligne", brief.futureState());
        assertEquals(new Resource(new BigDecimal("2"), null, ""), brief.staff());
        assertEquals(new Resource(new BigDecimal("1500"), new BigDecimal("2000.50"), ""), brief.budget());
        assertEquals(Resource.UNKNOWN, brief.time());
        List<Objective> objectives = project().objectives();
        assertEquals(List.of("Remplir l'agenda", "Vendre des vélos d'occasion"),
                objectives.stream().map(Objective::title).toList());
        assertEquals("Réservations par mois", objectives.get(0).kpiMetric());
        assertEquals(new BigDecimal("80"), objectives.get(0).target());
        assertEquals(List.of("Site web", "Facebook", "Instagram", "Boutique"),
                project().touchpoints().stream().map(Touchpoint::label).toList(), "in the palette's order");
        assertEquals(List.of(TouchpointType.WEBSITE, TouchpointType.FACEBOOK, TouchpointType.INSTAGRAM,
                TouchpointType.STORE), project().touchpoints().stream().map(Touchpoint::type).toList());
        assertNoCardOnAnother(project());
        assertNull(window.session().file(), "a new plan has no file yet");
        assertEquals(Optional.of("command.guidedStart"), window.session().editor().stack().undoDescriptionKey());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertTrue(project().isEmpty(), "one undo removes every card");
        assertEquals(Brief.EMPTY, project().brief(), "and the brief");
        assertFalse(window.session().editor().canUndoProperty().get());
    }

    private static void assertNoCardOnAnother(Project p) {
        List<Element> cards = p.elements().toList();
        for (int i = 0; i < cards.size(); i++) {
            for (int j = i + 1; j < cards.size(); j++) {
                Bounds a = cards.get(i).bounds();
                Bounds b = cards.get(j).bounds();
                boolean apart = a.maxX() <= b.x() || b.maxX() <= a.x() || a.maxY() <= b.y() || b.maxY() <= a.y();
                assertTrue(apart, cards.get(i).caption() + " lies on " + cards.get(j).caption());
            }
        }
    }

    @Test
    void skippingEveryStepGivesABlankPlan(FxRobot robot) {
        robot.clickOn("#start-guided");
        robot.write("Une raison qui sera passée");
        for (int step = 0; step < 5; step++) {
            robot.clickOn("#wizard-skip");
        }
        assertTrue(Shown.on(robot, "#canvas") && !Shown.on(robot, "#plan-wizard"), "the last Skip finishes");
        assertTrue(project().isEmpty());
        assertEquals(Brief.EMPTY, project().brief());
        assertFalse(window.session().editor().canUndoProperty().get(), "nothing to undo: nothing was made");
        assertFalse(window.session().editor().dirtyProperty().get());
    }

    @Test
    void escapeCancelsEverythingAndChangesNothing(FxRobot robot) {
        robot.interact(() -> {
            window.session().editor().execute(AddElements.of(
                    Touchpoint.create("tp-1", TouchpointType.STORE, "Boutique", 0, 0), "command.add"));
            window.session().editor().markSaved();
        });
        assertFalse(Shown.on(robot, "#start-page"), "a change to the document leaves the start page");
        robot.interact(() -> startPageItem().fire());
        assertTrue(Shown.on(robot, "#start-page"), "File > Start page shows it again");
        Project before = project();
        robot.clickOn("#start-guided");
        robot.write("Une raison");
        robot.clickOn("#wizard-next");
        robot.write("Un point de départ");
        robot.push(KeyCode.ESCAPE);
        assertTrue(Shown.on(robot, "#start-page") && !Shown.on(robot, "#plan-wizard"), "back on the start page");
        assertSame(before, project(), "the document is untouched");
        assertFalse(window.session().editor().dirtyProperty().get());
        robot.push(KeyCode.ESCAPE);
        assertTrue(Shown.on(robot, "#canvas") && !Shown.on(robot, "#start-page"), "Esc on the start page goes to the canvas");
        assertTrue(window.window().canvas().isFocused(), "with the keyboard on it");
        assertSame(before, project());
    }

    private MenuItem startPageItem() {
        MenuBar bar = (MenuBar) window.window().root().lookup(".menu-bar");
        return bar.getMenus().get(0).getItems().stream().filter(i -> "start-menu-startPage".equals(i.getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void anAmountThatIsNotOneHoldsTheWizardUntilCorrected(FxRobot robot) {
        robot.clickOn("#start-guided");
        robot.clickOn("#wizard-skip").clickOn("#wizard-skip");
        robot.clickOn("#wizard-time-available").write("trois");
        assertTrue(robot.lookup("#wizard-time-available").query().getStyleClass().contains("invalid"));
        assertTrue(robot.lookup("#wizard-next").query().isDisabled());
        assertTrue(robot.lookup("#wizard-finish").query().isDisabled());
        robot.eraseText(5).write("3,5");
        assertFalse(robot.lookup("#wizard-finish").query().isDisabled());
        robot.clickOn("#wizard-finish");
        assertEquals(new Resource(new BigDecimal("3.5"), null, ""), project().brief().time());
    }
}
