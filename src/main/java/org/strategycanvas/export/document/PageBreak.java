package org.strategycanvas.export.document;

import java.util.List;

/** What follows starts on a new page (never leaving an empty one). */
public record PageBreak() implements Block {

    @Override
    public Laid lay(TextMeasure measure, double width, double pageHeight) {
        return new Laid(0, null, List.of(), false, true);
    }
}
