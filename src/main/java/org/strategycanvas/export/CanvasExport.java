package org.strategycanvas.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.function.Consumer;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Project;
import org.strategycanvas.render.Palette;
import org.strategycanvas.render.PlanRenderer;
import org.strategycanvas.render.RenderView;
import org.strategycanvas.render.Surface;

/**
 * Writes the canvas to files: a one-page PDF with the plan fitted to the sheet, a poster PDF (the assembly
 * map first, then the sheets in reading order, see {@link PosterTiling}), or a PNG image.
 *
 * <p>PNG size: the plan's area ({@link CanvasPages#area}) is taken at 96 canvas units to the inch, its size
 * on screen at 100 %, so at {@code dpi} dots per inch the image is {@code ceil(width × dpi / 96)} by
 * {@code ceil(height × dpi / 96)} pixels, and the file records that resolution. Images beyond
 * {@link #MAX_PIXELS} are refused with a plain message rather than exhausting memory.
 *
 * <p>Every file is written beside its target and moved into place once complete: a failed export writes
 * nothing.
 */
public final class CanvasExport {

    /** 100 million pixels, 400 MB in memory: beyond, an image is too large to be of use. */
    public static final long MAX_PIXELS = 100_000_000L;
    public static final int MIN_DPI = 24;
    public static final int MAX_DPI = 1200;
    /** Canvas units per inch: a unit is a pixel on screen at 100 %. */
    public static final double CANVAS_DPI = 96;
    /** The overlap between poster sheets: 10 mm. */
    public static final double POSTER_OVERLAP = 10 * Paper.POINTS_PER_MM;

    /** An image's size in pixels. */
    public record ImageSize(int width, int height) {
    }

    private final Messages messages;
    private final CanvasPages pages;
    private final PlanRenderer renderer;

    public CanvasExport(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
        this.pages = new CanvasPages(messages);
        this.renderer = new PlanRenderer(messages);
    }

    private static Bounds area(Project project) throws ExportException {
        return CanvasPages.area(project).orElseThrow(() -> new ExportException("export.error.emptyPlan"));
    }

    /** The canvas fitted to one sheet. */
    public Pages onePage(Project project, Paper paper) throws ExportException {
        Bounds area = area(project);
        return pages(paper, List.of(s -> pages.fitPage(project, area, paper, s)));
    }

    /** The canvas as a poster of columns × rows sheets: the assembly map, then each sheet. */
    public Pages poster(Project project, Paper paper, int columns, int rows) throws ExportException {
        PosterTiling tiling = new PosterTiling(area(project), paper, columns, rows, POSTER_OVERLAP);
        List<Consumer<Surface>> drawings = new ArrayList<>();
        drawings.add(s -> pages.assemblyMap(project, tiling, s));
        for (PosterTiling.Tile tile : tiling.tiles()) {
            drawings.add(s -> pages.posterSheet(project, tiling, tile, s));
        }
        return pages(paper, drawings);
    }

    private static Pages pages(Paper paper, List<Consumer<Surface>> drawings) {
        return new Pages() {
            @Override
            public Paper paper() {
                return paper;
            }

            @Override
            public int count() {
                return drawings.size();
            }

            @Override
            public void draw(int index, Surface s) {
                drawings.get(index).accept(s);
            }
        };
    }

    /** The canvas fitted to one sheet. Returns the number of pages written: 1. */
    public int writePdf(Project project, Paper paper, Path out) throws ExportException {
        return writePdf(project, onePage(project, paper), out, ExportProgress.NONE);
    }

    /** The canvas as a poster of columns × rows sheets: the assembly map, then each sheet. Returns the page count. */
    public int writePoster(Project project, Paper paper, int columns, int rows, Path out, ExportProgress progress)
            throws ExportException {
        return writePdf(project, poster(project, paper, columns, rows), out, progress);
    }

    /** Any pages of this project as one PDF, written safely. Returns the page count. */
    public int writePdf(Project project, Pages document, Path out, ExportProgress progress) throws ExportException {
        Paper paper = document.paper();
        try {
            AtomicOutput.write(out, stream -> {
                try (PDDocument pdf = new PDDocument(); PdfFonts fonts = new PdfFonts(pdf)) {
                    describe(pdf, project);
                    for (int i = 0; i < document.count(); i++) {
                        PDPage page = new PDPage(new PDRectangle((float) paper.width(), (float) paper.height()));
                        pdf.addPage(page);
                        try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                            document.draw(i, new PdfSurface(cs, fonts, paper.height()));
                        }
                        progress.update(i + 1, document.count());
                    }
                    pdf.save(stream);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new ExportException(e, "export.error.write", out);
        }
        return document.count();
    }

    private void describe(PDDocument document, Project project) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(project.info().title());
        info.setCreator("Strategy Canvas");
        info.setCreationDate(Calendar.getInstance());
        document.getDocumentCatalog().setLanguage(messages.locale().toLanguageTag());
    }

    /** The pixel size of the plan's PNG at a resolution. */
    public static ImageSize pngSize(Project project, int dpi) throws ExportException {
        if (dpi < MIN_DPI || dpi > MAX_DPI) {
            throw new ExportException("export.error.dpi", dpi, MIN_DPI, MAX_DPI);
        }
        Bounds area = area(project);
        double scale = dpi / CANVAS_DPI;
        long width = (long) Math.ceil(area.width() * scale);
        long height = (long) Math.ceil(area.height() * scale);
        if (width * height > MAX_PIXELS || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw new ExportException("export.error.imageTooLarge", width, height, dpi);
        }
        return new ImageSize((int) width, (int) height);
    }

    /** The plan as a PNG at a resolution (see the class comment for its size). Returns the pixel size. */
    public ImageSize writePng(Project project, int dpi, Path out) throws ExportException {
        ImageSize size = pngSize(project, dpi);
        Bounds area = area(project);
        BufferedImage image;
        try {
            image = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        } catch (OutOfMemoryError e) { // this one allocation only: the rest of the program is unaffected
            throw new ExportException("export.error.imageTooLarge", size.width(), size.height(), dpi);
        }
        Graphics2D g = image.createGraphics();
        try {
            ImageSurface surface = new ImageSurface(g);
            surface.fillRect(0, 0, size.width(), size.height(), Palette.BACKGROUND);
            surface.scale(dpi / CANVAS_DPI);
            renderer.render(project, RenderView.of(area, 1), surface);
        } finally {
            g.dispose();
        }
        try {
            AtomicOutput.write(out, stream -> writePng(image, dpi, stream));
        } catch (IOException | UncheckedIOException e) {
            throw new ExportException(e, "export.error.write", out);
        }
        return size;
    }

    /** Writes the image as PNG with its resolution recorded (pHYs, in dots per metre). */
    static void writePng(BufferedImage image, int dpi, OutputStream stream) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(stream)) {
            writer.setOutput(output);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    null);
            IIOMetadataNode physical = new IIOMetadataNode("pHYs");
            String perMetre = Long.toString(Math.round(dpi / 0.0254));
            physical.setAttribute("pixelsPerUnitXAxis", perMetre);
            physical.setAttribute("pixelsPerUnitYAxis", perMetre);
            physical.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(physical);
            try {
                metadata.mergeTree("javax_imageio_png_1.0", root);
            } catch (IIOInvalidTreeException e) {
                throw new IOException(e);
            }
            writer.write(new IIOImage(image, null, metadata));
        } finally {
            writer.dispose();
        }
    }
}
