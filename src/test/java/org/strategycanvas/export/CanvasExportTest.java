package org.strategycanvas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.io.ProjectFiles;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.render.TestPlans;
import org.strategycanvas.testing.EmbeddedFonts;

/** The files the export writes, read back with PDFBox and ImageIO. */
class CanvasExportTest {

    private static final Path SAMPLE = Path.of("assets", "samples", "boulangerie-martin.strategy.json");
    private static final String ELLIPSIS = "…";

    private static Project sample;

    @TempDir
    Path dir;

    private final CanvasExport export = new CanvasExport(new Messages(Locale.FRENCH));

    @BeforeAll
    static void readSample() throws Exception {
        sample = new ProjectFiles().open(SAMPLE).project();
    }

    @Test
    void theCanvasPdfHasOnePageOfThePaperAndTheProjectsTextsSelectable() throws Exception {
        Path pdf = dir.resolve("canvas.pdf");
        assertEquals(1, export.writePdf(sample, Paper.of(Paper.Size.A4, true), pdf));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, document.getNumberOfPages());
            PDRectangle box = document.getPage(0).getMediaBox();
            assertEquals(841.89, box.getWidth(), 0.01); // A4 landscape: 297 × 210 mm
            assertEquals(595.28, box.getHeight(), 0.01);
            // French sets thin no-break spaces in "1 200 €" and before ":"; compare with plain spaces. The site's
            // badge shows its one action's budget in the active scenario "better": 1 200 €.
            String text = new PDFTextStripper().getText(document).replaceAll("[\\u00A0\\u202F]", " ");
            for (Touchpoint t : sample.touchpoints()) {
                assertShown(text, t.label());
            }
            for (Objective o : sample.objectives()) {
                assertShown(text, o.title());
            }
            for (String whole : List.of("Avis Google", "Bouche-à-oreille", "Découverte", "Considération", "Achat",
                    "Fidélité", "Réseaux sociaux", "Budget : 1 200 €", "Boulangerie Martin — plan digital 2026")) {
                assertTrue(text.contains(whole), whole + " in\n" + text);
            }
            EmbeddedFonts.assertEmbedded(document, 2);
        }
    }

    /**
     * Cards cut a long label with an ellipsis, as on screen: the label is there whole, or its first words
     * (at least eight characters) followed by "…".
     */
    private static void assertShown(String text, String label) {
        if (text.contains(label)) {
            return;
        }
        for (int end = label.length() - 1; end >= Math.min(8, label.length()); end--) {
            if (text.contains(label.substring(0, end).stripTrailing() + ELLIPSIS)) {
                return;
            }
        }
        throw new AssertionError("“" + label + "” is not in the PDF's text:\n" + text);
    }

    @Test
    void textCopiesOutAsWrittenAndMissingGlyphsBecomeQuestionMarks() throws Exception {
        Project plan = TestPlans.of(List.of(TestPlans.card("a", "Office flyers", 0, 0),
                TestPlans.card("b", "Café ☕ 🥐", 0, 200)));
        Path pdf = dir.resolve("words.pdf");
        export.writePdf(plan, Paper.of(Paper.Size.LETTER, false), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Office flyers"), text);
            // The croissant is not in the typeface: it becomes "?" instead of failing the export.
            assertTrue(text.contains("Café ☕ ?"), text);
        }
    }

    @Test
    void thePosterHasItsAssemblyMapThenOneSheetPerTile() throws Exception {
        Path pdf = dir.resolve("poster.pdf");
        assertEquals(5, export.writePoster(sample, Paper.of(Paper.Size.A4, false), 2, 2, pdf, ExportProgress.NONE));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(5, document.getNumberOfPages());
            for (PDPage page : document.getPages()) {
                assertEquals(595.28, page.getMediaBox().getWidth(), 0.01);
                assertEquals(841.89, page.getMediaBox().getHeight(), 0.01);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String map = stripper.getText(document);
            assertTrue(map.contains("Plan d'assemblage"), map);
            for (String label : List.of("A1", "B1", "A2", "B2")) {
                assertTrue(map.contains(label), label + " on the map");
            }
            List<String> sheets = List.of("A1", "B1", "A2", "B2");
            for (int i = 0; i < sheets.size(); i++) {
                stripper.setStartPage(i + 2);
                stripper.setEndPage(i + 2);
                String sheet = stripper.getText(document);
                assertTrue(sheet.contains(sheets.get(i) + "  feuille " + (i + 1) + " sur 4"), sheet);
            }
            // The touchpoints at the top left are on A1, the notes at the right on B1.
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertTrue(stripper.getText(document).contains("Découverte"));
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            assertTrue(stripper.getText(document).contains("Budget total à valider"));
            EmbeddedFonts.assertEmbedded(document, 2);
        }
    }

    @Test
    void progressIsToldAfterEachPage() throws Exception {
        List<String> told = new ArrayList<>();
        export.writePoster(sample, Paper.of(Paper.Size.A3, true), 3, 1, dir.resolve("p.pdf"),
                (done, total) -> told.add(done + "/" + total));
        assertEquals(List.of("1/4", "2/4", "3/4", "4/4"), told);
    }

    /**
     * The sample's content spans x 0 .. 1880 (the last note ends at 1700 + 180) and y 0 .. 1070 (the
     * objectives end at 960 + 110); with 24 units all round the area is 1928 × 1118 units. At 150 dpi a unit
     * is 150 / 96 = 1.5625 pixels: 1928 × 1.5625 = 3012.5 → 3013 and 1118 × 1.5625 = 1746.875 → 1747.
     */
    @Test
    void thePngHasThePixelSizeOfItsResolution() throws Exception {
        Path png = dir.resolve("canvas.png");
        CanvasExport.ImageSize size = export.writePng(sample, 150, png);
        assertEquals(new CanvasExport.ImageSize(3013, 1747), size);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(3013, image.getWidth());
        assertEquals(1747, image.getHeight());
        assertEquals(0xF6F7F9, image.getRGB(2, 2) & 0xFFFFFF, "the canvas background");
        // The first zone's header (x 0 .. 400, y 0 .. 32) starts at (24 × 1.5625, 24 × 1.5625) = (37.5, 37.5).
        assertFalse((image.getRGB(60, 50) & 0xFFFFFF) == 0xF6F7F9, "the zone is drawn");
        assertEquals(5906, pixelsPerMetre(png), "150 dpi = 150 / 0.0254 = 5905.5 pixels per metre");
    }

    private static int pixelsPerMetre(Path png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode physical = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            assertNotNull(physical);
            reader.dispose();
            return Integer.parseInt(physical.getAttribute("pixelsPerUnitXAxis"));
        }
    }

    @Test
    void anAbsurdImageIsRefusedAndNothingIsWritten() {
        // At 1200 dpi the sample would be 1928 × 12.5 = 24100 by 1118 × 12.5 = 13975 pixels: 337 million.
        Path png = dir.resolve("huge.png");
        ExportException e = assertThrows(ExportException.class, () -> export.writePng(sample, 1200, png));
        assertEquals("export.error.imageTooLarge", e.key());
        assertEquals("L'image ferait 24100 × 13975 pixels à 1200 ppp : c'est trop grand ; choisissez une résolution "
                + "plus basse.", e.message(new Messages(Locale.FRENCH)));
        assertFalse(Files.exists(png));
        assertThrows(ExportException.class, () -> export.writePng(sample, 5, png));
    }

    @Test
    void anEmptyPlanHasNothingToExport() {
        ExportException e = assertThrows(ExportException.class,
                () -> export.writePdf(TestPlans.of(List.of()), Paper.of(Paper.Size.A4, false), dir.resolve("e.pdf")));
        assertEquals("export.error.emptyPlan", e.key());
        assertFalse(Files.exists(dir.resolve("e.pdf")));
    }

    @Test
    void aFailedWriteLeavesNoFileBehind() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out"));
        Path target = folder.resolve("missing-folder").resolve("canvas.pdf");
        ExportException e = assertThrows(ExportException.class,
                () -> export.writePdf(sample, Paper.of(Paper.Size.A4, false), target));
        assertEquals("export.error.write", e.key());
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count());
        }
    }
}
