package org.strategycanvas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The window is shown blank first, and the editor is built only once that blank window has had its first pulse:
 * not inside show, not before the window is on the screen and laid out.
 */
@ExtendWith(ApplicationExtension.class)
class StartingSceneTest {

    @Test
    void theEditorIsBuiltAfterTheBlankWindowsFirstPulse() throws Exception {
        // The test's pulse listener is added after the scene's own one, so it has run when the build runs.
        CompletableFuture<String> seenByTheBuild = new CompletableFuture<>();
        AtomicBoolean builtDuringShow = new AtomicBoolean();
        AtomicBoolean pulsed = new AtomicBoolean();
        CompletableFuture<Stage> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            StartingScene.show(stage, "Strategy Canvas", () -> seenByTheBuild.complete(
                    stage.isShowing() + " " + stage.getTitle() + " " + pulsed.get()));
            builtDuringShow.set(seenByTheBuild.isDone());
            stage.getScene().addPostLayoutPulseListener(() -> pulsed.set(true));
            shown.complete(stage);
        });
        Stage stage = shown.get(10, TimeUnit.SECONDS);
        assertFalse(builtDuringShow.get(), "not built inside show: the blank frame comes first");
        assertEquals("true Strategy Canvas true", seenByTheBuild.get(10, TimeUnit.SECONDS),
                "built once the window shows, titled, after its first pulse");
        assertTrue(stage.getWidth() > 0 && stage.getHeight() > 0);
        Platform.runLater(stage::close);
    }
}
