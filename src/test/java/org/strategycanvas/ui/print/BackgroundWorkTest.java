package org.strategycanvas.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strategycanvas.export.CanvasExport;
import org.strategycanvas.export.ExportException;
import org.strategycanvas.export.Paper;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.io.ProjectFiles;
import org.strategycanvas.model.Project;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Long work in the background: its progress shown, Cancel stopping it at the next page, failures in words. */
@ExtendWith(ApplicationExtension.class)
class BackgroundWorkTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void cancelStopsTheWorkAtItsNextPageAndReportsNothing(FxRobot robot) throws Exception {
        CountDownLatch pageOneDone = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        List<String> reached = new CopyOnWriteArrayList<>();
        List<Object> told = new CopyOnWriteArrayList<>();
        Platform.runLater(() -> BackgroundWork.start(owner, ENGLISH, "Writing", (progress, cancelled) -> {
            try {
                for (int page = 1; page <= 3; page++) {
                    progress.update(page, 3);
                    reached.add("page " + page);
                    if (page == 1) {
                        pageOneDone.countDown();
                        goOn.await(30, TimeUnit.SECONDS);
                    }
                }
                return "done";
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                ended.countDown();
            }
        }, told::add, told::add));
        assertTrue(pageOneDone.await(30, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        ProgressBar bar = robot.lookup("#progress-bar").queryAs(ProgressBar.class);
        assertEquals(1 / 3.0, bar.getProgress(), 1e-9, "one page of three");
        robot.clickOn("#progress-cancel");
        goOn.countDown();
        assertTrue(ended.await(30, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("page 1"), reached, "the work stopped when it reported its next page");
        assertEquals(List.of(), told, "neither done nor failed: the person cancelled");
        assertTrue(robot.lookup("#progress-bar").tryQuery().isEmpty(), "the progress window closed");
    }

    @Test
    void aFailureIsReportedInOnePlainSentence(FxRobot robot) throws Exception {
        List<String> failures = new CopyOnWriteArrayList<>();
        Platform.runLater(() -> BackgroundWork.start(owner, ENGLISH, "Writing", (progress, cancelled) -> {
            throw new ExportException("export.error.emptyPlan");
        }, done -> { }, failures::add));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !failures.isEmpty());
        assertEquals(List.of("The plan has nothing on its canvas to export."), failures);
    }

    @Test
    void aPdfExportStoppedHalfWayLeavesNoFile(@TempDir Path folder) throws Exception {
        Project sample = new ProjectFiles().open(Path.of("assets", "samples", "boulangerie-martin.strategy.json"))
                .project();
        CanvasExport export = new CanvasExport(ENGLISH);
        Path pdf = folder.resolve("poster.pdf");
        assertThrows(CancellationException.class, () -> export.writePdf(sample,
                export.poster(sample, Paper.of(Paper.Size.A4, true), 2, 2), pdf, (done, total) -> {
                    if (done == 2) {
                        throw new CancellationException(); // what BackgroundWork's progress does once cancelled
                    }
                }));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.toList(), "neither the PDF nor its temporary file");
        }
        assertFalse(Files.exists(pdf));
    }
}
