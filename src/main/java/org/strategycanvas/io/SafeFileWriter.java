package org.strategycanvas.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file without ever losing data. The new bytes go to a temporary file in the same folder and
 * are forced to disk; only then is the current file kept among its {@link Backups} (through a temporary
 * file of their own) and the new one moved over the target in one step. The target never disappears: a
 * failure at any point leaves it as it was and removes the temporary files. A backup that cannot be kept
 * does not stop the save: the person asked for the save, the backup is a spare.
 */
public final class SafeFileWriter {

    private static final String TEMPORARY_SUFFIX = ".tmp";
    private static final Duration LEFTOVER_AGE = Duration.ofMinutes(10);

    private final FileOps ops;
    private final Backups backups;

    /** A writer that keeps no backup. */
    public SafeFileWriter() {
        this(new FileOps());
    }

    public SafeFileWriter(FileOps ops) {
        this(ops, Backups.none());
    }

    public SafeFileWriter(FileOps ops, Backups backups) {
        this.ops = ops;
        this.backups = backups;
    }

    /**
     * Where versions before rolling backups kept their single backup, beside the file. No longer written;
     * such files are left alone.
     */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ProjectFormat.BACKUP_SUFFIX);
    }

    public Backups backups() {
        return backups;
    }

    public FileStamp write(Path target, byte[] bytes) throws ProjectFileException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        String name = String.valueOf(absolute.getFileName());
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ProjectFileException("io.save.folderMissing", name, String.valueOf(folder));
        }
        Path newTemp = null;
        try {
            newTemp = newTemporaryFile(folder, name, absolute);
            ops.writeDurably(newTemp, bytes);
            boolean replacing = Files.isRegularFile(absolute);
            if (replacing) {
                keepBackup(absolute);
            }
            ops.replace(newTemp, absolute);
            ops.syncFolder(folder);
            if (replacing) {
                pruneBackups(absolute);
            }
            removeLeftovers(folder, name);
            return FileStamp.of(bytes, Files.getLastModifiedTime(absolute));
        } catch (IOException | RuntimeException e) {
            throw failure(e, name, folder);
        } finally {
            deleteQuietly(newTemp);
        }
    }

    private void keepBackup(Path file) {
        try {
            backups.keep(file, ops);
        } catch (IOException | RuntimeException e) {
            // the save goes on: the file itself is still replaced safely
        }
    }

    private void pruneBackups(Path file) {
        try {
            backups.prune(file);
        } catch (IOException | RuntimeException e) {
            // an old backup left over is harmless; the next save tries again
        }
    }

    /**
     * Removes this plan's temporary files that a save killed midway (power cut, kill -9) left in its folder. Only
     * those older than {@link #LEFTOVER_AGE}: a save takes seconds at most, so an older one belongs to no save still
     * running, even in another window.
     */
    private static void removeLeftovers(Path folder, String name) {
        String prefix = "." + name + ".";
        Instant before = Instant.now().minus(LEFTOVER_AGE);
        try (DirectoryStream<Path> temporary = Files.newDirectoryStream(folder, file -> {
            String fileName = file.getFileName().toString();
            return fileName.startsWith(prefix) && fileName.endsWith(TEMPORARY_SUFFIX)
                    && isNumber(fileName.substring(prefix.length(), fileName.length() - TEMPORARY_SUFFIX.length()));
        })) {
            for (Path file : temporary) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    deleteQuietly(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the save itself went through; the next one tries again
        }
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * An empty file beside the target, with the permissions the plan will keep: the target's own when it exists
     * (a plan shared with a team stays readable by it), else those of any new file in the folder. A temporary
     * file from {@link Files#createTempFile} is readable by its owner only, and the move would have given that to
     * the plan.
     */
    private static Path newTemporaryFile(Path folder, String name, Path target) throws IOException {
        Path file;
        while (true) {
            try {
                file = Files.createFile(folder.resolve("." + name + "."
                        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + TEMPORARY_SUFFIX));
                break;
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
        if (Files.exists(target) && folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, Files.getPosixFilePermissions(target));
        }
        return file;
    }

    /** One plain sentence for each way a save fails. */
    static ProjectFileException failure(Exception e, String name, Path folder) {
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        String text = String.valueOf(reason).toLowerCase(Locale.ROOT);
        String key;
        if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk full")
                || text.contains("quota")) {
            key = "io.save.diskFull";
        } else if (e instanceof ReadOnlyFileSystemException || text.contains("read-only")) {
            key = "io.save.readOnly";
        } else if (e instanceof AccessDeniedException || text.contains("operation not permitted")) {
            // EPERM: an immutable folder (chattr +i), or a file system that refuses the operation to anyone
            key = "io.save.accessDenied";
        } else if (e instanceof NoSuchFileException && !Files.isDirectory(folder)) {
            return new ProjectFileException(e, "io.save.folderMissing", name, String.valueOf(folder));
        } else {
            key = "io.save.failed";
        }
        return new ProjectFileException(e, key, name);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a stray temporary file is harmless; the save outcome is what matters
            }
        }
    }
}
