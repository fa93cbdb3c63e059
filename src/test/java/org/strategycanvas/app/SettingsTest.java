package org.strategycanvas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path folder;

    @Test
    void languageAndRecentFilesSurviveARestart() {
        Settings settings = Settings.in(folder);
        settings.setLanguage(Locale.FRENCH);
        for (int i = 0; i < Settings.MAX_RECENT + 2; i++) {
            settings.addRecentFile(folder.resolve("plan" + i + ".strategy.json"));
        }
        settings.addRecentFile(folder.resolve("plan3.strategy.json"));
        settings.save();

        Settings again = Settings.in(folder);
        assertEquals(Locale.FRENCH, again.language().orElseThrow());
        List<Path> recent = again.recentFiles();
        assertEquals(Settings.MAX_RECENT, recent.size());
        assertEquals(folder.resolve("plan3.strategy.json"), recent.get(0), "reopening moves a file to the top");
        assertEquals(folder.resolve("plan9.strategy.json"), recent.get(1));
    }

    @Test
    void anUnreadableSettingsFileIsIgnored() throws Exception {
        Files.write(folder.resolve("settings.properties"), new byte[] {'\\', 'u', 'Z', 'Z'});
        Settings settings = Settings.in(folder);
        assertTrue(settings.recentFiles().isEmpty());
        assertTrue(settings.language().isEmpty());
    }
}
