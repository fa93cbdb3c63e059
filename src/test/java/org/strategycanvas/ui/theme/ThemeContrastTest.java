package org.strategycanvas.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.strategycanvas.render.Contrast;
import org.strategycanvas.render.Palette;
import org.strategycanvas.render.Rgb;

/**
 * WCAG contrast of each theme's colour tokens, read from the stylesheets the window really loads (the AtlantaFX
 * theme, then the theme's own overrides), and of the plan's inks as the charts paint them straight onto the panels.
 */
class ThemeContrastTest {

    private static final Pattern TOKEN = Pattern.compile("(-color-[a-z0-9-]+)\\s*:\\s*#([0-9a-fA-F]{6})\\s*;");

    /** The tokens set on {@code .root}: the theme's, with the overrides' on top. */
    static Map<String, Rgb> tokens(Theme theme) throws IOException {
        Map<String, Rgb> tokens = new HashMap<>();
        readRoot(Theme.class.getResource(theme.userAgentStylesheet()), tokens);
        if (theme.overrides().isPresent()) {
            readRoot(URI.create(theme.overrides().get()).toURL(), tokens);
        }
        return tokens;
    }

    private static void readRoot(URL css, Map<String, Rgb> into) throws IOException {
        String text;
        try (InputStream in = css.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = text.indexOf(".root {");
        if (start < 0) {
            return;
        }
        String root = text.substring(start, text.indexOf('}', start));
        Matcher m = TOKEN.matcher(root);
        while (m.find()) {
            into.put(m.group(1), Rgb.hex(Integer.parseInt(m.group(2), 16)));
        }
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void textTokensReadOnTheirGrounds(Theme theme) throws IOException {
        Map<String, Rgb> t = tokens(theme);
        List<String> texts = List.of("-color-fg-default", "-color-fg-muted", "-color-accent-fg", "-color-danger-fg",
                "-color-success-fg", "-color-warning-fg");
        for (String text : texts) {
            for (String ground : List.of("-color-bg-default", "-color-bg-subtle")) {
                double ratio = Contrast.ratio(t.get(text), t.get(ground));
                assertTrue(ratio >= Contrast.BODY_TEXT, theme + ": " + text + " on " + ground + " is " + ratio);
            }
        }
        // The text of accent buttons (default buttons, the selected toggle), of danger buttons, of the canvas's hints.
        for (String ground : List.of("-color-accent-emphasis", "-color-danger-emphasis",
                "-color-neutral-emphasis-plus")) {
            double ratio = Contrast.ratio(t.get("-color-fg-emphasis"), t.get(ground));
            assertTrue(ratio >= Contrast.BODY_TEXT, theme + ": button text on " + ground + " is " + ratio);
        }
    }

    /** The charts of the plan panel leave their background to the panel: their inks must read on it. */
    @ParameterizedTest
    @EnumSource(Theme.class)
    void planInksReadOnThePanels(Theme theme) throws IOException {
        Map<String, Rgb> t = tokens(theme);
        for (Rgb ink : List.of(Palette.INK, Palette.MUTED_INK)) {
            for (String ground : List.of("-color-bg-default", "-color-bg-subtle")) {
                double ratio = Contrast.ratio(theme.look().apply(ink), t.get(ground));
                assertTrue(ratio >= Contrast.BODY_TEXT, theme + ": " + ink + " on " + ground + " is " + ratio);
            }
        }
    }

    @Test
    void theStylesheetsAreReallyRead() throws IOException {
        assertEquals(Rgb.hex(0x24292F), tokens(Theme.LIGHT).get("-color-fg-default"), "Primer Light");
        assertEquals(Rgb.hex(0x0D1117), tokens(Theme.DARK).get("-color-bg-default"), "Primer Dark");
        assertEquals(Rgb.BLACK, tokens(Theme.PROJECTOR).get("-color-fg-default"), "the projector's override");
        assertEquals(Rgb.WHITE, tokens(Theme.PROJECTOR).get("-color-bg-default"), "on the light theme");
    }
}
