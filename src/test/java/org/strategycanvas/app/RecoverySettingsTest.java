package org.strategycanvas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycanvas.io.Backups;

/** The autosave and backup preferences: their defaults, a round trip through the file, and bad values. */
class RecoverySettingsTest {

    @TempDir
    Path config;

    @TempDir
    Path data;

    @Test
    void defaultsAreFiveSecondsAndTenBackupsInTheDataFolder() {
        Settings settings = Settings.in(config, data);
        assertEquals(Duration.ofSeconds(5), settings.autosaveInterval());
        assertEquals(10, settings.backupsKept());
        assertEquals(Backups.Place.DATA_FOLDER, settings.backupsPlace());
        assertEquals(data, settings.dataFolder());
        assertEquals(data.resolve("backups"), settings.backups().folderFor(config.resolve("p.strategy.json")).getParent());
    }

    @Test
    void everySettingSurvivesARestart() {
        Settings settings = Settings.in(config, data);
        settings.setLanguage(Locale.FRENCH);
        settings.addRecentFile(config.resolve("a.strategy.json"));
        settings.addRecentFile(config.resolve("b.strategy.json"));
        settings.setAutosaveInterval(Duration.ofSeconds(42));
        settings.setBackupsKept(3);
        settings.setBackupsPlace(Backups.Place.BESIDE_FILE);
        settings.save();

        Settings again = Settings.in(config, data);
        assertEquals(Locale.FRENCH, again.language().orElseThrow());
        assertEquals(List.of(config.resolve("b.strategy.json"), config.resolve("a.strategy.json")), again.recentFiles());
        assertEquals(Duration.ofSeconds(42), again.autosaveInterval());
        assertEquals(3, again.backupsKept());
        assertEquals(Backups.Place.BESIDE_FILE, again.backupsPlace());
        assertEquals(3, again.backups().kept());
        assertEquals(config.resolve("p.strategy.json.backups"), again.backups().folderFor(config.resolve("p.strategy.json")));
    }

    @Test
    void zeroBackupsMeansNone() {
        Settings settings = Settings.in(config, data);
        settings.setBackupsKept(0);
        settings.save();
        assertEquals(0, Settings.in(config, data).backups().kept());
    }

    @Test
    void valuesOutOfRangeOrNotNumbersFallBackToSensibleOnes() throws Exception {
        Files.writeString(config.resolve("settings.properties"),
                "autosave.seconds=0\nbackups.kept=100000\nbackups.place=moon\n");
        Settings settings = Settings.in(config, data);
        assertEquals(Duration.ofSeconds(1), settings.autosaveInterval(), "at least a second");
        assertEquals(Backups.MOST_KEPT, settings.backupsKept());
        assertEquals(Backups.Place.DATA_FOLDER, settings.backupsPlace());
        Files.writeString(config.resolve("settings.properties"), "autosave.seconds=soon\nbackups.kept=-4\n");
        settings = Settings.in(config, data);
        assertEquals(Settings.DEFAULT_AUTOSAVE, settings.autosaveInterval());
        assertEquals(0, settings.backupsKept());
    }
}
