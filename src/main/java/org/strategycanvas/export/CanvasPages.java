package org.strategycanvas.export;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Project;
import org.strategycanvas.render.Palette;
import org.strategycanvas.render.PlanGeometry;
import org.strategycanvas.render.PlanRenderer;
import org.strategycanvas.render.RenderView;
import org.strategycanvas.render.Rgb;
import org.strategycanvas.render.Surface;
import org.strategycanvas.render.TextFit;
import org.strategycanvas.render.TextStyle;

/**
 * Draws the canvas on sheets of paper through any {@link Surface} whose units are points from the sheet's
 * top-left corner: the whole canvas fitted to one page, a poster sheet, or the poster's assembly map. The
 * plan itself is drawn by {@link PlanRenderer} at full detail whatever the scale, as on screen at 100 %.
 */
public final class CanvasPages {

    /** Room kept around the plan's content, in canvas units, so nothing touches the edge. */
    public static final double CONTENT_MARGIN = 24;

    /**
     * The largest scale for a plan fitted to a page, in points per canvas unit: twice its size on screen at
     * 100 % (96 canvas units to the inch, 72 points to the inch, so 1 unit shows as 0.75 pt).
     */
    public static final double MAX_FIT_SCALE = 1.5;

    private static final TextStyle FOOTER = TextStyle.plain(7);
    private static final TextStyle FOOTER_BOLD = TextStyle.bold(7);
    private static final TextStyle MAP_TITLE = TextStyle.bold(14);
    private static final TextStyle MAP_HELP = TextStyle.plain(9);
    private static final double MARK_GAP = 2;
    private static final double[] ALIGN_DASHES = {3, 2};
    private static final double MARK_WIDTH = 0.5;

    private final Messages messages;
    private final PlanRenderer renderer;

    public CanvasPages(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
        this.renderer = new PlanRenderer(messages);
    }

    /** The part of the canvas to print: the content and a margin around it; empty for an empty plan. */
    public static Optional<Bounds> area(Project project) {
        return PlanGeometry.contentBounds(project).map(b -> new Bounds(b.x() - CONTENT_MARGIN,
                b.y() - CONTENT_MARGIN, b.width() + 2 * CONTENT_MARGIN, b.height() + 2 * CONTENT_MARGIN));
    }

    /** The layout of the area fitted to the sheet's printable area. */
    public static PageLayout fit(Bounds area, Paper paper) {
        return PageLayout.fit(area, paper.printable(), MAX_FIT_SCALE);
    }

    /** The whole canvas on one sheet, scaled to fit, centred, with the plan's title below. */
    public void fitPage(Project project, Bounds area, Paper paper, Surface s) {
        PageLayout layout = fit(area, paper);
        s.save();
        layout.apply(s);
        renderer.render(project, RenderView.of(area, 1), s);
        s.restore();
        footer(s, paper, "", project.info().title());
    }

    /** One sheet of a poster: its part of the canvas, its cut and alignment marks, its label below. */
    public void posterSheet(Project project, PosterTiling tiling, PosterTiling.Tile tile, Surface s) {
        Paper paper = tiling.paper();
        Bounds printable = paper.printable();
        s.save();
        s.translate(printable.x(), printable.y());
        s.clipRect(0, 0, printable.width(), printable.height());
        s.scale(tiling.scale());
        renderWithin(project, tile.canvas(), tiling.area(), s);
        s.restore();
        for (PosterTiling.Mark mark : tile.marks()) {
            mark(s, paper, mark);
        }
        int number = tile.row() * tiling.columns() + tile.column() + 1;
        footer(s, paper, tile.label(), messages.get("export.poster.sheet", number,
                tiling.columns() * tiling.rows(), project.info().title()));
    }

    /**
     * Renders the visible part of the canvas, its background laid only over the plan's area, as on a page
     * fitted to the sheet: the paper stays white around the plan. The surface's origin is the visible part's
     * top-left corner, in canvas units.
     */
    private void renderWithin(Project project, Bounds visible, Bounds area, Surface s) {
        s.save();
        s.clipRect(area.x() - visible.x(), area.y() - visible.y(), area.width(), area.height());
        renderer.render(project, RenderView.of(visible, 1), s);
        s.restore();
    }

