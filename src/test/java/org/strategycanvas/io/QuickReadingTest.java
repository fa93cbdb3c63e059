package org.strategycanvas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A file of the current version is bound in one go, without the duplicate-key check, while another pass looks for
 * keys given twice: that binding must never be kept when a key is there twice, even when nothing else is wrong or
 * when the rules of the plan are broken too.
 */
class QuickReadingTest {

    private static final Path SAMPLE = Path.of("assets/samples/boulangerie-martin.strategy.json");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a card's label given twice|\"label\": \"Découverte\",|\"label\": \"Découverte\", \"label\": \"X\",",
            "a scenario budget given twice|\"best\": 150,|\"best\": 150, \"best\": 9,",
            "twice, and a link to nothing|\"to\": \"ob-17\",|\"to\": \"ob-404\", \"to\": \"ob-17\",",
    })
    void aKeyGivenTwiceIsRefusedWhereItIs(String what, String line, String doubled) throws Exception {
        String sample = Files.readString(SAMPLE);
        int at = sample.indexOf(line + "\n");
        String text = sample.substring(0, at) + doubled + sample.substring(at + line.length());
        int lineNumber = (int) sample.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> new ProjectReader().read(text.getBytes(StandardCharsets.UTF_8), "plan.strategy.json"));
        assertEquals("io.error.duplicateKey", e.key(), e.getMessage());
        assertEquals("plan.strategy.json", e.args().get(0));
        assertEquals(String.valueOf(lineNumber), String.valueOf(e.args().get(1)), "the line of the second key");
    }
}
