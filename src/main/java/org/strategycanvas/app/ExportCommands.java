package org.strategycanvas.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.strategycanvas.export.CanvasExport;
import org.strategycanvas.export.CanvasPages;
import org.strategycanvas.export.ExportException;
import org.strategycanvas.export.ExportProgress;
import org.strategycanvas.export.PageImages;
import org.strategycanvas.export.Pages;
import org.strategycanvas.export.Paper;
import org.strategycanvas.export.PosterTiling;
import org.strategycanvas.export.document.PlanDocument;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.io.ProjectFileException;
import org.strategycanvas.io.ProjectFiles;
import org.strategycanvas.model.Project;

/**
 * {@code export-pdf FILE OUT.pdf [--what canvas|poster|plan] [--paper A4|Letter|A3] [--landscape] [--poster CxR]}
 * and {@code export-png FILE OUT.png [--dpi N]} with the same options: no display needed. The canvas makes one
 * PNG; a poster or the plan document one PNG per page, {@code OUT-1.png}, {@code OUT-2.png}… Exit 0 with one
 * line saying what was written; on any error one plain line, exit 1, and no output file.
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
            Options options = options(command, args.subList(2, args.size()));
            refuseOverwritingTheProject(Path.of(file), target);
            Project project = open(file);
            out.println(PDF.equals(command) ? exportPdf(project, options, target) : exportPng(project, options, target));
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

    private String exportPdf(Project project, Options options, Path target) throws ExportException {
        CanvasExport export = new CanvasExport(messages);
        String paper = new CanvasPages(messages).paperName(options.paper());
        switch (options.what()) {
            case POSTER:
                int pages = export.writePoster(project, options.paper(), options.columns(), options.rows(), target,
                        ExportProgress.NONE);
                return messages.get("cli.export.posterDone", target, options.columns(), options.rows(), paper, pages);
            case PLAN:
                int count = export.writePdf(project, planPages(project, options), target, ExportProgress.NONE);
                return messages.get("cli.document.planDone", target, count, paper);
            default:
                export.writePdf(project, options.paper(), target);
                return messages.get("cli.export.pdfDone", target, paper);
        }
    }

    /** The canvas as one PNG; a poster or the plan document as one PNG per page (OUT-1.png, OUT-2.png…). */
    private String exportPng(Project project, Options options, Path target) throws ExportException {
        if (options.what() == What.CANVAS) {
            CanvasExport.ImageSize size = new CanvasExport(messages).writePng(project, options.dpi(), target);
            return messages.get("cli.export.pngDone", target, size.width(), size.height(), options.dpi());
        }
        Pages pages = options.what() == What.PLAN ? planPages(project, options)
                : new CanvasExport(messages).poster(project, options.paper(), options.columns(), options.rows());
        CanvasExport.ImageSize size = PageImages.size(pages.paper(), options.dpi());
        List<Path> written = PageImages.write(pages, options.dpi(), target, ExportProgress.NONE);
        return messages.get("cli.document.pngPagesDone", written.size(), written.get(0),
                written.get(written.size() - 1), size.width(), size.height(), options.dpi());
    }

    /** The plan document on the paper asked for, with the document's margins, dated today. */
    private Pages planPages(Project project, Options options) {
        Paper paper = PlanDocument.paper(options.paper().size(), options.paper().landscape());
        return new PlanDocument(messages).pages(project, paper, LocalDate.now());
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

    /** What is exported. */
    private enum What { CANVAS, POSTER, PLAN }

    /** What export-pdf or export-png was asked for. */
    private record Options(What what, Paper paper, int columns, int rows, int dpi) {
    }

    private Options options(String command, List<String> options) throws UsageException {
        String what = null;
        Paper.Size size = Paper.Size.A4;
        boolean landscape = false;
        int[] grid = null;
        Integer dpi = null;
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
                case "--dpi":
                    if (!PNG.equals(command)) {
                        throw new UsageException(messages.get("cli.export.error.unknownOption", option, command));
                    }
                    dpi = dpi(value(options, ++i, option));
                    break;
                default:
                    throw new UsageException(messages.get("cli.export.error.unknownOption", option, command));
            }
        }
        What kind = what(what, grid != null);
        if (grid == null) {
            grid = new int[] {2, 2};
        }
        return new Options(kind, Paper.of(size, landscape), grid[0], grid[1], dpi == null ? DEFAULT_DPI : dpi);
    }

    /** The canvas unless told otherwise; a poster with --what poster or --poster alone; the plan document. */
    private What what(String what, boolean gridGiven) throws UsageException {
        if (what == null) {
            return gridGiven ? What.POSTER : What.CANVAS;
        }
        switch (what) {
            case "poster":
                return What.POSTER;
            case "canvas":
            case "plan":
                if (gridGiven) {
                    throw new UsageException(messages.get("cli.export.error.posterNotCanvas"));
                }
                return "plan".equals(what) ? What.PLAN : What.CANVAS;
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

    private int dpi(String text) throws UsageException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(messages.get("cli.export.error.dpiValue", text));
        }
    }

    private String value(List<String> options, int index, String option) throws UsageException {
        if (index >= options.size() || options.get(index).startsWith("--")) {
            throw new UsageException(messages.get("cli.export.error.missingValue", option));
        }
        return options.get(index);
    }
}
