package org.strategycanvas.export;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * PDFBox and FontBox log harmless remarks about fonts ("cmap format 4 subtable is empty") to the console;
 * the command line must print one plain line only. Their loggers are kept here so the levels stick.
 */
final class QuietFontLogs {

    private static final List<Logger> QUIETED = List.of(Logger.getLogger("org.apache.fontbox"),
            Logger.getLogger("org.apache.pdfbox"));

    static {
        QUIETED.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    private QuietFontLogs() {
    }

    /** Makes sure the levels are set; called before any font is parsed. */
    static void ensure() {
        // The static initialiser does the work.
    }
}
