package org.strategycanvas.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategycanvas.model.Family;
import org.strategycanvas.model.Tone;
import org.strategycanvas.model.TouchpointType;
import org.junit.jupiter.api.Test;

class BundleParityTest {

    static Iterable<String> bundles() {
        return Messages.BUNDLES;
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void englishAndFrenchHaveTheSameKeys(String baseName) throws IOException {
        Properties english = load(baseName, "");
        Properties french = load(baseName, "_fr");
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(french.stringPropertyNames());
        Set<String> onlyFrench = new TreeSet<>(french.stringPropertyNames());
        onlyFrench.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), onlyEnglish, "keys missing from the French bundle " + baseName);
        assertEquals(Set.of(), onlyFrench, "keys missing from the English bundle " + baseName);
        for (String key : english.stringPropertyNames()) {
            assertFalse(english.getProperty(key).isBlank(), "empty English text for " + key);
            assertFalse(french.getProperty(key).isBlank(), "empty French text for " + key);
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (String baseName : Messages.BUNDLES) {
            for (String key : load(baseName, "").stringPropertyNames()) {
                assertTrue(seen.add(key), key + " is defined twice, the second time in " + baseName);
            }
        }
    }

    @Test
    void everyModelNameHasATextInBothLanguages() {
        for (var locale : Messages.SUPPORTED) {
            Messages messages = new Messages(locale);
            for (Family f : Family.values()) {
                assertTrue(messages.has("family." + f.id()), f + " in " + locale);
            }
            for (TouchpointType t : TouchpointType.values()) {
                assertTrue(messages.has("type." + t.id()), t + " in " + locale);
            }
            for (Tone t : Tone.values()) {
                assertTrue(messages.has("tone." + t.id()), t + " in " + locale);
            }
        }
    }

    @Test
    void frenchTextsAreFrench() {
        assertEquals("Réseaux sociaux", new Messages(java.util.Locale.FRENCH).get("family.social"));
        assertEquals("Social networks", new Messages(java.util.Locale.ENGLISH).get("family.social"));
        assertEquals("Social networks", new Messages(java.util.Locale.GERMAN).get("family.social"));
    }

    private static Properties load(String baseName, String suffix) throws IOException {
        String path = "/" + baseName.replace('.', '/') + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = BundleParityTest.class.getResourceAsStream(path)) {
            assertTrue(in != null, "missing bundle " + path);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
