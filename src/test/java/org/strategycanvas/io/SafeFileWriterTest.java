package org.strategycanvas.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycanvas.model.Project;

class SafeFileWriterTest {

    @TempDir
    Path dir;

    private final Project project = ProjectWriterTest.small();

    /** The app's data folder, where the backups go: never the person's folder, {@link #dir}. */
    @TempDir
    Path data;

    private Backups backups() {
        return new Backups(data, 10, Backups.Place.DATA_FOLDER);
    }

    private List<String> backedUpTexts(Path target) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Backup backup : backups().of(target)) {
            texts.add(Files.readString(backup.file()));
        }
        return texts;
    }

    @Test
    void firstSaveWritesTheFileAndNoBackup() throws Exception {
        Path target = dir.resolve("plan.strategy.json");
        FileStamp stamp = new ProjectFiles(backups()).save(project, target);
        assertArrayEquals(new ProjectWriter().write(project), Files.readAllBytes(target));
        assertEquals(List.of(), backups().of(target));
        assertEquals(Files.size(target), stamp.size());
        assertOnlyFiles("plan.strategy.json");
    }

    @Test
    void nextSaveKeepsThePreviousBytesAsABackupOutOfThePersonsFolder() throws Exception {
        Path target = Files.writeString(dir.resolve("plan.strategy.json"), "old bytes");
        new ProjectFiles(backups()).save(project, target);
        assertEquals(List.of("old bytes"), backedUpTexts(target));
        assertTrue(backups().of(target).get(0).file().startsWith(data));
        assertEquals(project, new ProjectFiles().open(target).project());
        assertOnlyFiles("plan.strategy.json");
    }

    @Test
    void aWriterWithoutBackupsKeepsNone() throws Exception {
        Path target = Files.writeString(dir.resolve("plan.strategy.json"), "old bytes");
        new ProjectFiles().save(project, target);
        assertEquals(project, new ProjectFiles().open(target).project());
        assertOnlyFiles("plan.strategy.json");
    }

    @Test
    void anOldBakFileBesideThePlanIsLeftAlone() throws Exception {
        Path target = Files.writeString(dir.resolve("plan.strategy.json"), "current");
        Files.writeString(SafeFileWriter.backupOf(target), "from an older version of the app");
        new ProjectFiles(backups()).save(project, target);
        assertEquals("from an older version of the app", Files.readString(SafeFileWriter.backupOf(target)));
        assertEquals(List.of("current"), backedUpTexts(target));
        assertOnlyFiles("plan.strategy.json", "plan.strategy.json.bak");
    }

    @Test
    void aWriteFailingMidwayLeavesTargetAndBackupsAsTheyWere() throws Exception {
        Path target = Files.writeString(dir.resolve("plan.strategy.json"), "older");
        new SafeFileWriter(new FileOps(), backups()).write(target, "current".getBytes(StandardCharsets.UTF_8));
        FileOps failing = new FileOps() {
            @Override
            public void writeDurably(Path file, byte[] bytes) throws IOException {
                Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
                throw new FileSystemException(file.toString(), null, "No space left on device");
            }
        };
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> new SafeFileWriter(failing, backups()).write(target, new ProjectWriter().write(project)));
        assertEquals("io.save.diskFull", e.key());
        assertTrue(e.getMessage().contains("plan.strategy.json"));
        assertEquals("current", Files.readString(target));
        assertEquals(List.of("older"), backedUpTexts(target));
        assertOnlyFiles("plan.strategy.json");
    }

    @Test
    void aFailingFinalMoveLeavesTheTargetAndCleansUp() throws Exception {
        Path target = Files.writeString(dir.resolve("plan.strategy.json"), "current");
        FileOps failing = new FileOps() {
            @Override
            public void replace(Path from, Path to) throws IOException {
                if (to.equals(target.toAbsolutePath())) {
                    throw new AccessDeniedException(to.toString());
                }
                super.replace(from, to);
            }
        };
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> new SafeFileWriter(failing, backups()).write(target, new byte[] {'{', '}'}));
        assertEquals("io.save.accessDenied", e.key());
        assertEquals("current", Files.readString(target));
        assertEquals(List.of("current"), backedUpTexts(target), "the backup taken before the move is whole");
        assertOnlyFiles("plan.strategy.json");
        try (Stream<Path> left = Files.list(backups().folderFor(target))) {
            assertEquals(1, left.count(), "no temporary file left among the backups");
        }
    }

    @Test
    void aBackupThatCannotBeKeptDoesNotStopTheSave() throws Exception {
        Path target = Files.writeString(dir.resolve("plan.strategy.json"), "current");
        Files.writeString(data.resolve("blocked"), "a file where the backups' folder would go");
        Backups blocked = new Backups(data.resolve("blocked"), 10, Backups.Place.DATA_FOLDER);
        new SafeFileWriter(new FileOps(), blocked).write(target, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(target));
        assertOnlyFiles("plan.strategy.json");
    }

    @Test
    void eachKindOfFailureHasItsSentence() {
        Path folder = dir;
        assertEquals("io.save.readOnly", SafeFileWriter.failure(
                new FileSystemException("x", null, "Read-only file system"), "p", folder).key());
        assertEquals("io.save.readOnly", SafeFileWriter.failure(
                new java.nio.file.ReadOnlyFileSystemException(), "p", folder).key());
        assertEquals("io.save.accessDenied", SafeFileWriter.failure(new AccessDeniedException("x"), "p", folder).key());
        // EPERM, what an immutable folder answers even to root (found by SaveFaultsTest): not a vague "failed"
        assertEquals("io.save.accessDenied", SafeFileWriter.failure(
                new FileSystemException("x", null, "Operation not permitted"), "p", folder).key());
        assertEquals("io.save.diskFull", SafeFileWriter.failure(
                new IOException("There is not enough space on the disk"), "p", folder).key());
        assertEquals("io.save.failed", SafeFileWriter.failure(new IOException("weird"), "p", folder).key());
    }

    /**
     * Found by the fault tests: saving gave the plan the temporary file's owner-only permissions, so a plan
     * shared with a team (rw-rw-r--) became unreadable to it after one save, and new plans were owner-only.
     */
    @Test
    void savingKeepsThePlansPermissionsAndANewPlanGetsTheFoldersUsualOnes() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews()
                .contains("posix"), "POSIX permissions only");
        Path shared = Files.writeString(dir.resolve("shared.strategy.json"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        new ProjectFiles().save(project, shared);
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));

        Path fresh = dir.resolve("fresh.strategy.json");
        new ProjectFiles().save(project, fresh);
        Path usual = Files.createFile(dir.resolve("any-new-file"));
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(fresh));
    }

    @Test
    void aMissingFolderIsSaidPlainly() {
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> new ProjectFiles().save(project, dir.resolve("gone/plan.strategy.json")));
        assertEquals("io.save.folderMissing", e.key());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void changesOnDiskAreDetectedByContent() throws Exception {
        ProjectFiles files = new ProjectFiles();
        Path target = dir.resolve("plan.strategy.json");
        FileStamp stamp = files.save(project, target);
        assertFalse(files.changedSince(target, stamp));
        assertFalse(files.changedSince(target, files.open(target).stamp()));
        byte[] bytes = Files.readAllBytes(target);
        bytes[bytes.length - 3] = 'X'; // same size, other content
        Files.write(target, bytes);
        assertTrue(files.changedSince(target, stamp));
        Files.delete(target);
        assertTrue(files.changedSince(target, stamp));
    }

    /** A save killed midway leaves its temporary file; the next save of that plan removes it, and only it. */
    @Test
    void theNextSaveRemovesTheTemporaryFilesAKilledSaveLeft() throws Exception {
        Path target = dir.resolve("plan.strategy.json");
        Path killed = Files.writeString(dir.resolve(".plan.strategy.json.8125977311284931.tmp"), "half a plan");
        Path running = Files.writeString(dir.resolve(".plan.strategy.json.4417.tmp"), "a save under way");
        Path otherPlan = Files.writeString(dir.resolve(".other.strategy.json.77.tmp"), "another plan's");
        Path notOurs = Files.writeString(dir.resolve(".plan.strategy.json.notes.tmp"), "someone's file");
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        for (Path file : List.of(killed, otherPlan, notOurs)) {
            Files.setLastModifiedTime(file, hourAgo);
        }
        new ProjectFiles(backups()).save(project, target);
        assertOnlyFiles("plan.strategy.json", running.getFileName().toString(), otherPlan.getFileName().toString(),
                notOurs.getFileName().toString());
    }

    private void assertOnlyFiles(String... names) throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            assertEquals(java.util.Set.of(names),
                    listing.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
    }
}
