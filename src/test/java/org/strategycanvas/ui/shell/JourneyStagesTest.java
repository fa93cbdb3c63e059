package org.strategycanvas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strategycanvas.app.Settings;
import org.strategycanvas.command.AddElements;
import org.strategycanvas.model.JourneyStage;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.model.Zone;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The customer journey: its stages as zones in one step, and the stages a touchpoint serves. */
@ExtendWith(ApplicationExtension.class)
class JourneyStagesTest {

    private AppWindow window;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("strategy-canvas-stages");
        window = new AppWindow(stage, Settings.in(folder.resolve("config")), new QueuedFileDialogs(), Locale.FRENCH);
        window.show();
    }

    private Project project() {
        return window.session().editor().project();
    }

    @Test
    void theSixStagesArriveAsZonesInOneStep(FxRobot robot) {
        robot.interact(() -> window.session().editor().execute(new AddElements(List.of(
                Touchpoint.create("tp-1", TouchpointType.STORE, "Boutique", 0, 0)), List.of(), "command.add")));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K);
        List<Zone> zones = project().zones();
        assertEquals(Arrays.stream(JourneyStage.values()).map(JourneyStage::id).toList(),
                zones.stream().map(Zone::stage).toList());
        assertEquals("Ne nous connaît pas", zones.get(0).label());
        assertEquals("Ambassadeur", zones.get(5).label());
        assertTrue(zones.get(0).bounds().x() >= project().touchpoints().get(0).bounds().maxX(),
                "placed beside what was there, not over it");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertTrue(project().zones().isEmpty(), "one undo removes the six");
    }

    @Test
    void aTouchpointIsTaggedWithTheStagesItServes(FxRobot robot) {
        robot.interact(() -> {
            window.session().editor().execute(new AddElements(List.of(
                    Touchpoint.create("tp-1", TouchpointType.STORE, "Boutique", 0, 0)), List.of(), "command.add"));
            window.session().editor().selection().select("tp-1");
        });
        robot.clickOn("#inspector-stage-buying").clickOn("#inspector-stage-loyal");
        assertEquals(Set.of("buying", "loyal"), project().touchpoints().get(0).stages());
        robot.interact(() -> window.session().editor().undo());
        assertEquals(Set.of("buying"), project().touchpoints().get(0).stages());
    }
}
