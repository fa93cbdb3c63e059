package org.strategycanvas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The app as it starts: on the start page with no file, straight on the plan with one. */
class StartupTest {

    private Stage stage;
    private Application app;

    @BeforeEach
    void toolkit(@TempDir Path config) throws Exception {
        System.setProperty("strategycanvas.configDir", config.toString());
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty("strategycanvas.configDir");
    }

    private Node lookup(String query) throws Exception {
        // The editor is built after the blank window's first frame: wait until it has taken its place.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getScene() != null
                && stage.getScene().getRoot().lookup(".main-window") != null);
        WaitForAsyncUtils.waitForFxEvents();
        return stage.getScene().getRoot().lookup(query);
    }

    @Test
    void withNoFileTheStartPageComesFirst() throws Exception {
        app = FxToolkit.setupApplication(StrategyCanvasApp.class);
        assertNotNull(lookup("#start-page"));
        assertNull(lookup("#canvas"), "the editor waits behind it");
    }

    @Test
    void aFileOnTheCommandLineOpensStraightAway(@TempDir Path folder) throws Exception {
        Path plan = Files.copy(Path.of("assets/samples/boulangerie-martin.strategy.json"),
                folder.resolve("plan.strategy.json"));
        app = FxToolkit.setupApplication(StrategyCanvasApp.class, plan.toString());
        assertNull(lookup("#start-page"));
        assertNotNull(lookup("#canvas"));
        assertEquals("plan.strategy.json \u2014 Strategy Canvas", stage.getTitle());
    }
}
