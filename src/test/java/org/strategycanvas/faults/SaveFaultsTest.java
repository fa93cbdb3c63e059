package org.strategycanvas.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.io.Backup;
import org.strategycanvas.io.Backups;
import org.strategycanvas.io.FileOps;
import org.strategycanvas.io.ProjectFileException;
import org.strategycanvas.io.ProjectFiles;
import org.strategycanvas.io.ProjectReader;
import org.strategycanvas.io.ProjectWriter;
import org.strategycanvas.io.SafeFileWriter;
import org.strategycanvas.model.Project;

/**
 * Saving onto a full disk or into a read-only folder: one plain sentence in each language, the plan on disk
 * and its backup as they were, and no temporary file left behind.
 */
class SaveFaultsTest {

    private static final Project OLD = FaultPlans.generate(40, 1, 0);
    private static final Project NEW = FaultPlans.generate(60, 2, 1);
    private static final byte[] OLD_BYTES = new ProjectWriter().write(OLD);
    private static final byte[] OLDER_BYTES = "older, kept as backup\n".getBytes();
    private static final byte[] NEW_BYTES = new ProjectWriter().write(NEW);

    @TempDir
    Path root;

    /**
     * Every point at which the disk can fill up: before a byte is written, inside the new file, at its last byte,
     * inside the backup copy, and just enough room. Until the new file fits, the save fails and nothing changes;
     * once it fits, the plan is saved, and the version it replaces is kept as a backup only when that fits too
     * (a backup that does not fit is not kept, never partial, and does not stop the save).
     */
    @Test
    void theDiskFillingUpAtAnyPointLeavesThePlanAndItsBackupAsTheyWere() throws Exception {
        int both = NEW_BYTES.length + OLD_BYTES.length;
        Set<Integer> free = new TreeSet<>(Set.of(0, 1, 4096, NEW_BYTES.length / 2, NEW_BYTES.length - 1,
                NEW_BYTES.length, NEW_BYTES.length + 1, NEW_BYTES.length + OLD_BYTES.length / 2, both - 1, both));
        for (int step = 0; step < NEW_BYTES.length; step += NEW_BYTES.length / 17) {
            free.add(step);
        }
        int failures = 0;
        for (int bytes : free) {
            Path folder = Files.createDirectory(root.resolve("free-" + bytes));
            Path plan = planWithBackup(folder);
            Backups backups = new Backups(root.resolve("data-" + bytes), 3, Backups.Place.DATA_FOLDER);
            ProjectFiles files = new ProjectFiles(new ProjectReader(), new ProjectWriter(),
                    new SafeFileWriter(new FullDisk(bytes), backups));
            if (bytes >= NEW_BYTES.length) {
                files.save(NEW, plan);
                assertArrayEquals(NEW_BYTES, Files.readAllBytes(plan), "with room for the new file, it is saved");
                List<Backup> kept = backups.of(plan);
                if (bytes >= both) {
                    assertEquals(1, kept.size());
                    assertArrayEquals(OLD_BYTES, Files.readAllBytes(kept.get(0).file()), "the replaced version");
                } else {
                    assertEquals(List.of(), kept, "no partial backup with " + bytes + " bytes free");
                }
                assertArrayEquals(OLDER_BYTES, Files.readAllBytes(SafeFileWriter.backupOf(plan)),
                        "an old .bak beside the plan is left alone");
            } else {
                ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.save(NEW, plan),
                        bytes + " bytes free");
                assertPlainSentence(e, "io.save.diskFull", plan);
                assertUntouched(plan, "with " + bytes + " bytes free");
                assertEquals(List.of(), backups.of(plan));
                failures++;
            }
            assertNoTemporaryFile(folder);
            Path backupFolder = backups.folderFor(plan);
            if (Files.isDirectory(backupFolder)) {
                try (Stream<Path> listing = Files.list(backupFolder)) {
                    assertEquals(List.of(), listing.filter(f -> f.toString().endsWith(".tmp")).toList(),
                            "no temporary backup left with " + bytes + " bytes free");
                }
            }
        }
        long tooSmall = free.stream().filter(b -> b < NEW_BYTES.length).count();
        assertEquals(tooSmall, failures, "every size too small for the new file failed, and only those");
        System.out.printf("Full disk: %d points where the disk filled up, each said plainly, the plan and its "
                + "backup unchanged, no temporary file left.%n", failures);
    }

    /** The kernel's own "no space left" (ENOSPC from /dev/full), through the JDK: the same plain sentence. */
    @Test
    void theSystemsOwnNoSpaceLeftIsSaidPlainly() throws Exception {
        Path devFull = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.isWritable(devFull), "/dev/full is not here: no real full device to write to");
        FileOps intoDevFull = new FileOps() {
            @Override
            public void writeDurably(Path file, byte[] bytes) throws IOException {
                try (FileChannel channel = FileChannel.open(devFull, StandardOpenOption.WRITE)) {
                    channel.write(ByteBuffer.wrap(bytes));
                }
            }
        };
        IOException real = assertThrows(IOException.class, () -> intoDevFull.writeDurably(null, NEW_BYTES));
        assertEquals(FullDisk.NO_SPACE, real.getMessage(), "the JDK's words, which FullDisk copies");
        Path folder = Files.createDirectory(root.resolve("dev-full"));
        Path plan = planWithBackup(folder);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> new ProjectFiles(
                new ProjectReader(), new ProjectWriter(), new SafeFileWriter(intoDevFull)).save(NEW, plan));
        assertPlainSentence(e, "io.save.diskFull", plan);
        assertUntouched(plan, "on /dev/full");
        assertNoTemporaryFile(folder);
    }

    @Test
    void aReadOnlyFolderIsSaidPlainlyAndNothingChanges() throws Exception {
        Path folder = Files.createDirectory(root.resolve("read-only"));
        Path plan = planWithBackup(folder);
        try (ReadOnlyFolder locked = ReadOnlyFolder.of(folder)) {
            ProjectFileException e = assertThrows(ProjectFileException.class,
                    () -> new ProjectFiles().save(NEW, plan));
            assertPlainSentence(e, "io.save.accessDenied", plan);
            assertUntouched(plan, "in a read-only folder (" + locked.how() + ")");
            assertNoTemporaryFile(folder);
            System.out.printf("Read-only folder (%s): \"%s\"%n", locked.how(), e.message(Locale.ENGLISH));
        }
    }

    private static Path planWithBackup(Path folder) throws IOException {
        Path plan = Files.write(folder.resolve("plan.strategy.json"), OLD_BYTES);
        Files.write(SafeFileWriter.backupOf(plan), OLDER_BYTES);
        return plan;
    }

    /** The sentence of {@code key} in English and French: one line, the file named, nothing technical. */
    static void assertPlainSentence(ProjectFileException e, String key, Path plan) {
        assertEquals(key, e.key(), e::toString);
        for (Locale locale : Messages.SUPPORTED) {
            String sentence = e.message(locale);
            assertEquals(new Messages(locale).get(key, plan.getFileName().toString()), sentence);
            assertFalse(sentence.contains("\n") || sentence.contains("Exception") || sentence.contains("/"),
                    sentence);
            assertTrue(sentence.endsWith("."), sentence);
        }
    }

    private static void assertUntouched(Path plan, String when) throws IOException {
        assertArrayEquals(OLD_BYTES, Files.readAllBytes(plan), "the plan is unchanged " + when);
        assertArrayEquals(OLDER_BYTES, Files.readAllBytes(SafeFileWriter.backupOf(plan)),
                "the backup is unchanged " + when);
    }

    static void assertNoTemporaryFile(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            Set<String> names = listing.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
            assertEquals(Set.of("plan.strategy.json", "plan.strategy.json.bak"), names);
        }
    }
}
