package org.strategycanvas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strategycanvas.i18n.Messages;

/**
 * What the fault tests found (ReaderFuzzTest), kept as plain regressions. Files with a card at 1e15, or 1e9 or
 * 1e308 units wide, were read as valid plans, then opening them hung the window (a link from the far card
 * walked 2e12 cells of the spatial index) or ran out of memory (the stripes of a 1e9-wide mix bar). Positions
 * and sizes now have bounds, far beyond any plan, and beyond them the file is refused with a plain sentence.
 */
class FaultFindingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static byte[] sampleWith(String list, String key, double value) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Files.readAllBytes(
                Path.of("assets", "samples", "boulangerie-martin.strategy.json")));
        ((ObjectNode) root.path(list).get(0)).put(key, value);
        return JSON.writeValueAsBytes(root);
    }

    @ParameterizedTest(name = "{0}.{1} = {2}")
    @CsvSource({
            "touchpoints, x, -1e15",
            "touchpoints, y, 1e300",
            "touchpoints, width, 1e9",
            "touchpoints, width, 1e308",
            "objectives, height, 1e308",
            "zones, x, 10000000.5",
            "notes, width, 1000001",
    })
    void absurdPositionsAndSizesAreRefusedPlainly(String list, String key, double value) throws Exception {
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> new ProjectReader().read(sampleWith(list, key, value), "plan.strategy.json"));
        assertEquals("io.error.numberOutOfRange", e.key());
        String id = JSON.readTree(sampleWith(list, key, value)).path(list).get(0).path("id").asText();
        for (Locale locale : Messages.SUPPORTED) {
            Messages messages = new Messages(locale);
            assertEquals(messages.get("io.error.numberOutOfRange", "plan.strategy.json", key,
                    Places.item(list, 1, id).in(messages)), e.message(locale));
        }
        assertEquals("The file plan.strategy.json has a value for \u201c" + key + "\u201d in "
                + Places.item(list, 1, id).in(new Messages(Locale.ENGLISH)) + " that is too large or too precise.",
                e.message(Locale.ENGLISH));
    }

    @ParameterizedTest(name = "{0}.{1} = {2}")
    @CsvSource({
            "touchpoints, x, -10000000",
            "zones, y, 10000000",
            "zones, width, 1000000",
            "notes, height, 0.001",
    })
    void positionsAndSizesUpToTheBoundsAreRead(String list, String key, double value) throws Exception {
        ProjectReader.Result read = new ProjectReader().read(sampleWith(list, key, value), "plan.strategy.json");
        assertEquals(3, read.fileVersion());
    }

    /** Found by HostileFilesTest: one object of a million made-up keys took seconds and most of a gigabyte. */
    @Test
    void anObjectWithFarMoreKeysThanOursIsRefusedAtItsPlace() {
        StringBuilder text = new StringBuilder("{\"format\": \"strategy-canvas\", \"schemaVersion\": 3");
        for (int i = 0; i < ProjectFormat.MAX_KEYS_PER_OBJECT; i++) {
            text.append(", \"k").append(i).append("\": 0");
        }
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> new ProjectReader()
                .read(text.toString().getBytes(StandardCharsets.UTF_8), "plan.strategy.json"));
        assertEquals("io.error.limit", e.key());
        // the 10,001st key of the top object: "k9998" (after format and schemaVersion) starts at this column
        assertEquals(List.of("plan.strategy.json", 1, text.indexOf("\"k9998\"") + 1), e.args());
    }

    /** Found by HostileFilesTest: 60 MB of "{}," filled a 2 GB heap; a file of more tokens than any plan is refused. */
    @Test
    void aFileOfMoreTokensThanAnyPlanIsRefused() {
        StringBuilder text = new StringBuilder("{\"format\": \"strategy-canvas\", \"schemaVersion\": 3, \"zones\": [");
        text.append("0,".repeat((int) ProjectFormat.MAX_TOKENS)).append("0]}");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> new ProjectReader()
                .read(text.toString().getBytes(StandardCharsets.UTF_8), "plan.strategy.json"));
        assertEquals("io.error.limit", e.key());
    }

    /** On a heap too small for a file's pieces, the window is told plainly instead of losing its thread. */
    @Test
    void runningOutOfMemoryWhileReadingIsSaidPlainly(@TempDir Path folder) throws Exception {
        Migration exhausting = new Migration() {
            @Override
            public int fromVersion() {
                return 2;
            }

            @Override
            public void apply(ObjectNode root) {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        ProjectFiles files = new ProjectFiles(new ProjectReader(new Migrations(List.of(exhausting), 3)),
                new ProjectWriter(), new SafeFileWriter());
        Path v2 = Files.copy(Path.of("src", "test", "resources", "v2", "boulangerie-martin.strategy.json"),
                folder.resolve("plan.strategy.json"));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.open(v2));
        assertEquals("io.error.unreadable", e.key());
    }

    /** Found by ReaderFuzzTest: an exponent of more digits than a decimal can hold escaped the reader. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "92233721e999036854775807|1|1",
            "{\"format\": \"strategy-canvas\",\\n \"schemaVersion\": 1e99999999999999999}|2|19",
    })
    void aNumberWithAHugeExponentIsRefusedAtItsPlace(String text, int line, int column) {
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> new ProjectReader()
                .read(text.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8), "plan.strategy.json"));
        assertEquals("io.error.numberOutOfRangeAt", e.key());
        assertEquals(List.of("plan.strategy.json", line, column), e.args());
    }
}
