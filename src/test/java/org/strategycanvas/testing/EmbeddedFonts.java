package org.strategycanvas.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** The fonts of an exported PDF: every one embedded, so many of them, all DejaVu Sans. */
public final class EmbeddedFonts {

    private EmbeddedFonts() {
    }

    public static void assertEmbedded(PDDocument document, int expected) throws IOException {
        List<String> names = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                if (!names.contains(font.getName())) {
                    names.add(font.getName());
                }
            }
        }
        assertEquals(expected, names.size(), names.toString());
        assertTrue(names.stream().allMatch(n -> n.contains("DejaVuSans")), names.toString());
    }
}
