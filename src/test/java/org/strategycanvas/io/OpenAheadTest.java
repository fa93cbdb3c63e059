package org.strategycanvas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file read ahead is what the next open of that file gets, once; a file changed since, or one that could not be
 * read ahead, is read again by that open. The reuse is seen by rewriting the file behind the reader's back with the
 * same size and time: only a read-ahead result can still have the old title.
 */
class OpenAheadTest {

    private static final String TITLE = "Boulangerie Martin — plan digital 2026";

    @TempDir
    Path dir;

    @Test
    void theNextOpenOfTheFileTakesWhatWasReadAheadOnce() throws Exception {
        Path file = write("plan.strategy.json", TITLE);
        FileTime time = Files.getLastModifiedTime(file);
        OpenAhead.start(file);
        OpenAhead.take(Path.of("elsewhere.strategy.json")); // another file: leaves it waiting
        waitUntilRead(file);
        rewriteKeepingSizeAndTime(file, "Boulangerie Martin — plan digital 2027", time);

        assertEquals(TITLE, new ProjectFiles().open(dir.resolve("./plan.strategy.json")).project().info().title());
        assertEquals("Boulangerie Martin — plan digital 2027",
                new ProjectFiles().open(file).project().info().title(), "taken once: the next open reads the file");
    }

    @Test
    void aFileChangedSinceItWasReadAheadIsReadAgain() throws Exception {
        Path file = write("plan.strategy.json", TITLE);
        OpenAhead.start(file);
        waitUntilRead(file);
        write("plan.strategy.json", "Un autre plan");

        assertEquals("Un autre plan", new ProjectFiles().open(file).project().info().title());
    }

    @Test
    void aFileThatCouldNotBeReadAheadIsReadByTheOpenItself() throws Exception {
        Path file = dir.resolve("later.strategy.json");
        OpenAhead.start(file);
        waitUntilRead(file);
        assertThrows(ProjectFileException.class, () -> new ProjectFiles().open(file), "still missing: the usual error");

        OpenAhead.start(file);
        waitUntilRead(file);
        write("later.strategy.json", TITLE);
        assertEquals(TITLE, new ProjectFiles().open(file).project().info().title());
    }

    private Path write(String name, String title) throws Exception {
        String sample = Files.readString(Path.of("assets/samples/boulangerie-martin.strategy.json"));
        Path file = dir.resolve(name);
        Files.writeString(file, sample.replace(TITLE, title), StandardCharsets.UTF_8);
        return file;
    }

    private void rewriteKeepingSizeAndTime(Path file, String title, FileTime time) throws Exception {
        long size = Files.size(file);
        write(file.getFileName().toString(), title);
        Files.setLastModifiedTime(file, time);
        assertEquals(size, Files.size(file), "the same size, so that the change goes unseen");
    }

    /** Gives the background read time to finish (its result or its failure), without taking it. */
    private static void waitUntilRead(Path file) throws InterruptedException {
        Thread.sleep(50);
        while (OpenAhead.pending(file)) {
            Thread.sleep(20);
        }
    }
}
