package org.strategycanvas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.Duration;
import java.time.Instant;


import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycanvas.testing.HandClock;

/** The rolling backups of saved files: how many are kept, which ones, where, and with what inside. */
class BackupsTest {

    @TempDir
    Path folder;

    @TempDir
    Path data;


    private final HandClock clock = new HandClock(Instant.parse("2026-03-12T14:00:00Z"));

    private static byte[] version(int n) {
        return ("version " + n + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Saves versions 1…saves of the file, a minute apart. */
    private Path saveVersions(Backups backups, int saves) throws Exception {
        Path plan = folder.resolve("plan.strategy.json");
        SafeFileWriter writer = new SafeFileWriter(new FileOps(), backups);
        for (int n = 1; n <= saves; n++) {
            clock.advance(Duration.ofMinutes(1));
            writer.write(plan, version(n));
        }
        return plan;
    }

    private static String text(Backup backup) throws IOException {
        return Files.readString(backup.file(), StandardCharsets.UTF_8);
    }

    @Test
    void threeMoreSavesThanKeptKeepExactlyTheNewestN() throws Exception {
        int kept = 4;
        Backups backups = new Backups(data, kept, Backups.Place.DATA_FOLDER, clock);
        // N + 3 = 7 saves: the first has nothing to replace, the next six each keep the version they replace
        // (versions 1…6); rotation keeps the newest four, 6, 5, 4, 3, and removed 1 and 2.
        Path plan = saveVersions(backups, kept + 3);
        List<Backup> found = backups.of(plan);
        assertEquals(kept, found.size());
        assertEquals(List.of("version 6\n", "version 5\n", "version 4\n", "version 3\n"),
                found.stream().map(b -> uncheckedText(b)).toList(), "newest first, contents as they were saved");
        assertEquals("version 7\n", Files.readString(plan), "the file itself holds the last save");
        // Kept when replaced: save n replaced version n-1 at 14:0n, so version 6 was kept at 14:07.
        assertEquals(Instant.parse("2026-03-12T14:07:00Z"), found.get(0).time());
        assertEquals(Instant.parse("2026-03-12T14:04:00Z"), found.get(3).time());
        assertEquals(version(6).length, found.get(0).size());
        try (Stream<Path> all = Files.list(backups.folderFor(plan))) {
            assertEquals(kept, all.count(), "nothing else in the backups' folder: no temporary file, no older one");
        }
        try (Stream<Path> beside = Files.list(folder)) {
            assertEquals(List.of(plan), beside.toList(), "nothing added to the person's folder");
        }
    }

    private static String uncheckedText(Backup backup) {
        try {
            return text(backup);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void besideTheFileTheyGoInAFolderNamedAfterIt() throws Exception {
        Backups backups = new Backups(data, 10, Backups.Place.BESIDE_FILE, clock);
        Path plan = saveVersions(backups, 3);
        Path besides = folder.resolve("plan.strategy.json.backups");
        assertEquals(besides, backups.folderFor(plan));
        assertEquals(List.of("version 2\n", "version 1\n"), backups.of(plan).stream().map(b -> uncheckedText(b)).toList());
        try (Stream<Path> inData = Files.list(data)) {
            assertEquals(0, inData.count(), "nothing in the data folder");
        }
    }

    @Test
    void zeroKeepsNoneAndRemovesNothing() throws Exception {
        Backups ten = new Backups(data, 10, Backups.Place.DATA_FOLDER, clock);
        Path plan = saveVersions(ten, 3);
        Backups none = new Backups(data, 0, Backups.Place.DATA_FOLDER, clock);
        new SafeFileWriter(new FileOps(), none).write(plan, version(9));
        assertEquals(2, none.of(plan).size(), "turning backups off does not delete those already kept");
    }

    @Test
    void eachFileHasItsOwnFolderByItsFullPath() throws Exception {
        Backups backups = new Backups(data, 10, Backups.Place.DATA_FOLDER, clock);
        Path here = folder.resolve("a/plan.strategy.json");
        Path there = folder.resolve("b/plan.strategy.json");
        assertNotEquals(backups.folderFor(here), backups.folderFor(there));
        assertEquals(backups.folderFor(here), backups.folderFor(folder.resolve("a/../a/plan.strategy.json")));
        assertTrue(backups.folderFor(here).getFileName().toString().startsWith("plan.strategy.json-"));
        assertEquals(data, backups.folderFor(here).getParent());
    }

    @Test
    void savesInTheSameMillisecondKeepEachVersion() throws Exception {
        Backups backups = new Backups(data, 10, Backups.Place.DATA_FOLDER, clock);
        Path plan = folder.resolve("plan.strategy.json");
        SafeFileWriter writer = new SafeFileWriter(new FileOps(), backups);
        for (int n = 1; n <= 4; n++) {
            writer.write(plan, version(n)); // the clock stands still
        }
        assertEquals(List.of("version 3\n", "version 2\n", "version 1\n"),
                backups.of(plan).stream().map(b -> uncheckedText(b)).toList());
    }

    @Test
    void filesOfOtherNamesInTheFolderAreNeitherListedNorRemoved() throws Exception {
        Backups backups = new Backups(data, 1, Backups.Place.DATA_FOLDER, clock);
        Path plan = saveVersions(backups, 2);
        Path stranger = Files.writeString(backups.folderFor(plan).resolve("notes.strategy.json"), "mine");
        saveVersions(backups, 3);
        assertEquals(1, backups.of(plan).size());
        assertTrue(Files.exists(stranger));
        assertFalse(Backups.timeOf(stranger).isPresent());
    }
}
