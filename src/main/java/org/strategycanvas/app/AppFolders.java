package org.strategycanvas.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Where the app keeps its own files on each system: the settings in the configuration folder, the autosave
 * journal and the backups in the data folder. Two system properties move them (tests, a portable setup):
 * {@value #CONFIG_PROPERTY} and {@value #DATA_PROPERTY}; with only the first given, the data goes there too.
 */
public final class AppFolders {

    public static final String CONFIG_PROPERTY = "strategycanvas.configDir";
    public static final String DATA_PROPERTY = "strategycanvas.dataDir";

    private AppFolders() {
    }

    /** The configuration folder of this machine and person. */
    public static Path config() {
        return config(System::getProperty, System::getenv);
    }

    /** The data folder of this machine and person. */
    public static Path data() {
        return data(System::getProperty, System::getenv);
    }

    /**
     * Linux: {@code $XDG_CONFIG_HOME/strategy-canvas} or {@code ~/.config/strategy-canvas}; Windows:
     * {@code %APPDATA%\StrategyCanvas}; macOS: {@code ~/Library/Application Support/StrategyCanvas}.
     */
    static Path config(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String override = properties.apply(CONFIG_PROPERTY);
        if (given(override)) {
            return Path.of(override);
        }
        String home = properties.apply("user.home");
        switch (os(properties)) {
            case WINDOWS:
                return Path.of(orElse(environment.apply("APPDATA"), home), "StrategyCanvas");
            case MAC:
                return Path.of(home, "Library", "Application Support", "StrategyCanvas");
            default:
                return Path.of(orElse(environment.apply("XDG_CONFIG_HOME"), home + "/.config"), "strategy-canvas");
        }
    }

    /**
     * Linux: {@code $XDG_DATA_HOME/strategy-canvas} or {@code ~/.local/share/strategy-canvas}; Windows:
     * {@code %LOCALAPPDATA%\StrategyCanvas} (the journal and backups stay on this machine); macOS:
     * {@code ~/Library/Application Support/StrategyCanvas}, beside the settings.
     */
    static Path data(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String override = properties.apply(DATA_PROPERTY);
        if (given(override)) {
            return Path.of(override);
        }
        if (given(properties.apply(CONFIG_PROPERTY))) {
            return config(properties, environment);
        }
        String home = properties.apply("user.home");
        switch (os(properties)) {
            case WINDOWS:
                String local = environment.apply("LOCALAPPDATA");
                return given(local) ? Path.of(local, "StrategyCanvas")
                        : Path.of(home, "AppData", "Local", "StrategyCanvas");
            case MAC:
                return Path.of(home, "Library", "Application Support", "StrategyCanvas");
            default:
                return Path.of(orElse(environment.apply("XDG_DATA_HOME"), home + "/.local/share"), "strategy-canvas");
        }
    }

    private enum Os { WINDOWS, MAC, OTHER }

    private static Os os(UnaryOperator<String> properties) {
        String name = String.valueOf(properties.apply("os.name")).toLowerCase(Locale.ROOT);
        return name.contains("win") ? Os.WINDOWS : name.contains("mac") ? Os.MAC : Os.OTHER;
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private static String orElse(String value, String fallback) {
        return given(value) ? value : fallback;
    }
}
