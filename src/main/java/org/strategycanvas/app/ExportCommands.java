package org.strategycanvas.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.strategycanvas.export.CanvasExport;
import org.strategycanvas.export.CanvasPages;
import org.strategycanvas.export.ExportException;
import org.strategycanvas.export.ExportProgress;
import org.strategycanvas.export.Paper;
import org.strategycanvas.export.PosterTiling;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.io.ProjectFileException;
import org.strategycanvas.io.ProjectFiles;
import org.strategycanvas.model.Project;

/**
 * {@code export-pdf FILE OUT.pdf [--what canvas|poster] [--paper A4|Letter|A3] [--landscape] [--poster CxR]}
 * and {@code export-png FILE OUT.png [--dpi N]}: no display needed. Exit 0 with one line saying what was
 * written; on any error one plain line, exit 1, and no output file.
 */
final class ExportCommands {

    static final String PDF = "export-pdf";
    static final String PNG = "export-png";

    private static final Pattern POSTER = Pattern.compile("(\\d{1,3})\\s*[xX×]\\s*(\\d{1,3})");
    private static final int DEFAULT_DPI = 96;

    private final ProjectFiles files;
    private final Messages messages;

    ExportCommands(ProjectFiles files, Messages messages) {
        this.files = files;
        this.messages = messages;
    }

    /** A command line that cannot be understood, with its message. */
    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    int run(String command, List<String> args, PrintStream out, PrintStream err) {
        try {
            if (args.size() < 2 || args.get(0).startsWith("--") || args.get(1).startsWith("--")) {
                throw new UsageException(messages.get("cli.export.error.missingFiles", command));
            }
            String file = args.get(0);
            Path target = Path.of(args.get(1));
            List<String> options = args.subList(2, args.size());
            if (PDF.equals(command)) {
                PdfOptions pdf = pdfOptions(options);
                refuseOverwritingTheProject(Path.of(file), target);
                out.println(exportPdf(open(file), pdf, target));
            } else {
                int dpi = dpi(options);
                refuseOverwritingTheProject(Path.of(file), target);
                CanvasExport.ImageSize size = new CanvasExport(messages).writePng(open(file), dpi, target);
                out.println(messages.get("cli.export.pngDone", target, size.width(), size.height(), dpi));
            }
            return 0;
        } catch (UsageException e) {
            err.println(e.getMessage());
        } catch (ProjectFileException e) {
            err.println(messages.get("cli.validate.failed", args.get(0), e.message(messages.locale())));
        } catch (ExportException e) {
            err.println(messages.get("cli.validate.failed", args.get(0), e.message(messages)));
        } catch (RuntimeException | Error e) { // StackOverflowError, OutOfMemoryError…: one line, no trace
            err.println(messages.get("cli.error.unexpected", args.get(0)));
        }
        return 1;
    }

    private Project open(String file) throws ProjectFileException {
        return files.open(Path.of(file)).project();
    }

    private String exportPdf(Project project, PdfOptions options, Path target) throws ExportException {
        CanvasExport export = new CanvasExport(messages);
        String paper = new CanvasPages(messages).paperName(options.paper());
        if (options.poster()) {
            int pages = export.writePoster(project, options.paper(), options.columns(), options.rows(), target,
                    ExportProgress.NONE);
            return messages.get("cli.export.posterDone", target, options.columns(), options.rows(), paper, pages);
        }
        export.writePdf(project, options.paper(), target);
        return messages.get("cli.export.pdfDone", target, paper);
    }

    private void refuseOverwritingTheProject(Path project, Path target) throws UsageException {
        boolean same;
        try {
            same = Files.exists(target) && Files.isSameFile(project, target);
        } catch (IOException e) {
            same = false;
        }
        if (same || project.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
            throw new UsageException(messages.get("cli.export.error.sameFile", target));
        }
    }

    /** What export-pdf was asked for. */
    private record PdfOptions(Paper paper, boolean poster, int columns, int rows) {
    }

    private PdfOptions pdfOptions(List<String> options) throws UsageException {
        String what = null;
        Paper.Size size = Paper.Size.A4;
        boolean landscape = false;
        int[] grid = null;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            switch (option) {
                case "--landscape":
                    landscape = true;
                    break;
                case "--what":
                    what = value(options, ++i, option);
                    break;
                case "--paper":
                    String name = value(options, i + 1, option);
                    i++;
                    size = Paper.Size.named(name).orElseThrow(() ->
                            new UsageException(messages.get("cli.export.error.paper", name)));
                    break;
                case "--poster":
                    grid = grid(value(options, ++i, option));
                    break;
                default:
                    throw new UsageException(messages.get("cli.export.error.unknownOption", option, PDF));
            }
        }
        boolean poster = whatIsPoster(what, grid != null);
        if (grid == null) {
            grid = new int[] {2, 2};
        }
        return new PdfOptions(Paper.of(size, landscape), poster, grid[0], grid[1]);
    }

    /** True for a poster: --what poster, or --poster alone; --what plan is not made yet. */
    private boolean whatIsPoster(String what, boolean gridGiven) throws UsageException {
        if (what == null) {
            return gridGiven;
        }
        switch (what) {
            case "poster":
                return true;
            case "canvas":
                if (gridGiven) {
                    throw new UsageException(messages.get("cli.export.error.posterNotCanvas"));
                }
                return false;
            case "plan":
                throw new UsageException(messages.get("cli.export.error.planNotYet"));
            default:
                throw new UsageException(messages.get("cli.export.error.what", what));
        }
    }

    private int[] grid(String text) throws UsageException {
        Matcher m = POSTER.matcher(text.strip());
        Optional<int[]> grid = Optional.empty();
        if (m.matches()) {
            int columns = Integer.parseInt(m.group(1));
            int rows = Integer.parseInt(m.group(2));
            int max = PosterTiling.MAX_SHEETS_PER_SIDE;
            if (columns >= 1 && rows >= 1 && columns <= max && rows <= max) {
                grid = Optional.of(new int[] {columns, rows});
            }
        }
        return grid.orElseThrow(() -> new UsageException(messages.get("cli.export.error.poster", text,
                PosterTiling.MAX_SHEETS_PER_SIDE)));
    }

    private int dpi(List<String> options) throws UsageException {
        int dpi = DEFAULT_DPI;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (!"--dpi".equals(option)) {
                throw new UsageException(messages.get("cli.export.error.unknownOption", option, PNG));
            }
            String text = value(options, ++i, option);
            try {
                dpi = Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw new UsageException(messages.get("cli.export.error.dpiValue", text));
            }
        }
        return dpi;
    }

    private String value(List<String> options, int index, String option) throws UsageException {
        if (index >= options.size() || options.get(index).startsWith("--")) {
            throw new UsageException(messages.get("cli.export.error.missingValue", option));
        }
        return options.get(index);
    }
}
