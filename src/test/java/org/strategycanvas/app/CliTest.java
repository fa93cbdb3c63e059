package org.strategycanvas.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycanvas.io.ProjectFiles;

class CliTest {

    private static final String SAMPLE = "assets/samples/boulangerie-martin.strategy.json";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new ProjectFiles(), Locale.ENGLISH).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validateSaysOkForGoodFilesAndOneLinePerBadFile() throws Exception {
        Path garbage = Files.write(dir.resolve("garbage.strategy.json"), new byte[] {1, 2, 0, (byte) 0xff});
        Path syntax = Files.writeString(dir.resolve("syntax.strategy.json"), "{\n  \"format\": oops\n}");
        assertEquals(1, run("validate", SAMPLE, garbage.toString(), syntax.toString()));
        assertEquals(SAMPLE + ": ok\n", out());
        String[] lines = err().split("\n");
        assertEquals(2, lines.length, err());
        assertTrue(lines[0].startsWith(garbage + ": The file garbage.strategy.json"), lines[0]);
        assertTrue(lines[1].contains("line 2, column"), lines[1]);
        assertFalse(err().contains("Exception") || err().contains("\tat "));
    }

    @Test
    void validateExitsZeroWhenAllAreValid() {
        assertEquals(0, run("validate", SAMPLE));
        assertEquals("", err());
    }

    @Test
    void infoPrintsCountsPerFamily() {
        assertEquals(0, run("info", SAMPLE));
        assertEquals("""
                {
                  "title": "Boulangerie Martin — plan digital 2026",
                  "schemaVersion": 1,
                  "touchpoints": {
                    "web": 2,
                    "mobile": 1,
                    "social": 2,
                    "email": 1,
                    "advertising": 2,
                    "offline": 4
                  },
                  "objectives": 3,
                  "links": 16,
                  "notes": 2,
                  "zones": 4
                }
                """, out());
    }

    @Test
    void infoOnABadFileIsOnePlainLine() {
        assertEquals(1, run("info", dir.resolve("missing.strategy.json").toString()));
        assertEquals(1, err().split("\n").length);
        assertTrue(err().contains("does not exist"), err());
    }

    @Test
    void upgradeRewritesCanonicalBytesAndKeepsABackup() throws Exception {
        byte[] canonical = Files.readAllBytes(Path.of(SAMPLE));
        String reformatted = new String(canonical, StandardCharsets.UTF_8).replace("\n  ", "\r\n    ");
        Path file = Files.writeString(dir.resolve("plan.strategy.json"), reformatted);
        assertEquals(0, run("upgrade", file.toString()));
        assertArrayEquals(canonical, Files.readAllBytes(file));
        assertEquals(reformatted, Files.readString(dir.resolve("plan.strategy.json.bak")));
        assertTrue(out().contains("rewritten in format version 1"), out());
        out.reset();
        assertEquals(0, run("upgrade", file.toString()));
        assertTrue(out().contains("already in the current format"), out());
    }

    @Test
    void helpVersionAndMistakes() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("validate") && out().contains("upgrade") && out().contains("info"));
        out.reset();
        assertEquals(0, run("--version"));
        assertEquals("Strategy Canvas dev\n", out());
        assertEquals(2, run("frobnicate", "x"));
        assertEquals(2, run("validate"));
        assertEquals(2, run("info", "a", "b"));
        assertEquals(3, err().split("\n").length, err());
        assertTrue(err().contains("--help"));
    }

    @Test
    void launcherOpensTheWindowOnlyForNothingOrOneFile() {
        assertTrue(Launcher.opensWindow(new String[0]));
        assertTrue(Launcher.opensWindow(new String[] {"plan.strategy.json"}));
        assertFalse(Launcher.opensWindow(new String[] {"validate"}));
        assertFalse(Launcher.opensWindow(new String[] {"--version"}));
        assertFalse(Launcher.opensWindow(new String[] {"a.json", "b.json"}));
    }
}
