package org.strategycanvas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The migration mechanism, with a pretend format version 2 that renames a key. */
class MigrationsTest {

    /** Pretend v2 used to call the title "name": v1 files carry "title", the fake step turns it around. */
    private static final Migration UPPERCASE_TITLE = new Migration() {
        @Override
        public int fromVersion() {
            return 1;
        }

        @Override
        public void apply(ObjectNode root) {
            ObjectNode project = (ObjectNode) root.get("project");
            project.put("title", project.get("title").asText().toUpperCase());
        }
    };

    private final byte[] version1 = new ProjectWriter().write(ProjectWriterTest.small());

    @Test
    void productionHasNoStepsAndReadsVersion1AsIs() throws Exception {
        ProjectReader.Result r = new ProjectReader().read(version1, "a.strategy.json");
        assertEquals(1, r.fileVersion());
        assertEquals(ProjectWriterTest.small(), r.project());
    }

    @Test
    void olderFilesGoThroughEveryStepBeforeBinding() throws Exception {
        ProjectReader reader = new ProjectReader(new Migrations(List.of(UPPERCASE_TITLE), 2));
        ProjectReader.Result r = reader.read(version1, "a.strategy.json");
        assertEquals("PLAN \"ÉTÉ\"", r.project().info().title());
        assertEquals(1, r.fileVersion());
    }

    @Test
    void aFileAlreadyAtTheCurrentVersionIsNotMigrated() throws Exception {
        byte[] version2 = new String(version1, StandardCharsets.UTF_8)
                .replace("\"schemaVersion\": 1", "\"schemaVersion\": 2").getBytes(StandardCharsets.UTF_8);
        ProjectReader.Result r = new ProjectReader(new Migrations(List.of(UPPERCASE_TITLE), 2))
                .read(version2, "a.strategy.json");
        assertEquals("Plan \"été\"", r.project().info().title());
        assertEquals(2, r.fileVersion());
    }

    @Test
    void aMissingStepIsAPlainError() {
        ProjectReader reader = new ProjectReader(new Migrations(List.of(), 2));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> reader.read(version1, "a.strategy.json"));
        assertEquals("io.error.missingMigration", e.key());
        assertTrue(e.getMessage().contains("a.strategy.json"));
    }

    @Test
    void typeErrorsAfterMigrationNameThePlaceInstead() {
        Migration breaksBudget = new Migration() {
            @Override
            public int fromVersion() {
                return 1;
            }

            @Override
            public void apply(ObjectNode root) {
                ((ObjectNode) root.get("touchpoints").get(0)).put("budget", "lots");
            }
        };
        ProjectReader reader = new ProjectReader(new Migrations(List.of(breaksBudget), 2));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> reader.read(version1, "a.strategy.json"));
        assertEquals("io.error.wrongType.noLocation", e.key());
        assertTrue(e.getMessage().contains("touchpoint 1 (tp-4)"), e.getMessage());
    }

    @Test
    void newerThanTheRegistryIsRefused() {
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> new ProjectReader(new Migrations(List.of(), 0 + 1)).read(new String(version1,
                        StandardCharsets.UTF_8).replace("\"schemaVersion\": 1", "\"schemaVersion\": 2")
                        .getBytes(StandardCharsets.UTF_8), "b.strategy.json"));
        assertEquals("io.error.newerVersion", e.key());
        assertTrue(e.getMessage().contains("update the app"), e.getMessage());
    }

    @Test
    void stepsOutsideTheRangeAreAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new Migrations(List.of(UPPERCASE_TITLE), 1));
    }
}
