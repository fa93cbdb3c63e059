package org.strategycanvas.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.strategycanvas.io.Backups;

/**
 * The person's preferences (language, recent files, autosave, backups…), kept in the OS's configuration
 * folder; the data folder beside them holds the autosave journal and the backups (see {@link AppFolders}).
 * A settings file that cannot be read is ignored: preferences are never worth refusing to start over.
 */
public final class Settings {

    public static final int MAX_RECENT = 8;
    public static final Duration DEFAULT_AUTOSAVE = Duration.ofSeconds(5);
    public static final Duration LONGEST_AUTOSAVE = Duration.ofMinutes(10);
    private static final String FILE_NAME = "settings.properties";
    private static final String AUTOSAVE = "autosave.seconds";
    private static final String BACKUPS_KEPT = "backups.kept";
    private static final String BACKUPS_PLACE = "backups.place";

    private final Path file;
    private final Path dataFolder;
    private final Properties values = new Properties();

    private Settings(Path file, Path dataFolder) {
        this.file = file;
        this.dataFolder = dataFolder;
    }

    /** Settings in the given folder, loaded if present, with the journal and backups in the same folder (tests). */
    public static Settings in(Path folder) {
        return in(folder, folder);
    }

    /** Settings in the given folder, loaded if present, with the journal and backups in {@code dataFolder}. */
    public static Settings in(Path folder, Path dataFolder) {
        Settings settings = new Settings(folder.resolve(FILE_NAME), dataFolder);
        settings.load();
        return settings;
    }

    /** Settings in the OS's folders, or those the system properties name (see {@link AppFolders}). */
    public static Settings forUser() {
        return in(AppFolders.config(), AppFolders.data());
    }

    /** Where the autosave journal and the backups (unless kept beside the files) live. */
    public Path dataFolder() {
        return dataFolder;
    }

    private void load() {
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                values.clear();
            }
        }
    }

    /** Saves quietly: losing a preference is not worth interrupting the person. */
    public void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                values.store(out, "Strategy Canvas settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // Preferences are a convenience; the document itself is saved elsewhere, safely.
        }
    }

    public Optional<Locale> language() {
        String tag = values.getProperty("language");
        return tag == null || tag.isBlank() ? Optional.empty() : Optional.of(Locale.forLanguageTag(tag));
    }

    public void setLanguage(Locale locale) {
        values.setProperty("language", locale.toLanguageTag());
    }

    /** The screen the projector window was last put on, as the presentation remembers it; empty if never. */
    public Optional<String> projectorScreen() {
        return Optional.ofNullable(values.getProperty("presentation.screen"));
    }

    public void setProjectorScreen(String screen) {
        values.setProperty("presentation.screen", screen);
    }

    /** Whether the presentation glides from frame to frame (the default) or jumps. */
    public boolean presentationTransitions() {
        return !"false".equals(values.getProperty("presentation.transitions"));
    }

    public void setPresentationTransitions(boolean on) {
        values.setProperty("presentation.transitions", String.valueOf(on));
    }

    /** Whether the canvas may show its minimap when the plan does not fit the view; yes unless turned off. */
    public boolean minimapShown() {
        return !"false".equals(values.getProperty("minimap"));
    }

    public void setMinimapShown(boolean shown) {
        values.setProperty("minimap", Boolean.toString(shown));
    }

    /** How often at most unsaved changes are journaled: every 5 seconds unless changed, 1 s to 10 min. */
    public Duration autosaveInterval() {
        long seconds = number(AUTOSAVE, DEFAULT_AUTOSAVE.toSeconds());
        return Duration.ofSeconds(Math.max(1, Math.min(LONGEST_AUTOSAVE.toSeconds(), seconds)));
    }

    public void setAutosaveInterval(Duration interval) {
        values.setProperty(AUTOSAVE, Long.toString(interval.toSeconds()));
    }

    /** How many previous versions of each saved file are kept: 10 unless changed, 0 for none. */
    public int backupsKept() {
        return (int) Math.max(0, Math.min(Backups.MOST_KEPT, number(BACKUPS_KEPT, Backups.DEFAULT_KEPT)));
    }

    public void setBackupsKept(int kept) {
        values.setProperty(BACKUPS_KEPT, Integer.toString(kept));
    }

    /** Where the backups go: the app's data folder unless the person asked for beside the files. */
    public Backups.Place backupsPlace() {
        return "beside-file".equals(values.getProperty(BACKUPS_PLACE)) ? Backups.Place.BESIDE_FILE
                : Backups.Place.DATA_FOLDER;
    }

    public void setBackupsPlace(Backups.Place place) {
        values.setProperty(BACKUPS_PLACE, place == Backups.Place.BESIDE_FILE ? "beside-file" : "data-folder");
    }

    /** The backups as these settings ask for them, for the next save. */
    public Backups backups() {
        return new Backups(dataFolder.resolve("backups"), backupsKept(), backupsPlace());
    }

    private long number(String key, long fallback) {
        try {
            return Long.parseLong(values.getProperty(key, "").strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The id of the window's theme (light, dark, projector); empty until one is chosen. */
    public Optional<String> theme() {
        return Optional.ofNullable(values.getProperty("theme")).filter(id -> !id.isBlank());
    }

    public void setTheme(String id) {
        values.setProperty("theme", id);
    }

    public List<Path> recentFiles() {
        List<Path> result = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = values.getProperty("recent." + i);
            if (value != null && !value.isBlank()) {
                result.add(Path.of(value));
            }
        }
        return result;
    }

    /** Puts a file at the top of the recent list. */
    public void addRecentFile(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>(recentFiles());
        recent.remove(absolute);
        recent.add(0, absolute);
        setRecentFiles(recent);
    }

    public void removeRecentFile(Path path) {
        List<Path> recent = new ArrayList<>(recentFiles());
        recent.remove(path.toAbsolutePath().normalize());
        setRecentFiles(recent);
    }

    private void setRecentFiles(List<Path> recent) {
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                values.setProperty("recent." + i, recent.get(i).toString());
            } else {
                values.remove("recent." + i);
            }
        }
    }
}
