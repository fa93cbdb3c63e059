package org.strategycanvas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;

/**
 * Emoji and other characters beyond U+FFFF are two UTF-16 halves in Java and may be two escapes in JSON. Whole
 * ones survive a save and a reopen, in values and in keys; a lone half is refused when read and repaired when
 * written, so the app never saves a file it would then refuse.
 */
class HalfCharactersTest {

    private static final Path SAMPLE = Path.of("assets/samples/boulangerie-martin.strategy.json");

    @Test
    void onlyUnpairedSurrogateEscapesAreFound() {
        assertEquals(-1, halfAt("{\"a\": \"\\uD83D\\uDE00 \\u00e9 \\n \\\" \\\\\"}"), "a pair, other escapes");
        assertEquals(-1, halfAt("\"\\ud83d\\ude00\""), "a pair in lower case");
        assertEquals(-1, halfAt("\"\\\\ud83d\""), "an escaped backslash, then plain text");
        assertEquals(3, halfAt("\"\\\\\\ud83d\""), "an escaped backslash, then half a character");
        assertEquals(4, halfAt("\"ab \\uD83D\""), "a high half alone");
        assertEquals(1, halfAt("\"\\uDE00\""), "a low half alone");
        assertEquals(1, halfAt("\"\\uDE00\\uD83D\""), "the halves in the wrong order");
        assertEquals(1, halfAt("\"\\uD83D\\u0041\""), "a high half before another escape");
        assertEquals(1, halfAt("\"\\uD83D\\uD83D\\uDE00\""), "a high half before a whole pair");
        assertEquals(0, halfAt("\\uD83D\\uDE"), "the file cut inside the second escape");
        assertEquals(-1, halfAt("\"\\uZZZZ\""), "a bad escape is left to the parser");
        for (int shift = 0; shift < 9; shift++) {
            String padding = "x".repeat(shift);
            assertEquals(-1, halfAt(padding + "\"\\uD83D\\uDE00\" 01234567"), "a pair after " + shift + " bytes");
            assertEquals(shift + 1, halfAt(padding + "\"\\uD83D\" 01234567"), "a half after " + shift + " bytes");
        }
    }

    @Test
    void aFileWithHalfACharacterIsRefusedAtItsLineInBothLanguages() throws Exception {
        String sample = Files.readString(SAMPLE);
        String broken = sample.replaceFirst("\"name\": \"Essentiel\"", "\"name\": \"Essen\\\\ud83dtiel\"");
        int line = (int) sample.substring(0, sample.indexOf("\"name\": \"Essentiel\"")).lines().count();
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> new ProjectReader().read(broken.getBytes(StandardCharsets.UTF_8), "plan.strategy.json"));
        assertEquals("io.error.halfCharacter", e.key());
        assertEquals("The file plan.strategy.json has a broken character at line " + line
                + ": half of an emoji or symbol written as a \\u escape.", e.message(Locale.ENGLISH));
        assertTrue(e.message(Locale.FRENCH).startsWith("Le fichier plan.strategy.json contient un caractère cassé"
                + " à la ligne " + line + " :"), e.message(Locale.FRENCH));
    }

    /** Jackson 2.21.0 wrote an emoji in a key as two escapes and then refused to read them back. */
    @Test
    void emojiInKeysAndValuesSurviveASaveAndAReopen() throws Exception {
        String sample = Files.readString(SAMPLE);
        String withEmoji = sample.replace("\"better\"", "\"bet😀ter\"")
                .replace("\"name\": \"Confort\"", "\"name\": \"Confort 🥖\"");
        Project read = new ProjectReader().read(withEmoji.getBytes(StandardCharsets.UTF_8), "emoji").project();
        assertTrue(read.plan().scenarios().stream().anyMatch(s -> s.id().equals("bet😀ter")
                && s.name().equals("Confort 🥖")), "read as written");
        Project again = new ProjectReader().read(new ProjectWriter().write(read), "again").project();
        assertEquals(read, again);
    }

    @Test
    void aPlanHoldingHalfACharacterSavesIntoAFileThatOpens() throws Exception {
        Project plan = ProjectWriterTest.small();
        Touchpoint site = plan.touchpoints().get(0);
        Project broken = plan.replacing(Map.of(site.id(), site.withLabel("Site \uD83D en ligne \uDE00🥖")));
        Project reopened = new ProjectReader().read(new ProjectWriter().write(broken), "again").project();
        assertEquals("Site \uFFFD en ligne \uFFFD🥖", reopened.touchpoints().get(0).label());
        Touchpoint repaired = broken.touchpoints().get(0).withLabel(reopened.touchpoints().get(0).label());
        assertEquals(broken.replacing(Map.of(site.id(), repaired)), reopened, "nothing else changed");
    }

    @Test
    void theWriterRepairsHalvesInKeysToo() throws Exception {
        String json = JsonMappers.canonicalWriter().writeValueAsString(Map.of("a\uD83D", "\uDE00b"));
        assertEquals("{\n  \"a\uFFFD\": \"\uFFFDb\"\n}", json);
    }

    private static int halfAt(String text) {
        return TextBytes.firstUnpairedSurrogateEscape(text.getBytes(StandardCharsets.UTF_8));
    }
}
