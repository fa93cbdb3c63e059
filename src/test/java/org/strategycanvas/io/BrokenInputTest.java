package org.strategycanvas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of broken file is refused with one plain sentence that names the file. */
class BrokenInputTest {

    /** Version 1 files: they are migrated, and must still be refused for the same reasons. */
    private static final Path CORPUS = Path.of("src/test/resources/broken");
    /** Version 2 files, and version 1 files carrying keys that only version 2 has. */
    private static final Path CORPUS_2 = CORPUS.resolve("v2");
    /** Keys whose sentence must give a line and a column. */
    private static final Set<String> LOCATED = Set.of("io.error.syntax", "io.error.truncated", "io.error.trailing",
            "io.error.duplicateKey", "io.error.tooDeep", "io.error.stringTooLong", "io.error.numberTooLong",
            "io.error.unknownField", "io.error.wrongType", "io.error.numberOutOfRangeAt");

    private final ProjectFiles files = new ProjectFiles();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "empty.json, io.error.empty",
            "whitespace-only.json, io.error.empty",
            "binary.json, io.error.binary",
            "invalid-utf8.json, io.error.notUtf8",
            "utf16.json, io.error.utf16",
            "top-level-array.json, io.error.notProject",
            "top-level-string.json, io.error.notProject",
            "top-level-number.json, io.error.notProject",
            "other-program.json, io.error.notProject",
            "wrong-format-marker.json, io.error.notProject",
            "newer-version.json, io.error.newerVersion",
            "version-zero.json, io.error.badVersion",
            "version-as-text.json, io.error.badVersion",
            "missing-version.json, io.error.badVersion",
            "comment.json, io.error.syntax",
            "trailing-content.json, io.error.trailing",
            "trailing-comma.json, io.error.syntax",
            "duplicate-key.json, io.error.duplicateKey",
            "nan.json, io.error.syntax",
            "infinity.json, io.error.syntax",
            "truncated.json, io.error.truncated",
            "single-quotes.json, io.error.syntax",
            "leading-zero.json, io.error.syntax",
            "unknown-property.json, io.error.unknownField",
            "missing-field.json, io.error.missingField",
            "missing-nullable-field.json, io.error.missingField",
            "null-field.json, io.error.nullField",
            "null-list.json, io.error.nullField",
            "null-item.json, io.error.nullField",
            "text-for-number.json, io.error.wrongType",
            "number-for-text.json, io.error.wrongType",
            "fraction-for-percent.json, io.error.wrongType",
            "object-for-list.json, io.error.wrongType",
            "huge-percent.json, io.error.numberOutOfRangeAt",
            "unknown-touchpoint-type.json, io.error.unknownType",
            "unknown-tone.json, io.error.unknownTone",
            "unknown-link-kind.json, io.error.unknownKind",
            "split-not-100.json, io.error.badSplit",
            "split-negative.json, io.error.badSplit",
            "negative-budget.json, io.error.negativeBudget",
            "zero-width.json, io.error.badSize",
            "negative-height.json, io.error.badSize",
            "overflowing-position.json, io.error.notFinite",
            "huge-exponent-budget.json, io.error.numberOutOfRange",
            "impossible-date.json, io.error.badDate",
            "french-date.json, io.error.badDate",
            "empty-id.json, io.error.emptyId",
            "duplicate-id.json, io.error.duplicateId",
            "dangling-link.json, io.error.danglingLink",
            "self-link.json, io.error.selfLink",
    })
    void corpusFileIsRefusedPlainly(String name, String expectedKey) {
        assertRefused(CORPUS.resolve(name), expectedKey);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "unknown-period-unit.json, io.error.unknownUnit",
            "period-count-zero.json, io.error.badPeriodCount",
            "period-count-too-many.json, io.error.badPeriodCount",
            "phase-out-of-range.json, io.error.badPhase",
            "phase-backwards.json, io.error.badPhase",
            "target-outside-plan.json, io.error.targetOutsidePlan",
            "negative-target-period.json, io.error.targetOutsidePlan",
            "duplicate-target-period.json, io.error.duplicateTarget",
            "target-split-not-100.json, io.error.badSplit",
            "active-to-before-from.json, io.error.activeRangeBackwards",
            "french-active-date.json, io.error.badDate",
            "gap-threshold-over-100.json, io.error.badGapThreshold",
            "missing-mix-plan.json, io.error.missingField",
            "null-mix-plan.json, io.error.nullField",
            "missing-active-to.json, io.error.missingField",
            "missing-target-split.json, io.error.missingField",
            "text-for-period-count.json, io.error.wrongType",
            "unknown-phase-key.json, io.error.unknownField",
            "v1-with-mix-plan.json, io.error.unknownField",
            "v1-with-active-dates.json, io.error.unknownField",
    })
    void version2CorpusFileIsRefusedPlainly(String name, String expectedKey) {
        assertRefused(CORPUS_2.resolve(name), expectedKey);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown-period-unit.json | unknown period unit \u201cquarter\u201d in the mix plan"
                    + " | unité de période inconnue « quarter » dans le plan du mix média",
            "period-count-too-many.json | sets 261 periods in the mix plan; a plan has 1 to 260 periods"
                    + " | indique 261 périodes dans le plan du mix média ; un plan en compte de 1 à 260",
            "phase-out-of-range.json | phase 1 (\u201cLancement\u201d) of the mix plan running from period 0 to"
                    + " period 12; a phase runs forward within the plan's periods 0 to 11"
                    + " | la phase 1 (« Lancement ») du plan du mix média, qui va de la période 0 à la période 12",
            "target-outside-plan.json | sets target 2 of the mix plan for period 12, outside the plan's periods 0 to 11"
                    + " | fixe le mix visé 2 du plan du mix média pour la période 12, hors des périodes 0 à 11",
            "duplicate-target-period.json | sets target 2 of the mix plan for period 0, which already has a target"
                    + " | fixe le mix visé 2 du plan du mix média pour la période 0, qui a déjà un mix visé",
            "active-to-before-from.json | has touchpoint 1 (tp-4) active until 2026-02-28, before its start on 2026-03-01"
                    + " | indique que le point de contact 1 (tp-4) est actif jusqu'au 2026-02-28, avant son début le 2026-03-01",
            "gap-threshold-over-100.json | sets a gap threshold of 101 points in the mix plan"
                    + " | indique un seuil d'écart de 101 points dans le plan du mix média",
            "target-split-not-100.json | has a media split in target 2 of the mix plan that is not"
                    + " | contient dans le mix visé 2 du plan du mix média une répartition",
            "text-for-period-count.json | \u201cperiodCount\u201d in the mix plan, at line"
                    + " | « periodCount » dans le plan du mix média, à la ligne",
            "unknown-phase-key.json | unknown entry \u201ccolour\u201d in phase 1 (\u201cLancement\u201d) of the mix plan"
                    + " | entrée inconnue « colour » dans la phase 1 (« Lancement ») du plan du mix média",
    })
    void version2ErrorsNameThePlaceInBothLanguages(String name, String english, String french) {
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.open(CORPUS_2.resolve(name)));
        assertTrue(e.getMessage().contains(english), e.getMessage());
        assertTrue(e.message(Locale.FRENCH).contains(french), e.message(Locale.FRENCH));
    }

    @Test
    void theVersion2CorpusBaseIsValid() throws Exception {
        assertEquals(2, files.open(CORPUS_2.resolve("valid-base.json")).project().mixPlan().targets().size());
    }

    @Test
    void theCorpusBaseIsValid() throws Exception {
        assertEquals(2, files.open(CORPUS.resolve("valid-base.json")).project().touchpoints().size());
    }

    @Test
    void placesNameTheElementByNumberAndId() {
        ProjectFileException e = assertRefused(CORPUS.resolve("split-not-100.json"), "io.error.badSplit");
        assertTrue(e.getMessage().contains("touchpoint 2 (tp-6)"), e.getMessage());
        assertTrue(e.message(Locale.FRENCH).contains("le point de contact 2 (tp-6)"), e.message(Locale.FRENCH));
    }

    @Test
    void typeErrorsGiveTheFieldTheExpectedKindAndThePlace() {
        ProjectFileException e = assertRefused(CORPUS.resolve("text-for-number.json"), "io.error.wrongType");
        assertTrue(e.getMessage().contains("\u201cbudget\u201d in touchpoint 1 (tp-4), at line 64, column"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("a number was expected."), e.getMessage());
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted(@TempDir Path dir) throws Exception {
        byte[] plain = Files.readAllBytes(CORPUS.resolve("valid-base.json"));
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);
        Path file = Files.write(dir.resolve("bom.strategy.json"), withBom);
        assertEquals(files.open(CORPUS.resolve("valid-base.json")).project(), files.open(file).project());
    }

    @Test
    void aFileOver64MegabytesIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.strategy.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(70L * 1024 * 1024); // sparse: instant to create, never read
        }
        ProjectFileException e = assertRefused(file, "io.error.tooLarge");
        assertTrue(e.getMessage().contains("70 MB"), e.getMessage());
    }

    @Test
    void nestingTenThousandDeepIsRefused(@TempDir Path dir) throws IOException {
        String deep = "{\"format\":\"strategy-canvas\",\"project\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertRefused(Files.writeString(dir.resolve("deep.strategy.json"), deep), "io.error.tooDeep");
    }

    @Test
    void aFiveMegabyteStringIsRefused(@TempDir Path dir) throws IOException {
        String base = Files.readString(CORPUS.resolve("valid-base.json"));
        String huge = base.replace("\"text\": \"Idée\"", "\"text\": \"" + "a".repeat(5 * 1024 * 1024) + "\"");
        assertRefused(Files.writeString(dir.resolve("long.strategy.json"), huge), "io.error.stringTooLong");
    }

    @Test
    void aTwoThousandDigitNumberIsRefused(@TempDir Path dir) throws IOException {
        String base = Files.readString(CORPUS.resolve("valid-base.json"));
        String huge = base.replace("\"budget\": 1000", "\"budget\": 1" + "0".repeat(1999));
        assertRefused(Files.writeString(dir.resolve("digits.strategy.json"), huge), "io.error.numberTooLong");
    }

    @Test
    void missingFileAndFolderGetTheirSentences(@TempDir Path dir) {
        assertRefused(dir.resolve("nowhere.strategy.json"), "io.error.notFound");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.open(dir));
        assertEquals("io.error.isFolder", e.key());
    }

    private ProjectFileException assertRefused(Path file, String expectedKey) {
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.open(file));
        String name = file.getFileName().toString();
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            String message = e.message(locale);
            assertEquals(expectedKey, e.key(), message);
            assertTrue(message.contains(name), "names the file: " + message);
            assertFalse(message.contains("\n") || message.contains("\r"), "one line: " + message);
            assertFalse(message.contains("Exception") || message.contains("com.fasterxml")
                    || message.contains("java.") || message.contains("io.error") || message.contains("{"),
                    "plain sentence: " + message);
            assertTrue(message.endsWith("."), "a sentence: " + message);
        }
        if (LOCATED.contains(expectedKey)) {
            assertTrue(e.getMessage().matches(".*line \\d+, column \\d+.*"), "line and column: " + e.getMessage());
        }
        return e;
    }

    @Test
    void readerAloneRefusesBytesOverTheLimit() {
        byte[] tooMany = new byte[(int) ProjectFormat.MAX_FILE_BYTES + 1];
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> new ProjectReader().read(tooMany, "x.strategy.json"));
        assertEquals("io.error.tooLarge", e.key());
        assertFalse(new String(tooMany, 0, 1, StandardCharsets.UTF_8).isEmpty());
    }
}
