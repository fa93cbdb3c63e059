package org.strategycanvas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Where the settings, the journal and the backups go on each system, and how the properties move them. */
class AppFoldersTest {

    private static UnaryOperator<String> of(Map<String, String> values) {
        return values::get;
    }

    private static final UnaryOperator<String> NO_ENV = of(Map.of());

    @Test
    void linuxFollowsTheXdgFolders() {
        UnaryOperator<String> linux = of(Map.of("os.name", "Linux", "user.home", "/home/ana"));
        assertEquals(Path.of("/home/ana/.config/strategy-canvas"), AppFolders.config(linux, NO_ENV));
        assertEquals(Path.of("/home/ana/.local/share/strategy-canvas"), AppFolders.data(linux, NO_ENV));
        UnaryOperator<String> xdg = of(Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/dat"));
        assertEquals(Path.of("/cfg/strategy-canvas"), AppFolders.config(linux, xdg));
        assertEquals(Path.of("/dat/strategy-canvas"), AppFolders.data(linux, xdg));
    }

    @Test
    void windowsKeepsSettingsRoamingAndDataLocal() {
        UnaryOperator<String> windows = of(Map.of("os.name", "Windows 11", "user.home", "C:\\Users\\ana"));
        UnaryOperator<String> env = of(Map.of("APPDATA", "C:\\Users\\ana\\AppData\\Roaming",
                "LOCALAPPDATA", "C:\\Users\\ana\\AppData\\Local"));
        assertEquals(Path.of("C:\\Users\\ana\\AppData\\Roaming", "StrategyCanvas"), AppFolders.config(windows, env));
        assertEquals(Path.of("C:\\Users\\ana\\AppData\\Local", "StrategyCanvas"), AppFolders.data(windows, env));
    }

    @Test
    void macOsUsesApplicationSupport() {
        UnaryOperator<String> mac = of(Map.of("os.name", "Mac OS X", "user.home", "/Users/ana"));
        Path support = Path.of("/Users/ana", "Library", "Application Support", "StrategyCanvas");
        assertEquals(support, AppFolders.config(mac, NO_ENV));
        assertEquals(support, AppFolders.data(mac, NO_ENV));
    }

    @Test
    void thePropertiesMoveThemAndDataFollowsTheConfigFolderWhenOnlyItIsGiven() {
        UnaryOperator<String> both = of(Map.of("os.name", "Linux", "user.home", "/home/ana",
                AppFolders.CONFIG_PROPERTY, "/tmp/cfg", AppFolders.DATA_PROPERTY, "/tmp/data"));
        assertEquals(Path.of("/tmp/cfg"), AppFolders.config(both, NO_ENV));
        assertEquals(Path.of("/tmp/data"), AppFolders.data(both, NO_ENV));
        UnaryOperator<String> configOnly = of(Map.of("os.name", "Linux", "user.home", "/home/ana",
                AppFolders.CONFIG_PROPERTY, "/tmp/cfg"));
        assertEquals(Path.of("/tmp/cfg"), AppFolders.data(configOnly, NO_ENV));
    }
}
