package org.strategycanvas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.MixPlan;
import org.strategycanvas.model.plan.Plan;
import org.strategycanvas.testing.SchemaCheck;

/** The real migration 1 to 2, and the mechanism with a pretend format version 4. */
class MigrationsTest {

    static final Path VERSION_1_SAMPLE = Path.of("src/test/resources/v1/boulangerie-martin.strategy.json");
    static final Path VERSION_2_SAMPLE = Path.of("src/test/resources/v2/boulangerie-martin.strategy.json");

    /** Pretend v4 wants titles in capitals. */
    private static final Migration UPPERCASE_TITLE = new Migration() {
        @Override
        public int fromVersion() {
            return 3;
        }

        @Override
        public void apply(ObjectNode root) {
            ObjectNode project = (ObjectNode) root.get("project");
            project.put("title", project.get("title").asText().toUpperCase());
        }
    };

    private final byte[] version3 = new ProjectWriter().write(ProjectWriterTest.small());

    private static byte[] withVersion(byte[] file, int from, int to) {
        return new String(file, StandardCharsets.UTF_8)
                .replace("\"schemaVersion\": " + from, "\"schemaVersion\": " + to).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theKeptVersion1FileIsAValidVersion1File() throws Exception {
        byte[] bytes = Files.readAllBytes(VERSION_1_SAMPLE);
        SchemaCheck.assertValidVersion1(bytes);
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\"schemaVersion\": 1,"));
    }

    @Test
    void aVersion1FileOpensMigratedToTheExpectedProject() throws Exception {
        ProjectReader.Result r = new ProjectReader().read(Files.readAllBytes(VERSION_1_SAMPLE), "v1.strategy.json");
        assertEquals(1, r.fileVersion());
        assertEquals(SampleProjects.boulangerieMartinVersion1(), r.project());
        assertEquals(MixPlan.DEFAULT, r.project().mixPlan());
        assertTrue(r.project().touchpoints().stream().allMatch(t -> t.activeFrom() == null && t.activeTo() == null));
        SchemaCheck.assertValid(new ProjectWriter().write(r.project()));
    }

    @Test
    void theKeptVersion2FileIsAValidVersion2File() throws Exception {
        byte[] bytes = Files.readAllBytes(VERSION_2_SAMPLE);
        SchemaCheck.assertValidVersion2(bytes);
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\"schemaVersion\": 2,"));
    }

    @Test
    void aVersion2FileOpensMigratedToTheExpectedProject() throws Exception {
        ProjectReader.Result r = new ProjectReader().read(Files.readAllBytes(VERSION_2_SAMPLE), "v2.strategy.json");
        assertEquals(2, r.fileVersion());
        assertEquals(SampleProjects.boulangerieMartinVersion2(), r.project());
        assertEquals(Plan.DEFAULT, r.project().plan());
        assertTrue(r.project().objectives().stream().allMatch(o -> o.owner().isEmpty()));
        assertTrue(r.project().touchpoints().stream().allMatch(t -> t.stages().isEmpty()));
        SchemaCheck.assertValid(new ProjectWriter().write(r.project()));
    }

    @Test
    void version2To3FillsThePlanWithDefaults() throws Exception {
        ObjectNode root = (ObjectNode) JsonMappers.reader().readTree(Files.readAllBytes(VERSION_2_SAMPLE));
        new Version2To3().apply(root);
        assertEquals("", root.get("objectives").get(0).get("owner").asText());
        assertEquals(0, root.get("touchpoints").get(0).get("stages").size());
        assertTrue(root.get("zones").get(0).get("stage").isNull());
        assertEquals("good", root.get("activeScenario").asText());
        assertEquals(3, root.get("scenarios").size());
        assertEquals("", root.get("brief").get("purpose").asText());
        assertTrue(root.get("brief").get("staff").get("available").isNull());
        assertEquals(0, root.get("actions").size() + root.get("actuals").size() + root.get("versions").size());
    }

    @Test
    void version2To3LeavesOddShapesForTheReaderToReport() {
        ObjectNode root = JsonMappers.reader().createObjectNode();
        root.putArray("objectives").addNull().add("text");
        root.put("zones", 7);
        new Version2To3().apply(root);
        assertTrue(root.get("objectives").get(0).isNull());
        assertEquals(7, root.get("zones").asInt());
        assertTrue(root.has("brief") && root.has("versions"));
    }

    @Test
    void aVersion2TypeErrorKeepsItsLineAndColumn() throws Exception {
        String text = Files.readString(VERSION_2_SAMPLE).replaceFirst("\"budget\": 600", "\"budget\": \"lots\"");
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> new ProjectReader().read(text.getBytes(StandardCharsets.UTF_8), "v2.strategy.json"));
        assertEquals("io.error.wrongType", e.key(), e.getMessage());
        assertTrue(e.getMessage().contains("at line"), e.getMessage());
    }

    @Test
    void version1To2AddsNullActivityDatesAndTheDefaultMixPlan() throws Exception {
        ObjectNode root = (ObjectNode) JsonMappers.reader().readTree(Files.readAllBytes(VERSION_1_SAMPLE));
        new Version1To2().apply(root);
        for (JsonNode touchpoint : root.get("touchpoints")) {
            assertTrue(touchpoint.get("activeFrom").isNull() && touchpoint.get("activeTo").isNull());
        }
        JsonNode mixPlan = root.get("mixPlan");
        assertEquals("month", mixPlan.get("unit").asText());
        assertEquals(12, mixPlan.get("periodCount").asInt());
        assertEquals(15, mixPlan.get("gapThreshold").asInt());
        assertEquals(0, mixPlan.get("phases").size());
        assertEquals(0, mixPlan.get("targets").size());
    }

    @Test
    void theMigrationLeavesOddShapesForTheReaderToReport() {
        ObjectNode root = JsonMappers.reader().createObjectNode();
        root.putArray("touchpoints").addNull().add(3);
        new Version1To2().apply(root);
        assertTrue(root.get("touchpoints").get(0).isNull());
        assertTrue(root.has("mixPlan"));
    }

    @Test
    void olderFilesGoThroughEveryStepBeforeBinding() throws Exception {
        ProjectReader reader = new ProjectReader(new Migrations(List.of(new Version1To2(), new Version2To3(), UPPERCASE_TITLE), 4));
        ProjectReader.Result r = reader.read(Files.readAllBytes(VERSION_1_SAMPLE), "a.strategy.json");
        assertEquals("BOULANGERIE MARTIN — PLAN DIGITAL 2026", r.project().info().title());
        assertEquals(MixPlan.DEFAULT, r.project().mixPlan());
        assertEquals(1, r.fileVersion());
    }

    @Test
    void aFileAlreadyAtTheCurrentVersionIsNotMigrated() throws Exception {
        ProjectReader.Result r = new ProjectReader(new Migrations(List.of(new Version1To2(), new Version2To3(), UPPERCASE_TITLE), 4))
                .read(withVersion(version3, 3, 4), "a.strategy.json");
        assertEquals("Plan \"été\"", r.project().info().title());
        assertEquals(4, r.fileVersion());
    }

    @Test
    void aMissingStepIsAPlainError() {
        ProjectReader reader = new ProjectReader(new Migrations(List.of(new Version1To2(), new Version2To3()), 4));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> reader.read(version3, "a.strategy.json"));
        assertEquals("io.error.missingMigration", e.key());
        assertTrue(e.getMessage().contains("a.strategy.json"));
    }

    @Test
    void typeErrorsAfterMigrationNameThePlaceInstead() {
        Migration breaksBudget = new Migration() {
            @Override
            public int fromVersion() {
                return 3;
            }

            @Override
            public void apply(ObjectNode root) {
                ((ObjectNode) root.get("touchpoints").get(0)).put("budget", "lots");
            }
        };
        ProjectReader reader = new ProjectReader(new Migrations(List.of(new Version1To2(), new Version2To3(),
                breaksBudget), 4));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> reader.read(version3, "a.strategy.json"));
        assertEquals("io.error.wrongType.noLocation", e.key());
        assertTrue(e.getMessage().contains("touchpoint 1 (tp-4)"), e.getMessage());
    }

    @Test
    void newerThanThisBuildIsRefused() {
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> new ProjectReader().read(withVersion(version3, 3, 4), "b.strategy.json"));
        assertEquals("io.error.newerVersion", e.key());
        assertTrue(e.getMessage().contains("update the app"), e.getMessage());
    }

    @Test
    void stepsOutsideTheRangeAreAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new Migrations(List.of(UPPERCASE_TITLE), 2));
        assertThrows(IllegalArgumentException.class, () -> new Migrations(List.of(new Version1To2(),
                new Version1To2()), 2));
    }
}
