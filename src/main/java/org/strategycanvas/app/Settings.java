package org.strategycanvas.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The person's preferences (language, recent files), kept in the OS's configuration folder. A settings
 * file that cannot be read is ignored: preferences are never worth refusing to start over.
 */
public final class Settings {

    public static final int MAX_RECENT = 8;
    private static final String FILE_NAME = "settings.properties";

    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    /** Settings in the given folder (tests), loaded if present. */
    public static Settings in(Path folder) {
        Settings settings = new Settings(folder.resolve(FILE_NAME));
        settings.load();
        return settings;
    }

    /** Settings in the OS's configuration folder, or in {@code -Dstrategycanvas.configDir} when given. */
    public static Settings forUser() {
        return in(configFolder());
    }

    static Path configFolder() {
        String override = System.getProperty("strategycanvas.configDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "StrategyCanvas");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "StrategyCanvas");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : home + "/.config", "strategy-canvas");
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
