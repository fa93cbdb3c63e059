package org.strategycanvas.export.document;

/** Something the document flows onto its pages: a heading, a paragraph, a table, a picture, a page break. */
public interface Block {

    /**
     * Lays the block out across {@code width} points; {@code pageHeight} is the height a page offers, so that
     * what cannot be cut (a picture) can be scaled down to it.
     */
    Laid lay(TextMeasure measure, double width, double pageHeight);

    /** The running header's section for the pages from this block on, or null to keep the current one. */
    default String section() {
        return null;
    }
}
