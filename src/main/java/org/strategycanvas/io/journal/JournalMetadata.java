package org.strategycanvas.io.journal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.strategycanvas.io.FileStamp;

/**
 * What the journal says about an unsaved document beside its content: its title, the file it belongs to
 * (none while untitled) and how that file looked when last opened or saved, and when it was journaled.
 */
public record JournalMetadata(String title, Path file, FileStamp fileStamp, Instant written) {

    private static final String TITLE = "title";
    private static final String FILE = "file";
    private static final String SIZE = "file.size";
    private static final String SHA = "file.sha256";
    private static final String MODIFIED = "file.modified";
    private static final String WRITTEN = "written";

    public Optional<Path> originalFile() {
        return Optional.ofNullable(file);
    }

    byte[] toBytes() {
        Properties values = new Properties();
        values.setProperty(TITLE, title == null ? "" : title);
        values.setProperty(WRITTEN, written.toString());
        if (file != null) {
            values.setProperty(FILE, file.toAbsolutePath().toString());
        }
        if (file != null && fileStamp != null) {
            values.setProperty(SIZE, Long.toString(fileStamp.size()));
            values.setProperty(SHA, fileStamp.sha256());
            if (fileStamp.lastModified() != null) {
                values.setProperty(MODIFIED, Long.toString(fileStamp.lastModified().toMillis()));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            values.store(out, "Strategy Canvas: an unsaved document");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen in memory", e);
        }
        return bytes.toByteArray();
    }

    /** Reads the metadata back; empty when the file is missing or does not make sense. */
    static Optional<JournalMetadata> read(Path properties) {
        Properties values = new Properties();
        try (InputStream in = Files.newInputStream(properties)) {
            values.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Instant written = Instant.parse(values.getProperty(WRITTEN, ""));
            String fileName = values.getProperty(FILE);
            Path file = fileName == null || fileName.isBlank() ? null : Path.of(fileName);
            return Optional.of(new JournalMetadata(values.getProperty(TITLE, ""), file, stamp(values), written));
        } catch (IOException | IllegalArgumentException | DateTimeException e) { // NumberFormat, InvalidPath…
            return Optional.empty();
        }
    }

    private static FileStamp stamp(Properties values) {
        String size = values.getProperty(SIZE);
        String sha = values.getProperty(SHA);
        if (size == null || sha == null) {
            return null;
        }
        String modified = values.getProperty(MODIFIED);
        return new FileStamp(Long.parseLong(size), modified == null ? null : FileTime.fromMillis(Long.parseLong(modified)),
                sha);
    }
}
