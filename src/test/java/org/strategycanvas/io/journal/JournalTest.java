package org.strategycanvas.io.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycanvas.io.FileStamp;
import org.strategycanvas.io.ProjectFiles;
import org.strategycanvas.model.Project;

/** The journal's life: entries written and removed, left behind by a run that ended, found and claimed. */
class JournalTest {

    @TempDir
    Path data;

    private final Project bakery = sample();
    private final Path original = Path.of("/plans/boulangerie.strategy.json").toAbsolutePath();
    private final FileStamp stamp = new FileStamp(1234, FileTime.fromMillis(1_700_000_000_000L), "ab12");
    private final Instant written = Instant.parse("2026-03-12T14:32:05Z");

    private static Project sample() {
        try {
            return new ProjectFiles().open(Path.of("assets/samples/boulangerie-martin.strategy.json")).project();
        } catch (org.strategycanvas.io.ProjectFileException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRunThatEndsWithAnUnsavedDocumentLeavesItForTheNextStart() throws Exception {
        Journal journal = Journal.start(data);
        assertTrue(journal.newEntry().write(bakery, new JournalMetadata("Boulangerie", original, stamp, written)).join());
        assertEquals(List.of(), Journal.orphans(data), "a running app's journal is not offered");
        journal.close(); // as after a crash: the lock is free, the entry stays

        List<OrphanJournal> orphans = Journal.orphans(data);
        assertEquals(1, orphans.size());
        RecoverableDocument document = orphans.get(0).documents().get(0);
        assertEquals(new JournalMetadata("Boulangerie", original, stamp, written), document.metadata());
        assertEquals(bakery, document.read());
        assertEquals(List.of(), Journal.orphans(data), "claimed: not offered twice while it is being asked about");

        document.discard();
        orphans.get(0).close();
        assertEquals(List.of(), Journal.orphans(data));
        assertEquals(0, Files.list(data.resolve(Journal.FOLDER)).count(), "the emptied journal is removed");
    }

    @Test
    void anUntitledDocumentHasNoFile() throws Exception {
        Journal journal = Journal.start(data);
        journal.newEntry().write(bakery, new JournalMetadata("Nouveau plan", null, null, written)).join();
        journal.close();
        JournalMetadata metadata = Journal.orphans(data).get(0).documents().get(0).metadata();
        assertNull(metadata.file());
        assertNull(metadata.fileStamp());
        assertEquals("Nouveau plan", metadata.title());
    }

    @Test
    void aRemovedEntryIsNotOfferedAndAnEndedRunLeavesNothing() throws Exception {
        Journal journal = Journal.start(data);
        JournalEntry entry = journal.newEntry();
        entry.write(bakery, new JournalMetadata("Boulangerie", original, stamp, written));
        assertTrue(entry.remove().join(), "removed after the write, in the order asked");
        journal.close();
        assertEquals(List.of(), Journal.orphans(data));
        assertEquals(0, Files.list(data.resolve(Journal.FOLDER)).count());
    }

    @Test
    void aRewriteReplacesTheEntryWholly() throws Exception {
        Journal journal = Journal.start(data);
        JournalEntry entry = journal.newEntry();
        entry.write(bakery, new JournalMetadata("Boulangerie", original, stamp, written));
        Project renamed = bakery.withInfo(bakery.info().withTitle("Boulangerie Martin 2"));
        entry.write(renamed, new JournalMetadata("Boulangerie Martin 2", original, stamp, written.plusSeconds(5)));
        journal.close();
        RecoverableDocument document = Journal.orphans(data).get(0).documents().get(0);
        assertEquals(renamed, document.read());
        assertEquals(written.plusSeconds(5), document.metadata().written());
        try (var files = Files.list(journal.folder())) {
            assertEquals(List.of("document-1.properties", "document-1.strategy.json", Journal.LOCK),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }

    @Test
    void twoRunningJournalsLeaveEachOtherAlone() throws Exception {
        Journal first = Journal.start(data);
        Journal second = Journal.start(data);
        first.newEntry().write(bakery, new JournalMetadata("A", null, null, written)).join();
        second.newEntry().write(bakery, new JournalMetadata("B", null, null, written)).join();
        assertEquals(List.of(), Journal.orphans(data));
        second.close();
        List<OrphanJournal> orphans = Journal.orphans(data);
        assertEquals(1, orphans.size(), "only the one that ended");
        assertEquals("B", orphans.get(0).documents().get(0).metadata().title());
        assertTrue(Files.exists(first.folder().resolve("document-1.strategy.json")), "the running one is untouched");
        orphans.get(0).close();
        first.close();
    }

    @Test
    void aSessionStillStartingIsLeftAlone() throws Exception {
        Path starting = Files.createDirectories(data.resolve(Journal.FOLDER).resolve("session-1-x"));
        assertEquals(List.of(), Journal.orphans(data));
        assertTrue(Files.isDirectory(starting), "no lock file yet: not ours to remove");
    }

    @Test
    void anEntryWhoseMetadataIsBrokenIsNotOffered() throws Exception {
        Journal journal = Journal.start(data);
        journal.newEntry().write(bakery, new JournalMetadata("Boulangerie", null, null, written)).join();
        journal.close();
        Files.writeString(journal.folder().resolve("document-1.properties"), "written=yesterday\n");
        assertEquals(List.of(), Journal.orphans(data));
        assertFalse(Files.exists(journal.folder()), "a journal with nothing to offer is cleaned up");
    }
}
