package org.strategycanvas.ui.print;

/**
 * Where a sheet goes on a printer's page, in points. The node a printer prints starts at the top-left
 * corner of what the printer can reach (inside its hardware margins) and is not scaled by the printer, so
 * the app places the sheet itself:
 * <ul>
 *   <li>when the printer's page is the sheet's size and its hardware margins lie within the sheet's own
 *   margins, the sheet prints at 100 %, where it belongs on the paper (a poster's sheets must);</li>
 *   <li>otherwise the sheet's content (inside its margins) is scaled down just enough to fit what the
 *   printer can reach, never up, and centred there.</li>
 * </ul>
 * A sheet point (x, y) prints at ({@link #x} + {@link #scale} × x, {@link #y} + {@link #scale} × y) in the node.
 */
public record PrintPlacement(double scale, double x, double y) {

    /** Half a point of rounding: printers report sizes and margins rounded. */
    private static final double SLACK = 0.5;

    /** The sheet on paper: its size and the blank margin it keeps on each side. */
    public record Sheet(double width, double height, double margin) {
    }

    /** A printer's page: the paper's size and the part it can print on, from the paper's top-left corner. */
    public record PrinterPage(double width, double height, double left, double top, double printableWidth,
                              double printableHeight) {

        double right() {
            return width - left - printableWidth;
        }

        double bottom() {
            return height - top - printableHeight;
        }
    }

    public static PrintPlacement of(Sheet sheet, PrinterPage page) {
        double m = sheet.margin() + SLACK;
        boolean sameSize = Math.abs(sheet.width() - page.width()) <= 2 * SLACK
                && Math.abs(sheet.height() - page.height()) <= 2 * SLACK;
        if (sameSize && page.left() <= m && page.top() <= m && page.right() <= m && page.bottom() <= m) {
            return new PrintPlacement(1, -page.left(), -page.top());
        }
        double contentWidth = sheet.width() - 2 * sheet.margin();
        double contentHeight = sheet.height() - 2 * sheet.margin();
        double scale = Math.min(1, Math.min(page.printableWidth() / contentWidth,
                page.printableHeight() / contentHeight));
        double centreX = sheet.margin() + contentWidth / 2;
        double centreY = sheet.margin() + contentHeight / 2;
        return new PrintPlacement(scale, page.printableWidth() / 2 - scale * centreX,
                page.printableHeight() / 2 - scale * centreY);
    }
}
