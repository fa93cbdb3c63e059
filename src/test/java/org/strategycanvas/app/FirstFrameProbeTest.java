package org.strategycanvas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The start-up probe the installers are measured and trained with: one line at the first frame, then the exit. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameProbeTest {

    private static final Pattern LINE = Pattern.compile("firstFrameMs=(\\d+)\\R");

    @Test
    void reportsTheFirstFrameOnceThenExits() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        AtomicInteger exits = new AtomicInteger();
        CompletableFuture<Void> exited = new CompletableFuture<>();
        Instant start = Instant.now();
        FirstFrameProbe probe = new FirstFrameProbe(start, new PrintStream(printed, true, StandardCharsets.UTF_8), () -> {
            exits.incrementAndGet();
            exited.complete(null);
        });
        Stage stage = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new Label("first frame"), 300, 200));
            probe.watch(s.getScene());
            return s;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", printed.toString(StandardCharsets.UTF_8), "a window not shown yet has drawn no frame");

        WaitForAsyncUtils.asyncFx(stage::show);
        exited.get(10, TimeUnit.SECONDS);
        Matcher line = LINE.matcher(printed.toString(StandardCharsets.UTF_8));
        assertTrue(line.matches(), () -> "one line, the milliseconds since the start: " + printed);
        long elapsed = Duration.between(start, Instant.now()).toMillis();
        assertTrue(Long.parseLong(line.group(1)) <= elapsed, "counted from the given start, not before it");

        // A later frame adds nothing and does not end it twice.
        probe.frameRendered();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, exits.get());
        assertTrue(LINE.matcher(printed.toString(StandardCharsets.UTF_8)).matches());
        Platform.runLater(stage::hide);
    }
}
