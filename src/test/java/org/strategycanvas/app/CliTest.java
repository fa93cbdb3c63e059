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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycanvas.io.Backups;
import org.strategycanvas.io.ProjectFiles;
import org.strategycanvas.testing.SchemaCheck;

class CliTest {

    private static final String SAMPLE = "assets/samples/boulangerie-martin.strategy.json";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** "Today" for the objectives' status: 15 May 2026. */
    private static final Clock MAY_15 = Clock.fixed(Instant.parse("2026-05-15T12:00:00Z"), ZoneOffset.UTC);

    private int run(String... args) {
        return new Cli(new ProjectFiles(), Locale.ENGLISH, MAY_15).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
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

    /**
     * The mix is weighted by the budgets of the active scenario, "better", over all twelve touchpoints,
     * whatever their dates (see ScenarioBudgets): a touchpoint with actions costs its actions' "better"
     * budgets, one without keeps its own. Instagram 250 + 150 = 400 (60/30/10), ads 600 (0/5/95), site 1200
     * (85/10/5), app 480 (80/10/10), store 80 (80/15/5); SEO, reviews and the newsletter have actions worth 0;
     * the blog keeps 300 (75/20/5) and the workshops 350.50 (40/30/30); word of mouth and phone have 0.
     * Total 3410.5. Owned 24000 + 0 + 102000 + 38400 + 6400 + 22500 + 14020 = 207320 → 60.79 %;
     * earned 12000 + 3000 + 12000 + 4800 + 1200 + 6000 + 10515 = 49515 → 14.52 %;
     * paid 4000 + 57000 + 6000 + 4800 + 400 + 1500 + 10515 = 84215 → 24.69 %.
     * Floors 60 + 14 + 24 = 98; the largest remainders, .79 (owned) and .69 (paid), take the points: 61/14/25.
     */
    /*
     * Budgets of the ten actions (good / better / best): 0/0/150, 800/1200/2000, 0/250/400, 300/600/900,
     * 480/480/480, 0/0/0, 40/80/120, 0/0/0, 60/150/300, 0/0/0: totals 1680, 2760, 4350.
     * Status on 15 May, plan start 2 March; the latest actuals are those of 30 April, day 59:
     * orders 40 → 150 by 31 Dec (304 days): 40 + 110 × 59/304 = 61.35, actual 75: on track;
     * subscribers 120 → 600 by 30 Sep (212 days): 120 + 480 × 59/212 = 253.58, actual 150: off track;
     * the reviews objective has no deadline: no data.
     */
    @Test
    void infoPrintsCountsPerFamilyAndTheMix() {
        assertEquals(0, run("info", SAMPLE));
        assertEquals("""
                {
                  "title": "Boulangerie Martin — plan digital 2026",
                  "schemaVersion": 3,
                  "touchpoints": {
                    "web": 2,
                    "mobile": 1,
                    "social": 2,
                    "email": 1,
                    "advertising": 2,
                    "offline": 4
                  },
                  "links": 16,
                  "notes": 2,
                  "zones": 4,
                  "mix": {
                    "owned": 61,
                    "earned": 14,
                    "paid": 25
                  },
                  "budget": {
                    "good": 1680,
                    "better": 2760,
                    "best": 4350
                  },
                  "objectives": [
                    {
                      "title": "Développer les commandes en ligne",
                      "status": "on-track"
                    },
                    {
                      "title": "Fidéliser par la newsletter",
                      "status": "off-track"
                    },
                    {
                      "title": "Être la boulangerie la mieux notée du quartier",
                      "status": "no-data"
                    }
                  ]
                }
                """, out());
    }

    @Test
    void infoGivesTheEqualWeightMixWithoutBudgetsAndNullWithoutTouchpoints() throws Exception {
        String sample = Files.readString(Path.of(SAMPLE));
        // Every budget set to 0, the touchpoints' own and the actions' in each scenario: the mean of the
        // twelve splits. Owned 60+70+0+0+85+10+75+80+80+90+90+40 = 680,
        // earned 30+30+5+100+10+85+20+10+15+5+5+30 = 345, paid 10+0+95+0+5+5+5+10+5+5+5+30 = 175 (sum 1200):
        // 56.67 / 28.75 / 14.58; floors 56 + 28 + 14 = 98; remainders .67, .75, .58: earned, then owned.
        Path noBudget = Files.writeString(dir.resolve("free.strategy.json"),
                sample.replaceAll("\"budget\": [0-9.]+", "\"budget\": 0")
                        .replaceAll("\"(good|better|best)\": [0-9.]+", "\"$1\": 0"));
        assertEquals(0, run("info", noBudget.toString()));
        assertTrue(out().contains("\"owned\": 57,\n    \"earned\": 29,\n    \"paid\": 14\n"), out());
        out.reset();
        Path empty = Files.writeString(dir.resolve("empty.strategy.json"),
                sample.replaceAll("(?s)\"touchpoints\": \\[.*?\n  \\],", "\"touchpoints\": [],")
                        .replaceAll("(?s)\"links\": \\[.*?\n  \\],", "\"links\": [],")
                        .replaceAll("(?s)\n  \"actions\": \\[.*?\n  \\],", "\n  \"actions\": [],"));
        assertEquals(0, run("info", empty.toString()), err());
        assertTrue(out().contains("\"zones\": 4,\n  \"mix\": null,\n  \"budget\": {\n    \"good\": 0,"), out());
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
        Backups backups = new Backups(dir.resolve("data"), 10, Backups.Place.DATA_FOLDER);
        assertEquals(0, new Cli(new ProjectFiles(backups), Locale.ENGLISH, MAY_15).run(
                new String[] {"upgrade", file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertArrayEquals(canonical, Files.readAllBytes(file));
        Path kept = backups.of(file).get(0).file();
        assertEquals(reformatted, Files.readString(kept));
        assertTrue(kept.startsWith(dir.resolve("data")), "kept in the data folder, not beside the file: " + kept);
        assertTrue(out().contains("rewritten in format version 3"), out());
        assertTrue(out().contains("the previous file is kept as " + kept), out());
        out.reset();
        assertEquals(0, run("upgrade", file.toString()));
        assertTrue(out().contains("already in the current format"), out());
    }

    @Test
    void upgradeTurnsAVersion1FileIntoCanonicalVersion3Bytes() throws Exception {
        Path v1 = Path.of("src/test/resources/v1/boulangerie-martin.strategy.json");
        Path file = Files.copy(v1, dir.resolve("old.strategy.json"));
        assertEquals(0, run("upgrade", file.toString()));
        assertTrue(out().contains("rewritten in format version 3 (it was version 1)"), out());
        byte[] upgraded = Files.readAllBytes(file);
        assertTrue(out().contains("no backup is kept"), "the test's files keep no backup: " + out());
        assertFalse(Files.exists(dir.resolve("old.strategy.json.bak")));
        String text = new String(upgraded, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"schemaVersion\": 3,"), text);
        assertTrue(text.contains("\"budget\": 600,\n      \"activeFrom\": null,\n      \"activeTo\": null,\n"
                + "      \"stages\": []\n"), text);
        assertTrue(text.contains("""
                  "mixPlan": {
                    "unit": "month",
                    "periodCount": 12,
                    "gapThreshold": 15,
                    "phases": [],
                    "targets": []
                  },
                """), text);
        assertTrue(text.endsWith("""
                  "activeScenario": "good",
                  "actions": [],
                  "actuals": [],
                  "versions": []
                }
                """), text);
        // Canonical: what the writer makes of what it reads back, byte for byte; a second upgrade changes nothing.
        assertArrayEquals(upgraded, new ProjectFiles().toBytes(new ProjectFiles().open(file).project()));
        SchemaCheck.assertValid(upgraded);
        out.reset();
        assertEquals(0, run("upgrade", file.toString()));
        assertTrue(out().contains("already in the current format (version 3)"), out());
    }

    @Test
    void upgradeTurnsTheKeptVersion2FileIntoCanonicalVersion3Bytes() throws Exception {
        Path v2 = Path.of("src/test/resources/v2/boulangerie-martin.strategy.json");
        Path file = Files.copy(v2, dir.resolve("v2.strategy.json"));
        assertEquals(0, run("upgrade", file.toString()));
        assertTrue(out().contains("rewritten in format version 3 (it was version 2)"), out());
        byte[] upgraded = Files.readAllBytes(file);
        assertArrayEquals(upgraded, new ProjectFiles().toBytes(new ProjectFiles().open(file).project()));
        SchemaCheck.assertValid(upgraded);
        String text = new String(upgraded, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"owner\": \"\"\n"), text);
        assertTrue(text.contains("\"stage\": null\n"), text);
    }

    @Test
    void helpVersionAndMistakes() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("validate") && out().contains("upgrade") && out().contains("info"));
        out.reset();
        assertEquals(0, run("--version"));
        // The pom's version, filled in by the build, also when run from the classes rather than the jar.
        assertEquals("Strategy Canvas " + AppVersion.get() + "\n", out());
        assertFalse(AppVersion.get().equals("dev") || AppVersion.get().contains("${"));
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
