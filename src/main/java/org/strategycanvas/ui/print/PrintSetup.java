package org.strategycanvas.ui.print;

import java.util.Objects;
import org.strategycanvas.export.Paper;
import org.strategycanvas.export.PosterTiling;

/** The choices of the print dialog: what to print, the poster's sheets across and down, and the paper. */
public record PrintSetup(PrintKind kind, int columns, int rows, Paper paper) {

    public PrintSetup {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(paper, "paper");
        if (columns < 1 || rows < 1 || columns > PosterTiling.MAX_SHEETS_PER_SIDE
                || rows > PosterTiling.MAX_SHEETS_PER_SIDE) {
            throw new IllegalArgumentException("a poster has 1 to " + PosterTiling.MAX_SHEETS_PER_SIDE
                    + " sheets per side");
        }
    }

    public PrintSetup withKind(PrintKind newKind) {
        return new PrintSetup(newKind, columns, rows, paper);
    }

    public PrintSetup withPoster(int newColumns, int newRows) {
        return new PrintSetup(kind, newColumns, newRows, paper);
    }

    public PrintSetup withPaper(Paper newPaper) {
        return new PrintSetup(kind, columns, rows, newPaper);
    }
}
