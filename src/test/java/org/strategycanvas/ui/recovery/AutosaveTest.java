package org.strategycanvas.ui.recovery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import java.time.Duration;
import java.time.Instant;


import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycanvas.command.AddElements;
import org.strategycanvas.io.FileStamp;
import org.strategycanvas.io.OpenedProject;
import org.strategycanvas.io.ProjectFiles;
import org.strategycanvas.io.ProjectWriter;
import org.strategycanvas.io.journal.Journal;
import org.strategycanvas.io.journal.JournalMetadata;
import org.strategycanvas.io.journal.OrphanJournal;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.testing.HandClock;
import org.strategycanvas.ui.editor.Editor;

/**
 * Autosave with a clock and a ticker the test moves by hand (no waiting): what is journaled, when, and
 * that the person's own file is never touched.
 */
class AutosaveTest {

    @TempDir
    Path folder;

    @TempDir
    Path data;

    private static final Duration INTERVAL = Duration.ofSeconds(5);

    private final HandClock clock = new HandClock(Instant.parse("2026-03-12T14:32:00Z"));
    private final HandTicker ticker = new HandTicker();
    private Journal journal;
    private Path userFile;
    private byte[] userBytes;
    private FileTime userModified;
    private Editor editor;
    private Autosave autosave;


    /** The ticker of the test: a tick is one second gone by on the clock. */
    private final class HandTicker implements Ticker {
        private Runnable tick;
        private boolean stopped;

        @Override
        public Runnable start(Runnable onTick) {
            tick = onTick;
            return () -> stopped = true;
        }

        void tickAfter(Duration elapsed) {
            clock.advance(elapsed);
            if (!stopped) {
                tick.run();
            }
            journal.flush();
        }
    }

    @BeforeEach
    void openThePlan() throws Exception {
        userFile = folder.resolve("boulangerie.strategy.json");
        Files.copy(Path.of("assets/samples/boulangerie-martin.strategy.json"), userFile);
        Files.setLastModifiedTime(userFile, FileTime.fromMillis(1_700_000_000_000L));
        userBytes = Files.readAllBytes(userFile);
        userModified = Files.getLastModifiedTime(userFile);
        OpenedProject opened = new ProjectFiles().open(userFile);
        editor = new Editor(opened.project());
        journal = Journal.start(data);
        Autosave.Document document = new Autosave.Document() {
            @Override
            public Editor editor() {
                return editor;
            }

            @Override
            public Path file() {
                return userFile;
            }

            @Override
            public FileStamp stamp() {
                return opened.stamp();
            }
        };
        autosave = new Autosave(document, journal.newEntry(), () -> INTERVAL, clock, ticker);
    }

    @AfterEach
    void theUsersFileWasNeverTouched() throws Exception {
        journal.close();
        assertArrayEquals(userBytes, Files.readAllBytes(userFile));
        assertEquals(userModified, Files.getLastModifiedTime(userFile));
        try (var files = Files.list(folder)) {
            assertEquals(List.of(userFile), files.toList(), "nothing written beside it");
        }
    }

    private Path journaled() {
        return journal.folder().resolve("document-1.strategy.json");
    }

    private void addTouchpoint(String id, String label) {
        editor.execute(new AddElements(List.of(Touchpoint.create(id, TouchpointType.BLOG, label, 900, 900)),
                List.of(), "command.add"));
    }

    @Test
    void anEditIsJournaledAtTheFirstTickAfterItAndARunOfEditsAtMostOncePerInterval() throws Exception {
        ticker.tickAfter(Duration.ofSeconds(1));
        assertFalse(Files.exists(journaled()), "nothing unsaved, nothing journaled");

        addTouchpoint("tp-90", "Recettes");
        Project first = editor.project();
        ticker.tickAfter(Duration.ofSeconds(1));
        assertArrayEquals(new ProjectWriter().write(first), Files.readAllBytes(journaled()),
                "journaled one second after the edit");

        addTouchpoint("tp-91", "Podcast");
        ticker.tickAfter(Duration.ofSeconds(1));
        ticker.tickAfter(Duration.ofSeconds(1));
        ticker.tickAfter(Duration.ofSeconds(1));
        assertArrayEquals(new ProjectWriter().write(first), Files.readAllBytes(journaled()),
                "3 s after the last write: the interval (5 s) has not gone by yet");
        ticker.tickAfter(Duration.ofSeconds(2));
        assertArrayEquals(new ProjectWriter().write(editor.project()), Files.readAllBytes(journaled()),
                "5 s after the last write, the second edit is in");
    }

    @Test
    void whatIsJournaledSaysWhichFileAndWhen() throws Exception {
        addTouchpoint("tp-90", "Recettes");
        ticker.tickAfter(Duration.ofSeconds(1));
        autosave.stop(); // the app goes away without closing the document: as a crash would
        journal.close();
        List<OrphanJournal> orphans = Journal.orphans(data);
        JournalMetadata metadata = orphans.get(0).documents().get(0).metadata();
        assertEquals(userFile, metadata.file());
        assertEquals(editor.project().info().title(), metadata.title());
        assertEquals(Instant.parse("2026-03-12T14:32:01Z"), metadata.written());
        assertEquals(new ProjectFiles().open(userFile).stamp().sha256(), metadata.fileStamp().sha256());
        assertEquals(editor.project(), orphans.get(0).documents().get(0).read());
        orphans.forEach(OrphanJournal::close);
        journal = Journal.start(data); // for the check after the test
    }

    @Test
    void savingOrUndoingBackToTheSavedStateRemovesTheEntry() {
        addTouchpoint("tp-90", "Recettes");
        ticker.tickAfter(Duration.ofSeconds(1));
        assertTrue(Files.exists(journaled()));
        editor.undo();
        journal.flush();
        assertFalse(Files.exists(journaled()), "clean again: nothing to recover");

        editor.redo();
        ticker.tickAfter(Duration.ofSeconds(1));
        assertTrue(Files.exists(journaled()), "dirty again: journaled at once, the interval starts over");
        editor.markSaved();
        journal.flush();
        assertFalse(Files.exists(journaled()), "saved: the entry goes");
    }

    @Test
    void closingWithoutSavingOnPurposeRemovesTheEntryAndStopsTheTicks() {
        addTouchpoint("tp-90", "Recettes");
        ticker.tickAfter(Duration.ofSeconds(1));
        autosave.discard();
        journal.flush();
        assertFalse(Files.exists(journaled()));
        addTouchpoint("tp-91", "Podcast");
        ticker.tickAfter(Duration.ofSeconds(10));
        assertFalse(Files.exists(journaled()), "stopped");
    }

    @Test
    void writeNowJournalsAtOnceWhateverTheInterval() {
        addTouchpoint("tp-90", "Recettes");
        ticker.tickAfter(Duration.ofSeconds(1));
        addTouchpoint("tp-91", "Podcast");
        assertTrue(autosave.writeNow().join());
        assertTrue(new String(readJournal()).contains("Podcast"));
    }

    private byte[] readJournal() {
        try {
            return Files.readAllBytes(journaled());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
