package org.strategycanvas.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.strategycanvas.render.Rgb;

/**
 * Pages as PNG images, one file per page: {@code OUT.png} gives {@code OUT-1.png}, {@code OUT-2.png}…
 * (a name without ".png" gets the number and ".png" added). Each image is the whole sheet, white, at the
 * resolution asked ({@code ceil(width in points × dpi / 72)} pixels wide), which the file records. Written
 * safely: if one page fails, the pages already written by this export are removed again.
 */
public final class PageImages {

    private PageImages() {
    }

    /** The file of each page, numbered from 1. */
    public static List<Path> files(Path out, int count) {
        String name = out.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? name.substring(0, name.length() - 4)
                : name;
        List<Path> files = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            files.add(out.resolveSibling(stem + "-" + i + ".png"));
        }
        return files;
    }

    /** The pixel size of a page of this paper at a resolution. */
    public static CanvasExport.ImageSize size(Paper paper, int dpi) throws ExportException {
        if (dpi < CanvasExport.MIN_DPI || dpi > CanvasExport.MAX_DPI) {
            throw new ExportException("export.error.dpi", dpi, CanvasExport.MIN_DPI, CanvasExport.MAX_DPI);
        }
        long width = (long) Math.ceil(paper.width() * dpi / 72);
        long height = (long) Math.ceil(paper.height() * dpi / 72);
        if (width * height > CanvasExport.MAX_PIXELS) {
            throw new ExportException("export.error.imageTooLarge", width, height, dpi);
        }
        return new CanvasExport.ImageSize((int) width, (int) height);
    }

    /** Writes every page; returns the files written, in page order. */
    public static List<Path> write(Pages pages, int dpi, Path out, ExportProgress progress) throws ExportException {
        CanvasExport.ImageSize size = size(pages.paper(), dpi);
        List<Path> files = files(out, pages.count());
        List<Path> written = new ArrayList<>();
        try {
            for (int i = 0; i < pages.count(); i++) {
                BufferedImage image = page(pages, i, size, dpi);
                AtomicOutput.write(files.get(i), stream -> CanvasExport.writePng(image, dpi, stream));
                written.add(files.get(i));
                progress.update(i + 1, pages.count());
            }
        } catch (IOException | UncheckedIOException e) {
            removeQuietly(written);
            throw new ExportException(e, "export.error.write", out);
        } catch (OutOfMemoryError e) {
            removeQuietly(written);
            throw new ExportException("export.error.imageTooLarge", size.width(), size.height(), dpi);
        }
        return written;
    }

    private static BufferedImage page(Pages pages, int index, CanvasExport.ImageSize size, int dpi) {
        BufferedImage image = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            ImageSurface surface = new ImageSurface(g);
            surface.fillRect(0, 0, size.width(), size.height(), Rgb.WHITE);
            surface.scale(dpi / 72.0);
            pages.draw(index, surface);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void removeQuietly(List<Path> files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // nothing more can be done: the error about the export is what the person needs to read
            }
        }
    }
}
