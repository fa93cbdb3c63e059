package org.strategycanvas.io.journal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.strategycanvas.io.ProjectFileException;
import org.strategycanvas.io.ProjectFiles;
import org.strategycanvas.io.ProjectFormat;
import org.strategycanvas.model.Project;

/** An unsaved document left in the journal of an app that is no longer running. */
public final class RecoverableDocument {

    static final String METADATA_SUFFIX = ".properties";

    private final JournalMetadata metadata;
    private final Path projectFile;
    private final Path metadataFile;

    private RecoverableDocument(JournalMetadata metadata, Path projectFile, Path metadataFile) {
        this.metadata = metadata;
        this.projectFile = projectFile;
        this.metadataFile = metadataFile;
    }

    public JournalMetadata metadata() {
        return metadata;
    }

    /** The document as it was last journaled. */
    public Project read() throws ProjectFileException {
        return new ProjectFiles().open(projectFile).project();
    }

    /** Forgets it: it was recovered (and is in this app's journal now), or the person did not want it. */
    public void discard() {
        try {
            Files.deleteIfExists(metadataFile);
            Files.deleteIfExists(projectFile);
        } catch (IOException e) {
            // offered again next time; the person can discard it then
        }
    }

    /** The complete entries of a journal folder (metadata and content both there), oldest first. */
    static List<RecoverableDocument> in(Path folder) {
        List<RecoverableDocument> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*" + METADATA_SUFFIX)) {
            for (Path metadataFile : entries) {
                String name = metadataFile.getFileName().toString();
                Path projectFile = folder.resolve(
                        name.substring(0, name.length() - METADATA_SUFFIX.length()) + ProjectFormat.EXTENSION);
                Optional<JournalMetadata> metadata = JournalMetadata.read(metadataFile);
                if (metadata.isPresent() && Files.isRegularFile(projectFile)) {
                    found.add(new RecoverableDocument(metadata.get(), projectFile, metadataFile));
                }
            }
        } catch (IOException e) {
            return found;
        }
        found.sort(Comparator.comparing(d -> d.metadata().written()));
        return found;
    }
}
