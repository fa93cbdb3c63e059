package org.strategycanvas.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.strategycanvas.i18n.Messages;

/** The canvas texts exist in English and French, with the same keys, and every key the code asks for. */
class CanvasBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CanvasBundlesTest.class.getResourceAsStream("/org/strategycanvas/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        assertEquals(load("canvas.properties").stringPropertyNames(),
                load("canvas_fr.properties").stringPropertyNames());
    }

    @Test
    void frenchIsReadWithItsAccents() {
        assertEquals("Échéance : 3", new Messages(Locale.FRENCH).get("canvas.deadline", "3"));
    }

    @Test
    void everyCanvasKeyInTheCodeIsInTheBundle() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(canvas\\.[a-zA-Z.]+)\"");
        for (String dir : new String[] {"render", "ui/canvas"}) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/strategycanvas", dir))) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                    Matcher m = key.matcher(Files.readString(file));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertTrue(used.size() >= 5, used.toString());
        Set<String> defined = load("canvas.properties").stringPropertyNames();
        for (String k : used) {
            assertTrue(defined.contains(k), "missing key " + k);
        }
    }
}
