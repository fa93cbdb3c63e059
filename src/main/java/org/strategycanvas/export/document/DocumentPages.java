package org.strategycanvas.export.document;

import java.util.List;
import java.util.Objects;
import org.strategycanvas.export.Pages;
import org.strategycanvas.export.Paper;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.render.Palette;
import org.strategycanvas.render.Surface;
import org.strategycanvas.render.TextFit;

/**
 * Blocks flowed onto sheets of paper: inside the printable area, a running header on top (the document's
 * title and the section, left out on a page whose section has no name, such as a cover), the page's content,
 * and "Page n / N" at the bottom. Laid out once when made; drawing a page draws what was laid out.
 */
public final class DocumentPages implements Pages {

    /** The band kept on top of the printable area for the running header. */
    static final double HEADER_BAND = 26;
    /** The band kept at the bottom for the page number. */
    static final double FOOTER_BAND = 22;

    private final Paper paper;
    private final String title;
    private final Messages messages;
    private final List<PageContent> pages;

    private DocumentPages(Paper paper, String title, Messages messages, List<PageContent> pages) {
        this.paper = paper;
        this.title = title;
        this.messages = messages;
        this.pages = pages;
    }

    /** Lays the blocks out on the paper. */
    public static DocumentPages of(Paper paper, String title, List<Block> blocks, TextMeasure measure,
                                   Messages messages) {
        Objects.requireNonNull(title, "title");
        Bounds content = content(paper);
        List<PageContent> pages = new PageFlow(measure, content.width(), content.height()).flow(blocks);
        return new DocumentPages(paper, title, messages, pages);
    }

    /** Where the pages' content goes: the printable area less the header and footer bands. */
    public static Bounds content(Paper paper) {
        Bounds printable = paper.printable();
        return new Bounds(printable.x(), printable.y() + HEADER_BAND, printable.width(),
                printable.height() - HEADER_BAND - FOOTER_BAND);
    }

    /** The pages as laid out. */
    public List<PageContent> laidOut() {
        return pages;
    }

    @Override
    public Paper paper() {
        return paper;
    }

    @Override
    public int count() {
        return pages.size();
    }

    @Override
    public void draw(int index, Surface s) {
        PageContent page = pages.get(index);
        Bounds printable = paper.printable();
        Bounds content = content(paper);
        if (!page.section().isBlank()) {
            runningHeader(s, printable, page.section());
        }
        for (Placed placed : page.placed()) {
            placed.piece().draw(s, content.x(), content.y() + placed.y());
        }
        footer(s, printable, index);
    }

    /** "Title · Section", the title shortened if both do not fit on the line (the cover gives it whole). */
    private void runningHeader(Surface s, Bounds printable, String section) {
        String separator = " \u00b7 ";
        double sectionWidth = s.textWidth(separator + section, DocStyle.RUNNING);
        String shortTitle = TextFit.ellipsize(s, title, DocStyle.RUNNING,
                Math.max(0, printable.width() - sectionWidth));
        double baseline = printable.y() + DocStyle.RUNNING.size();
        s.text(shortTitle + separator + section, printable.x(), baseline, DocStyle.RUNNING, Palette.MUTED_INK);
        double rule = baseline + 6;
        s.line(printable.x(), rule, printable.maxX(), rule, Palette.GRID, 0.8, Surface.SOLID);
    }

    private void footer(Surface s, Bounds printable, int index) {
        String number = messages.get("document.page", index + 1, pages.size());
        double width = s.textWidth(number, DocStyle.RUNNING);
        double baseline = printable.maxY() - 3;
        s.line(printable.x(), baseline - DocStyle.RUNNING.size() - 5, printable.maxX(),
                baseline - DocStyle.RUNNING.size() - 5, Palette.GRID, 0.8, Surface.SOLID);
        s.text(number, printable.maxX() - width, baseline, DocStyle.RUNNING, Palette.MUTED_INK);
    }
}
