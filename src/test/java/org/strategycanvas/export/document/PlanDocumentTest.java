package org.strategycanvas.export.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycanvas.export.CanvasExport;
import org.strategycanvas.export.ExportProgress;
import org.strategycanvas.export.Paper;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.io.ProjectFiles;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.plan.Action;
import org.strategycanvas.model.plan.Brief;
import org.strategycanvas.model.plan.Scenario;
import org.strategycanvas.render.TestPlans;
import org.strategycanvas.testing.EmbeddedFonts;

/** The plan document of the sample bakery, laid out, drawn and read back from its PDF. */
class PlanDocumentTest {

    private static final Path SAMPLE = Path.of("assets", "samples", "boulangerie-martin.strategy.json");
    private static final LocalDate EXPORTED = LocalDate.of(2026, 5, 15);
    private static final TextMeasure FONT = TextMeasure.bundledFont();

    private static Project sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void readSample() throws Exception {
        sample = new ProjectFiles().open(SAMPLE).project();
    }

    private static DocumentPages pages(Project project, Locale locale, Paper paper) {
        return new PlanDocument(new Messages(locale)).pages(project, paper, EXPORTED, FONT);
    }

    private static String normalized(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]+", " ");
    }

    private static List<String> allTexts(DocumentPages pages) {
        List<String> texts = new ArrayList<>();
        pages.laidOut().forEach(p -> p.placed().forEach(placed -> texts.addAll(placed.piece().texts())));
        return texts;
    }

    @Test
    void theSamplesPdfReadsLikeThePlan() throws Exception {
        DocumentPages pages = pages(sample, Locale.FRENCH, PlanDocument.paper(Paper.Size.A4, false));
        Path pdf = dir.resolve("plan.pdf");
        int count = new CanvasExport(new Messages(Locale.FRENCH)).writePdf(sample, pages, pdf, ExportProgress.NONE);
        assertTrue(count > 3, count + " pages");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(count, document.getNumberOfPages());
            String raw = new PDFTextStripper().getText(document);
            String text = normalized(raw);
            List<String> expected = new ArrayList<>(List.of(sample.info().title(), sample.brief().purpose(),
                    "Page 1 sur " + count, "Page " + count + " sur " + count, "Cadrage de la stratégie",
                    "Objectifs et indicateurs", "Calendrier", "Scénarios budgétaires", "Confort (actif)"));
            sample.objectives().forEach(o -> expected.add(o.title()));
            sample.scenarios().forEach(s -> expected.add(s.name()));
            for (String whole : expected) {
                assertTrue(text.contains(normalized(whole)), "“" + whole + "” in\n" + raw);
            }
            assertFalse(raw.contains("…"), "nothing is cut short");
            for (Touchpoint t : sample.touchpoints()) {
                List<String> lines = touchpointCell(pages, t.label());
                assertEquals(t.label(), String.join(" ", lines), "the label is printed whole");
                for (String line : lines) {
                    assertTrue(raw.contains(line), "“" + line + "” in the PDF");
                }
            }
            EmbeddedFonts.assertEmbedded(document, 2);
        }
    }

    /** The lines of the first cell of the touchpoint's row, in the touchpoints' tables. */
    private static List<String> touchpointCell(DocumentPages pages, String label) {
        for (PageContent page : pages.laidOut()) {
            if (!page.section().equals("Points de contact par famille")) {
                continue;
            }
            for (Placed placed : page.placed()) {
                if (placed.piece() instanceof TableRow row && row.kind() == Table.RowKind.NORMAL) {
                    List<String> lines = row.cells().get(0).texts();
                    if (normalized(String.join(" ", lines)).equals(normalized(label))) {
                        return lines;
                    }
                }
            }
        }
        throw new AssertionError(label + " has no row of its own");
    }

    @Test
    void inEnglishThePagesAreNumberedTheEnglishWay() throws Exception {
        DocumentPages pages = pages(sample, Locale.ENGLISH, PlanDocument.paper(Paper.Size.LETTER, false));
        BoundsSurface first = new BoundsSurface(FONT);
        pages.draw(0, first);
        assertTrue(first.texts.stream().anyMatch(t -> t.text().equals("Page 1 / " + pages.count())));
        assertTrue(allTexts(pages).contains("Strategy brief"));
    }

    @Test
    void everyTextStaysInsideThePrintableAreaWholeAndReadable() {
        for (Paper paper : List.of(PlanDocument.paper(Paper.Size.A4, false), PlanDocument.paper(Paper.Size.A4, true),
                PlanDocument.paper(Paper.Size.LETTER, false), PlanDocument.paper(Paper.Size.A3, true))) {
            for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                DocumentPages pages = pages(sample, locale, paper);
                Bounds area = paper.printable();
                for (int i = 0; i < pages.count(); i++) {
                    BoundsSurface s = new BoundsSurface(FONT);
                    pages.draw(i, s);
                    assertFalse(s.texts.isEmpty());
                    for (BoundsSurface.Text t : s.texts) {
                        String where = paper + " " + locale + " page " + (i + 1) + ": " + t;
                        assertTrue(t.left() >= area.x() - 0.01 && t.right() <= area.maxX() + 0.01, where);
                        assertTrue(t.top() >= area.y() - 0.01 && t.bottom() <= area.maxY() + 0.01, where);
                        assertTrue(t.size() >= 9 - 1e-9, "no text under 9 pt: " + where);
                        assertFalse(t.text().contains("…"), "nothing cut short: " + where);
                    }
                }
            }
        }
    }

    @Test
    void theMixChartStaysOnThePageOfItsHeadingAndCaption() {
        for (Paper paper : List.of(PlanDocument.paper(Paper.Size.A4, false), PlanDocument.paper(Paper.Size.A4, true),
                PlanDocument.paper(Paper.Size.LETTER, true))) {
            DocumentPages pages = pages(sample, Locale.ENGLISH, paper);
            PageContent chartPage = pages.laidOut().stream()
                    .filter(p -> p.placed().stream().anyMatch(placed -> placed.piece() instanceof Picture.Drawn))
                    .findFirst().orElseThrow();
            List<String> texts = new ArrayList<>();
            chartPage.placed().forEach(placed -> texts.addAll(placed.piece().texts()));
            assertTrue(texts.contains("Mix over time"), paper + ": " + texts);
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("By month, from")), paper + ": " + texts);
        }
    }

    @Test
    void everyActionIsOnTheTimelineWithItsTitleWhole() {
        DocumentPages pages = pages(sample, Locale.FRENCH, PlanDocument.paper(Paper.Size.A4, false));
        List<String> titles = new ArrayList<>();
        for (PageContent page : pages.laidOut()) {
            for (Placed placed : page.placed()) {
                if (placed.piece() instanceof TimelineSlice.Row row) {
                    titles.add(row.action().title());
                    assertTrue(normalized(String.join(" ", row.texts())).startsWith(normalized(row.action().title())));
                }
            }
        }
        for (Action a : sample.actions()) {
            assertTrue(titles.contains(a.title()), a.title());
        }
    }

    @Test
    void anEmptyBriefGivesNoSectionAndAPartlyFilledOneOnlyItsParts() {
        Project blank = sample.withBrief(Brief.EMPTY);
        List<String> texts = allTexts(pages(blank, Locale.ENGLISH, PlanDocument.paper(Paper.Size.A4, false)));
        assertFalse(texts.contains("Strategy brief"));
        assertFalse(texts.stream().anyMatch(t -> t.startsWith("Purpose") || t.startsWith("Resources")));
        assertTrue(texts.contains("Objectives and KPIs"));

        Brief purposeOnly = new Brief("Sell bread online", "", "", "", "", "", "", Brief.EMPTY.staff(),
                Brief.EMPTY.budget(), Brief.EMPTY.time(), Brief.EMPTY.expertise(), "", "", "", "", List.of());
        List<String> partly = allTexts(pages(sample.withBrief(purposeOnly), Locale.ENGLISH,
                PlanDocument.paper(Paper.Size.A4, false)));
        assertTrue(partly.contains("Strategy brief"));
        assertTrue(partly.contains("Sell bread online"));
        assertFalse(partly.contains("Audiences"), "no heading over an empty part");
        assertFalse(partly.contains("The people involved"));
    }

    @Test
    void anEmptyPlanIsJustItsCover() {
        DocumentPages pages = pages(Project.empty(TestPlans.INFO), Locale.ENGLISH,
                PlanDocument.paper(Paper.Size.A4, false));
        assertEquals(1, pages.count());
        List<String> texts = allTexts(pages);
        assertTrue(texts.contains("Bakery"));
        assertTrue(texts.contains(Scenario.DEFAULTS.get(0).name()), texts.toString());
    }

    @Test
    void theTimelineIsSlicedByWholeMonthsAsTheyFit() {
        // From Monday 2 March 2026, weeks 0–4 start in March (2, 9, 16, 23, 30), 5–8 in April, 9–11 in May.
        LocalDate start = LocalDate.of(2026, 3, 2);
        assertEquals(List.of(new TimelineSection.Slice(0, 5), new TimelineSection.Slice(5, 12)),
                TimelineSection.slices(start, 12, 8), "March alone (5 + 4 > 8), then April and May (4 + 3)");
        assertEquals(List.of(new TimelineSection.Slice(0, 12)), TimelineSection.slices(start, 12, 13));
        assertEquals(List.of(new TimelineSection.Slice(0, 3), new TimelineSection.Slice(3, 5),
                new TimelineSection.Slice(5, 8), new TimelineSection.Slice(8, 9), new TimelineSection.Slice(9, 12)),
                TimelineSection.slices(start, 12, 3), "months longer than a slice are cut");
    }

    @Test
    void theObjectivesTableGivesTheLatestValueAndProgressOnTheExportDate() {
        List<String> texts = allTexts(pages(sample, Locale.ENGLISH, PlanDocument.paper(Paper.Size.A4, false)));
        Objective orders = sample.objectives().get(0);
        assertEquals("Développer les commandes en ligne", orders.title());
        // Latest value on 15 May 2026: 75 on 30 April; (75 - 40) / (150 - 40) = 31.8 %, printed 32%.
        String joined = String.join(" ", texts);
        assertTrue(joined.contains("75 on Apr 30, 2026"), joined);
        assertTrue(texts.contains("32%"), texts.toString());
    }
}
