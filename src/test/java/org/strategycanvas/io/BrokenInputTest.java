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

    private static final Path CORPUS = Path.of("src/test/resources/broken");
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
