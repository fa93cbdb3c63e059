package org.strategycanvas.io.journal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.strategycanvas.io.ProjectFormat;
import org.strategycanvas.io.ProjectWriter;
import org.strategycanvas.io.SafeFileWriter;
import org.strategycanvas.model.Project;

/**
 * One open document's place in the journal: its content as a project file, and its {@link JournalMetadata}
 * in a properties file beside it. Both are written atomically, content first: an entry counts once its
 * metadata is there, so a half-made entry is never offered.
 */
public final class JournalEntry {

    private final Journal journal;
    private final Path projectFile;
    private final Path metadataFile;
    private final ProjectWriter writer = new ProjectWriter();
    private final SafeFileWriter files = new SafeFileWriter();

    JournalEntry(Journal journal, Path folder, String name) {
        this.journal = journal;
        this.projectFile = folder.resolve(name + ProjectFormat.EXTENSION);
        this.metadataFile = folder.resolve(name + RecoverableDocument.METADATA_SUFFIX);
    }

    /**
     * Journals this project, serialised on the journal's thread (the project is immutable, so it can be
     * handed over as it is); completes with whether it was written.
     */
    public CompletableFuture<Boolean> write(Project project, JournalMetadata metadata) {
        return journal.submit(() -> {
            files.write(projectFile, writer.write(project));
            files.write(metadataFile, metadata.toBytes());
        });
    }

    /** Removes the entry: its document was saved, or closed without saving on purpose. */
    public CompletableFuture<Boolean> remove() {
        return journal.submit(() -> {
            Files.deleteIfExists(metadataFile);
            Files.deleteIfExists(projectFile);
        });
    }

    public Path projectFile() {
        return projectFile;
    }
}
