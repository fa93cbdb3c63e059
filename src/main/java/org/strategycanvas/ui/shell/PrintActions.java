package org.strategycanvas.ui.shell;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javafx.stage.Window;
import org.strategycanvas.export.CanvasExport;
import org.strategycanvas.export.CanvasPages;
import org.strategycanvas.export.ExportException;
import org.strategycanvas.export.Pages;
import org.strategycanvas.export.Paper;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Project;
import org.strategycanvas.ui.print.BackgroundWork;
import org.strategycanvas.ui.print.PageSources;
import org.strategycanvas.ui.print.PagePrinter;
import org.strategycanvas.ui.print.PrintDialog;
import org.strategycanvas.ui.print.PrintKind;
import org.strategycanvas.ui.print.PrintSetup;
import org.strategycanvas.ui.print.Printers;
import org.strategycanvas.ui.print.ResolutionDialog;
import org.strategycanvas.ui.shell.FileDialogs.ExportFileType;

/**
 * File ▸ Print…, Export as PDF… and Export as PNG…: asks what and how through the print dialog (or the
 * resolution for an image), then prints or writes the file in the background with its progress shown.
 * The choices made are kept for the next time while the window is open.
 */
final class PrintActions {

    private final DocumentSession session;
    private final Messages messages;
    private final FileDialogs dialogs;
    private final Prompts prompts;
    private final Window owner;
    private final Printers printers;
    private final PageSources sources;
    private PrintSetup lastSetup;
    private String lastPrinter;
    private int lastDpi = ResolutionDialog.RESOLUTIONS.get(1);

    PrintActions(DocumentSession session, Messages messages, FileDialogs dialogs, Prompts prompts, Window owner,
                 Printers printers, PageSources sources) {
        this.session = session;
        this.messages = messages;
        this.dialogs = dialogs;
        this.prompts = prompts;
        this.owner = owner;
        this.printers = printers;
        this.sources = sources;
    }

    /** Ctrl+P: the print dialog; with no printer installed it offers the PDF instead. */
    void print() {
        choose(PrintDialog.Mode.PRINT);
    }

    void exportPdf() {
        choose(PrintDialog.Mode.EXPORT_PDF);
    }

    private void choose(PrintDialog.Mode mode) {
        Project project = session.editor().project();
        PrintDialog dialog = new PrintDialog(owner, messages, mode, project, sources, printers,
                initialSetup(project), lastPrinter);
        dialog.showAndWait().ifPresent(choice -> {
            lastSetup = choice.setup();
            if (choice.action() == PrintDialog.Action.PRINT) {
                lastPrinter = choice.printer().getName();
                printPages(choice.pages(), choice.printer());
            } else {
                writePdf(project, choice.setup().kind(), choice.pages());
            }
        });
    }

    /** The last choices, or the canvas on A4 turned the way the plan is longer. */
    private PrintSetup initialSetup(Project project) {
        if (lastSetup != null) {
            return lastSetup;
        }
        boolean wide = CanvasPages.area(project).map(b -> b.width() >= b.height()).orElse(true);
        return new PrintSetup(PrintKind.CANVAS, 2, 2, Paper.of(Paper.Size.A4, wide));
    }

    private void printPages(Pages pages, javafx.print.Printer printer) {
        String jobName = baseName();
        BackgroundWork.start(owner, messages, messages.get("printing.progress.print", printer.getName()),
                (progress, cancelled) -> PagePrinter.print(printer, pages, jobName, progress, cancelled),
                done -> { }, prompts::showError);
    }

    private void writePdf(Project project, PrintKind kind, Pages pages) {
        String name = kind == PrintKind.CANVAS ? baseName()
                : messages.get("printing.file." + kind.id(), baseName());
        Optional<Path> target = dialogs.chooseExportFile(owner, name, ExportFileType.PDF);
        if (target.isEmpty()) {
            return;
        }
        CanvasExport export = new CanvasExport(messages);
        BackgroundWork.start(owner, messages, messages.get("printing.progress.pdf", target.get().getFileName()),
                (progress, cancelled) -> export.writePdf(project, pages, target.get(), progress),
                done -> { }, prompts::showError);
    }

    void exportPng() {
        Project project = session.editor().project();
        Optional<Integer> dpi;
        try {
            dpi = ResolutionDialog.ask(owner, messages, project, lastDpi);
        } catch (ExportException e) {
            prompts.showError(e.message(messages));
            return;
        }
        if (dpi.isEmpty()) {
            return;
        }
        lastDpi = dpi.get();
        Optional<Path> target = dialogs.chooseExportFile(owner, baseName(), ExportFileType.PNG);
        if (target.isEmpty()) {
            return;
        }
        CanvasExport export = new CanvasExport(messages);
        BackgroundWork.start(owner, messages, messages.get("printing.progress.png", target.get().getFileName()),
                (progress, cancelled) -> writePng(export, project, dpi.get(), target.get(), cancelled),
                done -> { }, prompts::showError);
    }

    /**
     * The image is one piece of work that cannot stop half-way: it is written beside the target and moved
     * into place only if the person has not cancelled meanwhile.
     */
    private static CanvasExport.ImageSize writePng(CanvasExport export, Project project, int dpi, Path target,
                                                   BooleanSupplier cancelled)
            throws ExportException {
        Path absolute = target.toAbsolutePath();
        Path aside = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".png");
        try {
            CanvasExport.ImageSize size = export.writePng(project, dpi, aside);
            if (!cancelled.getAsBoolean()) {
                move(aside, absolute);
            }
            return size;
        } catch (IOException e) {
            throw new ExportException(e, "export.error.write", target);
        } finally {
            try {
                Files.deleteIfExists(aside);
            } catch (IOException ignored) { // a stray hidden file at worst
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The plan's file name without its extension, else its title, else "Untitled": what exports are named. */
    private String baseName() {
        Path file = session.file();
        if (file != null) {
            String name = file.getFileName().toString();
            return name.endsWith(".strategy.json") ? name.substring(0, name.length() - ".strategy.json".length())
                    : name.replaceFirst("\\.json$", "");
        }
        String title = session.editor().project().info().title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").strip();
        return title.isEmpty() ? messages.get("document.untitled") : title;
    }
}
