package org.strategycanvas.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinimapSettingTest {

    @Test
    void theMinimapIsOnUntilTurnedOffAndTheChoiceIsRemembered(@TempDir Path folder) {
        Settings settings = Settings.in(folder);
        assertTrue(settings.minimapShown(), "on by default");
        settings.setMinimapShown(false);
        settings.save();
        assertFalse(Settings.in(folder).minimapShown(), "read back off");
        settings.setMinimapShown(true);
        settings.save();
        assertTrue(Settings.in(folder).minimapShown());
    }
}
