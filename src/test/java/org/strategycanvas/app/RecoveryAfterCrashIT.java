package org.strategycanvas.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycanvas.io.ProjectFiles;
import org.strategycanvas.io.journal.Journal;
import org.strategycanvas.io.journal.OrphanJournal;
import org.strategycanvas.model.Project;

/**
 * A real crash: the app runs in a JVM of its own (headless, on a temporary settings and data folder), opens
 * the sample plan and makes an edit; once the edit is in the journal the JVM is killed (SIGKILL, no shutdown
 * hook). A second run offers the plan for recovery, and recovering gives the edited plan, unsaved, on its
 * file. The waits poll with generous deadlines, for a slow two-core machine; nothing is asserted on time.
 */
class RecoveryAfterCrashIT {

    private static final Path SAMPLE = Path.of("assets", "samples", "boulangerie-martin.strategy.json");
    private static final long DEADLINE_SECONDS = 180;
    /** The properties the tests' JVM runs JavaFX with (see the failsafe configuration), passed on. */
    private static final List<String> FORWARDED = List.of("glass.platform", "monocle.platform", "prism.order",
            "prism.text", "java.awt.headless", "javafx.cachedir", "headless.geometry");

    @TempDir
    Path folder;

    private Process run(String mode, String argument, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        for (String key : FORWARDED) {
            String value = System.getProperty(key);
            if (value != null) {
                command.add("-D" + key + "=" + value);
            }
        }
        if (System.getProperty("glass.platform") == null) { // run from an IDE: headless all the same
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        command.addAll(List.of("-Duser.language=en",
                "-D" + AppFolders.CONFIG_PROPERTY + "=" + folder.resolve("config"),
                "-D" + AppFolders.DATA_PROPERTY + "=" + folder.resolve("data"),
                "-cp", System.getProperty("java.class.path"), CrashingAppMain.class.getName(), mode, argument));
        return new ProcessBuilder(command)
                .redirectOutput(folder.resolve(name + ".out").toFile())
                .redirectError(folder.resolve(name + ".err").toFile())
                .start();
    }

    private String output(String name) throws IOException {
        return Files.readString(folder.resolve(name + ".out")) + Files.readString(folder.resolve(name + ".err"));
    }

    /** The journaled copy of the plan once it holds the edit. */
    private Optional<Path> journaledEdit() throws IOException {
        Path journal = folder.resolve("data").resolve("journal");
        if (!Files.isDirectory(journal)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(journal)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("document-\\d+\\.strategy\\.json"))
                    .toList()) {
                try {
                    if (Files.readString(file, StandardCharsets.UTF_8).contains("\"tp-crash\"")
                            && Files.exists(file.resolveSibling(file.getFileName().toString()
                            .replace(".strategy.json", ".properties")))) {
                        return Optional.of(file);
                    }
                } catch (IOException e) {
                    // being replaced right now: look again
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void aKilledRunsEditIsOfferedAndRecoveredByTheNextRun() throws Exception {
        Path file = Files.copy(SAMPLE, folder.resolve("boulangerie.strategy.json"));
        byte[] saved = Files.readAllBytes(file);
        Project expected = CrashingAppMain.theEdit().execute(new ProjectFiles().open(file).project());

        Process first = run("edit", file.toString(), "first");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
            while (journaledEdit().isEmpty()) {
                if (!first.isAlive()) {
                    fail("the first run ended by itself:\n" + output("first"));
                }
                if (System.nanoTime() > deadline) {
                    fail("no journal with the edit after " + DEADLINE_SECONDS + " s:\n" + output("first"));
                }
                Thread.sleep(250);
            }
            assertEquals(List.of(), Journal.orphans(folder.resolve("data")),
                    "another process does not take the journal of a running app");
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no clean-up, as a crash
            assertTrue(first.waitFor(60, TimeUnit.SECONDS), "the first run is gone");
        }
        assertArrayEquals(saved, Files.readAllBytes(file), "the journal never touched the plan's file");
        List<OrphanJournal> left = Journal.orphans(folder.resolve("data"));
        assertEquals(1, left.size(), "the killed run's journal is left for the next start");
        assertEquals(expected, left.get(0).documents().get(0).read());
        left.forEach(OrphanJournal::close);

        Path report = folder.resolve("second.properties");
        Process second = run("recover", report.toString(), "second");
        boolean ended = second.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            second.destroyForcibly();
            fail("the second run did not finish:\n" + output("second"));
        }
        assertEquals(0, second.exitValue(), output("second"));
        Properties seen = new Properties();
        try (InputStream in = Files.newInputStream(report)) {
            seen.load(in);
        }
        assertEquals("Recover unsaved changes?", seen.getProperty("header"));
        assertEquals("Strategy Canvas closed before \u201cBoulangerie Martin \u2014 plan digital 2026\u201d was saved: "
                + "file boulangerie.strategy.json, in " + folder + ".", seen.getProperty("what"));
        assertTrue(seen.getProperty("when").startsWith("Its changes were kept automatically on "),
                seen.getProperty("when"));
        assertEquals("true", seen.getProperty("dirty"), "recovered, not saved");
        assertEquals(file.toString(), seen.getProperty("file"), "Save writes to the plan's file");
        assertEquals("recovery.command.recover", seen.getProperty("undo"), "one step, undoable");
        assertEquals(expected, new ProjectFiles().open(folder.resolve("recovered.strategy.json")).project(),
                "the recovered plan is the edited one");
        assertArrayEquals(saved, Files.readAllBytes(file), "the plan's file is saved only when the person saves");
    }
}
