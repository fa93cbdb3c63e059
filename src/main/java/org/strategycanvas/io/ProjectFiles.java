package org.strategycanvas.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.strategycanvas.model.Project;

/** Opening and saving project files: the one entry point of the io layer for the app and the command line. */
public final class ProjectFiles {

    private final ProjectReader reader;
    private final ProjectWriter writer;
    private final SafeFileWriter safeWriter;

    /** Files saved without keeping backups. */
    public ProjectFiles() {
        this(new ProjectReader(), new ProjectWriter(), new SafeFileWriter());
    }

    /** Files saved keeping the versions they replace in these backups. */
    public ProjectFiles(Backups backups) {
        this(new ProjectReader(), new ProjectWriter(), new SafeFileWriter(new FileOps(), backups));
    }

    public ProjectFiles(ProjectReader reader, ProjectWriter writer, SafeFileWriter safeWriter) {
        this.reader = reader;
        this.writer = writer;
        this.safeWriter = safeWriter;
    }

    public OpenedProject open(Path file) throws ProjectFileException {
        Optional<OpenedProject> readAhead = OpenAhead.take(file);
        return readAhead.isPresent() ? readAhead.get() : read(file);
    }

    /** Reads the file now, on this thread. */
    OpenedProject read(Path file) throws ProjectFileException {
        String name = nameOf(file);
        if (Files.isDirectory(file)) {
            throw new ProjectFileException("io.error.isFolder", name);
        }
        byte[] bytes;
        FileTime modified;
        try {
            long size = Files.size(file);
            if (size > ProjectFormat.MAX_FILE_BYTES) {
                throw TextBytes.tooLarge(size, name);
            }
            modified = Files.getLastModifiedTime(file);
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(e, "io.error.notFound", name);
        } catch (AccessDeniedException e) {
            throw new ProjectFileException(e, "io.error.readAccessDenied", name);
        } catch (IOException | OutOfMemoryError e) {
            throw new ProjectFileException(e, "io.error.unreadable", name);
        }
        // The stamp's hash of a large file takes as long as reading it: worked out meanwhile, on another thread.
        byte[] read = bytes;
        CompletableFuture<FileStamp> stamp = CompletableFuture.supplyAsync(() -> FileStamp.of(read, modified),
                SideWork.executor());
        ProjectReader.Result result;
        try {
            result = reader.read(bytes, name);
        } catch (OutOfMemoryError e) {
            // The reader's limits keep a file's pieces to a few hundred MB; on a smaller heap, what it held is
            // garbage now, and the window carries on.
            throw new ProjectFileException(e, "io.error.unreadable", name);
        }
        return new OpenedProject(result.project(), stamp.join(), result.fileVersion());
    }

    /** Saves safely (see {@link SafeFileWriter}) and returns the stamp of what is now on disk. */
    public FileStamp save(Project project, Path file) throws ProjectFileException {
        return safeWriter.write(file, writer.write(project));
    }

    public Backups backups() {
        return safeWriter.backups();
    }

    /** Whether someone else changed the file since it was opened or saved; ask before overwriting. */
    public boolean changedSince(Path file, FileStamp stamp) {
        try {
            return stamp.changedOnDisk(file);
        } catch (IOException e) {
            return true;
        }
    }

    public byte[] toBytes(Project project) {
        return writer.write(project);
    }

    static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
