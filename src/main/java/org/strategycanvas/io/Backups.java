package org.strategycanvas.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The previous versions of a saved file. Each save that replaces a file first keeps the version it replaces
 * here; the last {@code kept} are kept, the oldest removed first. They live in the app's data folder,
 * {@code backups/<file name>-<id of the file's full path>/}, out of the person's folders, or, when asked,
 * beside the file in {@code <file name>.backups/}. Each is named by the moment it was kept, in UTC, so
 * names sort by age: {@code 20260312T143205.123Z.strategy.json}.
 */
public final class Backups {

    /** Where the backups go. */
    public enum Place { DATA_FOLDER, BESIDE_FILE }

    public static final int DEFAULT_KEPT = 10;
    public static final int MOST_KEPT = 100;
    static final String BESIDE_SUFFIX = ".backups";
    private static final String TEMP_PREFIX = ".backup.";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int NAME_LENGTH = "20260312T143205.123Z".length();

    private final Path dataFolder;
    private final int kept;
    private final Place place;
    private final Clock clock;

    /**
     * @param dataFolder the folder backups go to when kept in the data folder (each file gets a folder there)
     * @param kept       how many versions of each file to keep; 0 keeps none
     */
    public Backups(Path dataFolder, int kept, Place place, Clock clock) {
        if (kept < 0) {
            throw new IllegalArgumentException("kept must not be negative");
        }
        this.dataFolder = dataFolder;
        this.kept = kept;
        this.place = place;
        this.clock = clock;
    }

    public Backups(Path dataFolder, int kept, Place place) {
        this(dataFolder, kept, place, Clock.systemUTC());
    }

    /** Keeps no backup at all. */
    public static Backups none() {
        return new Backups(null, 0, Place.BESIDE_FILE);
    }

    public int kept() {
        return kept;
    }

    public Place place() {
        return place;
    }

    /** The folder holding the backups of this file. */
    public Path folderFor(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = String.valueOf(absolute.getFileName());
        if (place == Place.BESIDE_FILE || dataFolder == null) {
            return absolute.resolveSibling(name + BESIDE_SUFFIX);
        }
        String shortName = name.length() > 40 ? name.substring(0, 40) : name;
        String id = FileStamp.sha256(absolute.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return dataFolder.resolve(shortName + "-" + id);
    }

    /**
     * Keeps the file as it is now among its backups: its bytes go to a temporary file in the backup folder,
     * are forced to disk, and take their final name in one step, so a backup is never partial.
     */
    void keep(Path file, FileOps ops) throws IOException {
        if (kept == 0) {
            return;
        }
        Path folder = folderFor(file);
        Files.createDirectories(folder);
        byte[] bytes = Files.readAllBytes(file);
        Path temp = Files.createTempFile(folder, TEMP_PREFIX, ".tmp");
        try {
            ops.writeDurably(temp, bytes);
            ops.replace(temp, freeName(folder, clock.instant()));
            ops.syncFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes this file's oldest backups beyond the number kept; nothing when none are kept. */
    void prune(Path file) throws IOException {
        if (kept == 0) {
            return;
        }
        List<Backup> all = of(file);
        for (Backup old : all.subList(Math.min(kept, all.size()), all.size())) {
            Files.deleteIfExists(old.file());
        }
    }

    /** This file's backups, newest first; files of other names in the folder are not backups. */
    public List<Backup> of(Path file) throws IOException {
        Path folder = folderFor(file);
        List<Backup> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*" + ProjectFormat.EXTENSION)) {
            for (Path entry : entries) {
                Optional<Instant> time = timeOf(entry);
                if (time.isPresent() && Files.isRegularFile(entry)) {
                    found.add(new Backup(entry, time.get(), Files.size(entry)));
                }
            }
        }
        found.sort(Comparator.comparing(Backup::time).reversed());
        return found;
    }

    private static Path freeName(Path folder, Instant now) {
        Instant time = now;
        Path name = folder.resolve(NAME.format(time) + ProjectFormat.EXTENSION);
        while (Files.exists(name)) { // two saves in the same millisecond
            time = time.plusMillis(1);
            name = folder.resolve(NAME.format(time) + ProjectFormat.EXTENSION);
        }
        return name;
    }

    static Optional<Instant> timeOf(Path backup) {
        String name = String.valueOf(backup.getFileName());
        if (name.length() != NAME_LENGTH + ProjectFormat.EXTENSION.length()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(NAME.parse(name.substring(0, NAME_LENGTH))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
