package org.strategycanvas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.strategycanvas.render.TextStyle;

/** The PDF and the image measure text alike, so a label cut on one is cut the same on the other. */
class TextMetricsTest {

    @Test
    void pdfAndImageWidthsAgree() throws Exception {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        ImageSurface png = new ImageSurface(g);
        try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(document)) {
            for (String text : List.of("Référencement local Google", "Pr 60 · G 30 · Pa 10", "Budget : 2 400 €")) {
                for (TextStyle style : List.of(TextStyle.bold(13), TextStyle.plain(10))) {
                    double pdf = fonts.width(fonts.drawable(text, style), style);
                    assertEquals(pdf, png.textWidth(text, style), pdf * 0.002, text + " " + style);
                }
            }
        } finally {
            g.dispose();
        }
    }

    @Test
    void charactersTheTypefaceLacksAreReplacedAlike() throws Exception {
        try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(document)) {
            assertEquals("Pain ? frais", fonts.drawable("Pain 🥐 frais", TextStyle.plain(10)));
            assertEquals("two lines", fonts.drawable("two\nlines", TextStyle.plain(10)));
            assertEquals("déjà 2 400 €", fonts.drawable("déjà 2 400 €", TextStyle.bold(10)));
        }
    }

    @Test
    void anAccentTypedApartIsDrawnAsTheAccentedLetter() throws Exception {
        try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(document)) {
            String apart = "e\u0301te\u0301"; // e + combining acute, twice: "été" as some keyboards type it
            assertEquals("\u00e9t\u00e9", fonts.drawable(apart, TextStyle.plain(10)));
            assertEquals(fonts.width("\u00e9t\u00e9", TextStyle.plain(10)),
                    fonts.width(fonts.drawable(apart, TextStyle.plain(10)), TextStyle.plain(10)));
        }
    }
}