    /** Ticks in the margins, on both ends of the marked line; none when the margin is too thin to hold them. */
    private static void mark(Surface s, Paper paper, PosterTiling.Mark mark) {
        double margin = paper.margin();
        if (margin < 3 * MARK_GAP) {
            return;
        }
        double[] dashes = mark.kind() == PosterTiling.MarkKind.CUT ? Surface.SOLID : ALIGN_DASHES;
        double p = mark.position();
        if (mark.vertical()) {
            s.line(p, MARK_GAP, p, margin - MARK_GAP, Palette.INK, MARK_WIDTH, dashes);
            s.line(p, paper.height() - margin + MARK_GAP, p, paper.height() - MARK_GAP, Palette.INK, MARK_WIDTH,
                    dashes);
        } else {
            s.line(MARK_GAP, p, margin - MARK_GAP, p, Palette.INK, MARK_WIDTH, dashes);
            s.line(paper.width() - margin + MARK_GAP, p, paper.width() - MARK_GAP, p, Palette.INK, MARK_WIDTH,
                    dashes);
        }
    }

    /** A line in the bottom margin: a bold lead ("A1") then the rest, centred and cut to fit. */
    private static void footer(Surface s, Paper paper, String lead, String rest) {
        if (paper.margin() < 10) {
            return;
        }
        Bounds printable = paper.printable();
        double room = printable.width() * 0.6;
        String leadText = lead.isEmpty() ? "" : lead + "  ";
        double leadWidth = s.textWidth(leadText, FOOTER_BOLD);
        String restText = TextFit.ellipsize(s, rest, FOOTER, Math.max(0, room - leadWidth));
        double width = leadWidth + s.textWidth(restText, FOOTER);
        double x = printable.x() + (printable.width() - width) / 2;
        double baseline = printable.maxY() + Math.min(paper.margin() * 0.6, 14);
        if (!leadText.isEmpty()) {
            s.text(leadText, x, baseline, FOOTER_BOLD, Palette.INK);
        }
        s.text(restText, x + leadWidth, baseline, FOOTER, Palette.MUTED_INK);
    }

    /**
     * The page that shows how the sheets go together: the whole poster small, each sheet's outline and
     * label over it, and how to trim and glue.
     */
    public void assemblyMap(Project project, PosterTiling tiling, Surface s) {
        Paper paper = tiling.paper();
        Bounds printable = paper.printable();
        String title = messages.get("export.poster.mapTitle", tiling.columns(), tiling.rows(),
                paperName(paper), String.format(Locale.ROOT, "%.0f", tiling.overlap() / Paper.POINTS_PER_MM));
        double baseline = printable.y() - 4;
        for (String line : TextFit.wrap(s, title, MAP_TITLE, printable.width(), 2)) {
            baseline += 18;
            s.text(line, printable.x(), baseline, MAP_TITLE, Palette.INK);
        }
        baseline += 6;
        for (String line : TextFit.wrap(s, messages.get("export.poster.mapHelp"), MAP_HELP, printable.width(), 3)) {
            baseline += 12;
            s.text(line, printable.x(), baseline, MAP_HELP, Palette.MUTED_INK);
        }
        double top = baseline + 14;
        Bounds box = new Bounds(printable.x(), top, printable.width(), printable.maxY() - top);
        Bounds poster = tiling.posterCanvas();
        PageLayout layout = PageLayout.fit(poster, box, Double.POSITIVE_INFINITY);
        s.save();
        layout.apply(s);
        renderWithin(project, poster, tiling.area(), s);
        s.restore();
        List<PosterTiling.Tile> tiles = tiling.tiles();
        for (PosterTiling.Tile tile : tiles) {
            Bounds c = tile.canvas();
            s.strokeRect(layout.pageX(c.x()), layout.pageY(c.y()), c.width() * layout.scale(),
                    c.height() * layout.scale(), Palette.SELECTION, 1.2);
        }
        for (PosterTiling.Tile tile : tiles) {
            tileLabel(s, tile, layout);
        }
    }

    private static void tileLabel(Surface s, PosterTiling.Tile tile, PageLayout layout) {
        Bounds c = tile.canvas();
        double width = c.width() * layout.scale();
        double height = c.height() * layout.scale();
        TextStyle style = TextStyle.bold(Math.max(8, Math.min(28, Math.min(width, height) * 0.2)));
        double textWidth = s.textWidth(tile.label(), style);
        double cx = layout.pageX(c.centerX());
        double cy = layout.pageY(c.centerY());
        double pad = style.size() * 0.35;
        Rgb halo = Rgb.WHITE.withAlpha(0.85);
        s.fillRoundRect(cx - textWidth / 2 - pad, cy - style.size() * 0.6 - pad, textWidth + 2 * pad,
                style.size() * 1.2 + 2 * pad, pad * 2, halo);
        s.text(tile.label(), cx - textWidth / 2, cy + style.size() * 0.36, style, Palette.SELECTION);
    }

    /** "A4 portrait", "Letter paysage"… in the messages' language. */
    public String paperName(Paper paper) {
        return messages.get(paper.landscape() ? "export.paper.landscape" : "export.paper.portrait",
                paper.size().label());
    }
}
