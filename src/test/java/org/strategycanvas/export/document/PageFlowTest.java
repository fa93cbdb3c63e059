package org.strategycanvas.export.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.strategycanvas.export.Paper;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.render.RecordingSurface;

/**
 * The pagination rules, on the layout alone (nothing drawn): text is measured by character count
 * (0.55 em a character), so every height below can be worked out by hand.
 */
class PageFlowTest {

    /** 0.55 em per character, as the recording surface estimates. */
    static final TextMeasure BY_CHARACTERS = RecordingSurface::estimatedWidth;
    private static final String MARK = "(continued)";

    /** A table of {@code count} one-line rows: "row 0", "row 1"… */
    private static Table rows(int count) {
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(Table.Row.texts("row " + i, Integer.toString(i)));
        }
        return Table.of(List.of(Table.Column.left("Name", 3), Table.Column.right("Value", 1)), rows, MARK);
    }

    private static List<TableRow> tableRows(PageContent page) {
        return page.placed().stream().map(Placed::piece).filter(TableRow.class::isInstance)
                .map(TableRow.class::cast).toList();
    }

    @Test
    void aTableOverThreePagesRepeatsItsHeaderOnEachAndNeverSplitsARow() {
        // One row: 9 pt text with a 1.3 leading (11.7) and 3.5 of padding above and below = 18.7 pt; the header
        // the same. A 200 pt page holds the header and floor((200 - 18.7) / 18.7) = 9 rows, so 25 rows need
        // 3 pages: 9 + 9 + 7.
        List<PageContent> pages = new PageFlow(BY_CHARACTERS, 400, 200).flow(List.of(rows(25)));
        assertEquals(3, pages.size());
        List<Integer> seen = new ArrayList<>();
        for (PageContent page : pages) {
            assertInstanceOf(TableRow.Header.class, page.placed().get(0).piece(), "the header heads every page");
            assertEquals(List.of("Name", "Value"), page.placed().get(0).piece().texts());
            for (TableRow row : tableRows(page)) {
                assertFalse(row.continued());
                seen.add(row.index());
            }
            for (Placed placed : page.placed()) {
                assertTrue(placed.bottom() <= 200 + 1e-9, "nothing runs past the page: " + placed);
            }
        }
        assertEquals(List.of(9, 9, 7), pages.stream().map(p -> tableRows(p).size()).toList());
        assertEquals(java.util.stream.IntStream.range(0, 25).boxed().toList(), seen, "each row once, in order");
    }

    @Test
    void everyPageIsNumberedOutOfTheTotal() {
        Paper paper = new Paper(Paper.Size.A4, false, 40);
        DocumentPages english = DocumentPages.of(paper, "Plan", List.of(rows(120)), BY_CHARACTERS,
                new Messages(Locale.ENGLISH));
        DocumentPages french = DocumentPages.of(paper, "Plan", List.of(rows(120)), BY_CHARACTERS,
                new Messages(Locale.FRENCH));
        // The content area is 841.89 - 80 - 26 - 22 = 713.89 pt high: the header and 37 rows a page, so 4 pages.
        assertEquals(4, english.count());
        RecordingSurface second = new RecordingSurface();
        english.draw(1, second);
        assertTrue(second.texts.contains("Page 2 / 4"), second.texts.toString());
        RecordingSurface last = new RecordingSurface();
        french.draw(3, last);
        assertTrue(last.texts.contains("Page 4 sur 4"), last.texts.toString());
        assertTrue(last.balanced());
    }

    @Test
    void aRowTallerThanAPageIsCutAndItsRestMarkedAsContinued() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("word").append(i).append(' ');
        }
        // 40 words in a column 100 pt wide (92 inside the padding), about 3 words a line: some 14 lines of
        // 11.7 pt, over 160 pt, on pages of 100 pt.
        Table table = Table.of(List.of(Table.Column.left("Long", 1)),
                List.of(Table.Row.texts("before"), Table.Row.texts(text.toString().strip()),
                        Table.Row.texts("after")), MARK);
        List<PageContent> pages = new PageFlow(BY_CHARACTERS, 100, 100).flow(List.of(table));
        List<String> words = new ArrayList<>();
        int continued = 0;
        for (PageContent page : pages) {
            assertInstanceOf(TableRow.Header.class, page.placed().get(0).piece());
            for (TableRow row : tableRows(page)) {
                if (row.continued()) {
                    continued++;
                    assertEquals(MARK, row.texts().get(0), "the rest of the row says it continues");
                }
                if (row.index() == 1) {
                    row.cells().get(0).texts().forEach(line -> words.addAll(List.of(line.split(" "))));
                }
            }
            for (Placed placed : page.placed()) {
                assertTrue(placed.bottom() <= 100 + 1e-9, "every part fits its page: " + placed.bottom());
            }
        }
        assertTrue(continued >= 1, "the long row was cut");
        assertEquals(List.of(text.toString().strip().split(" ")), words, "nothing of it is lost or repeated");
    }

    @Test
    void aHeadingIsNeverLeftAloneAtTheBottomOfAPage() {
        // 15 lines of 10 pt text (13 pt each) fill 195 of a 240 pt page; the heading (13 pt bold: 16.9 + 4 below,
        // 14 above, 34.9 in all) would fit in the 45 pt left, but not with the table's header and first two rows
        // (10 above, 3 × 18.7).
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.body(String.join("\n", java.util.Collections.nCopies(15, "line"))));
        blocks.add(Heading.sub("Resources"));
        blocks.add(rows(5));
        List<PageContent> pages = new PageFlow(BY_CHARACTERS, 300, 240).flow(blocks);
        assertEquals(2, pages.size());
        assertTrue(pages.get(0).placed().stream().noneMatch(p -> p.piece().texts().contains("Resources")));
        assertEquals(List.of("Resources"), pages.get(1).placed().get(0).piece().texts());
        assertInstanceOf(TableRow.Header.class, pages.get(1).placed().get(1).piece());
    }

    @Test
    void theLastRowOfATableIsNotLeftAloneOnAPage() {
        // Nine rows and the header fill a 200 pt page (see above): a table of 10 rows takes one more row along.
        List<PageContent> pages = new PageFlow(BY_CHARACTERS, 400, 200).flow(List.of(rows(10)));
        assertEquals(List.of(8, 2), pages.stream().map(p -> tableRows(p).size()).toList());
    }

    @Test
    void aPictureTallerThanAPageIsScaledDownToFitIt() {
        Picture picture = new Picture(300, 500, s -> { }, List.of("chart"), 0);
        List<PageContent> pages = new PageFlow(BY_CHARACTERS, 400, 250).flow(List.of(Paragraph.body("x"), picture));
        assertEquals(2, pages.size());
        Placed placed = pages.get(1).placed().get(0);
        assertEquals(250, placed.piece().height(), 1e-9);
        assertEquals(0.5, ((Picture.Drawn) placed.piece()).scale(), 1e-9);
    }

    @Test
    void sectionsStartOnANewPageAndNameTheRunningHeaderButLeaveNoEmptyPage() {
        List<Block> blocks = List.of(new PageBreak(), Heading.section("Brief"), Paragraph.body("why"),
                new PageBreak(), new PageBreak(), Heading.section("Timeline"), Paragraph.body("when"));
        List<PageContent> pages = new PageFlow(BY_CHARACTERS, 300, 300).flow(blocks);
        assertEquals(List.of("Brief", "Timeline"), pages.stream().map(PageContent::section).toList());
        assertTrue(pages.stream().noneMatch(PageContent::isEmpty));
    }
}
