package org.strategycanvas.faults;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.strategycanvas.app.Cli;
import org.strategycanvas.app.Settings;
import org.strategycanvas.io.ProjectFiles;
import org.strategycanvas.testing.FxThread;
import org.strategycanvas.ui.print.Printers;
import org.strategycanvas.ui.shell.AppWindow;
import org.strategycanvas.ui.shell.FileDialogs;

/**
 * The child JVM of {@link OfflineIT}: installs the {@link NetworkGuard}, then goes through the app's main paths
 * (open the sample in its three format versions; the command line's validate, info, upgrade and every export,
 * canvas, poster and plan document, PDF and PNG; the window under headless Monocle: open, save, the print dialog
 * with its preview of the canvas and of the plan document, a PDF exported from it), saying "ok" or "failed" for
 * each, and ends by listing every connection attempted. Arguments: a folder to work in, then {@code --canary} to
 * try to connect instead (see {@link NetworkCanary}) and show that the guard catches it.
 */
public final class OfflineRun {

    private static final Path SAMPLES = Path.of("assets", "samples");
    private static final Path SAMPLE = SAMPLES.resolve("boulangerie-martin.strategy.json");

    private OfflineRun() {
    }

    private interface Step {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        NetworkGuard.install();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path work = Path.of(args[0]);
        if (args.length > 1 && args[1].equals("--canary")) {
            NetworkCanary.tryEveryWay().forEach((way, outcome) -> out.println("canary " + way + ": " + outcome));
        } else {
            step(out, "open", () -> {
                ProjectFiles files = new ProjectFiles();
                files.open(SAMPLE);
                files.open(Path.of("src", "test", "resources", "v1", "boulangerie-martin.strategy.json"));
                files.open(Path.of("src", "test", "resources", "v2", "boulangerie-martin.strategy.json"));
            });
            step(out, "command line", () -> commandLine(work));
            step(out, "window", () -> window(work));
        }
        List<String> attempts = NetworkGuard.attempts();
        out.println("connections " + attempts.size());
        attempts.forEach(attempt -> out.println("connection " + attempt));
        System.exit(0);
    }

    private static void step(PrintStream out, String name, Step step) {
        try {
            step.run();
            out.println("ok " + name);
        } catch (Exception | Error e) {
            out.println("failed " + name + ": " + e);
            e.printStackTrace();
        }
    }

    /** Each subcommand, as {@code java -jar strategy-canvas.jar} runs it. */
    private static void commandLine(Path work) throws Exception {
        Path old = Files.copy(Path.of("src", "test", "resources", "v1", "boulangerie-martin.strategy.json"),
                work.resolve("old.strategy.json"));
        String sample = SAMPLE.toString();
        List<List<String>> commands = List.of(
                List.of("validate", sample),
                List.of("info", sample),
                List.of("upgrade", old.toString()),
                List.of("export-pdf", sample, work.resolve("canvas.pdf").toString()),
                List.of("export-pdf", sample, work.resolve("poster.pdf").toString(), "--poster", "2x2"),
                List.of("export-pdf", sample, work.resolve("plan.pdf").toString(), "--what", "plan"),
                List.of("export-png", sample, work.resolve("canvas.png").toString(), "--dpi", "150"),
                List.of("export-png", sample, work.resolve("plan.png").toString(), "--what", "plan"));
        for (List<String> command : commands) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = new Cli(new ProjectFiles(), Locale.FRENCH).run(command.toArray(String[]::new),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            if (exit != 0) {
                throw new IllegalStateException(command + " answered " + exit + ": " + err);
            }
        }
        for (String made : List.of("canvas.pdf", "poster.pdf", "plan.pdf", "canvas.png", "plan-1.png")) {
            if (Files.size(work.resolve(made)) == 0) {
                throw new IllegalStateException(made + " is empty");
            }
        }
    }

    /** The window, in French, under headless Monocle: open, save, print preview, export from the preview. */
    private static void window(Path work) throws Exception {
        Platform.setImplicitExit(false);
        Platform.startup(() -> { });
        Path plan = Files.copy(SAMPLE, work.resolve("plan.strategy.json"));
        FileDialogs dialogs = new FileDialogs() {
            @Override
            public Optional<Path> chooseFileToOpen(Window owner) {
                return Optional.of(plan);
            }

            @Override
            public Optional<Path> chooseFileToSave(Window owner, String suggestedName) {
                return Optional.of(work.resolve("saved-as.strategy.json"));
            }

            @Override
            public Optional<Path> chooseExportFile(Window owner, String suggestedName, ExportFileType type) {
                return Optional.of(work.resolve("from-window." + type.extension()));
            }
        };
        Stage stage = FxThread.call(() -> {
            Stage s = new Stage();
            AppWindow window = new AppWindow(s, Settings.in(work.resolve("config")), dialogs, Printers.none(),
                    Locale.FRENCH);
            window.show();
            if (!window.openFile(plan)) {
                throw new IllegalStateException("the sample did not open");
            }
            return s;
        });
        Thread.sleep(1_000); // a few pulses: the canvas, the minimap and the panels draw
        FxThread.call(() -> {
            menuItem(stage.getScene(), "menu-file-save").fire();
            return null;
        });
        new ProjectFiles().open(plan);

        Platform.runLater(() -> menuItem(stage.getScene(), "printing-menu-print").fire()); // modal: not waited for
        Scene dialog = await("the print dialog", () -> FxThread.call(() -> sceneWith("#print-preview")));
        FxThread.call(() -> {
            ((ButtonBase) dialog.lookup("#print-kind-planDocument")).fire();
            return null;
        });
        await("the plan document's pages", () -> FxThread.call(() -> {
            String count = ((Label) dialog.lookup("#print-page-count")).getText();
            return count.matches("\\D*([2-9]|\\d\\d+)\\D.*") ? count : null;
        }));
        FxThread.call(() -> {
            ((ButtonBase) dialog.lookup("#print-export-pdf")).fire();
            return null;
        });
        Path pdf = work.resolve("from-window.pdf");
        await("the PDF exported from the preview", () -> Files.exists(pdf) && Files.size(pdf) > 0 ? pdf : null);
        FxThread.call(() -> {
            Node cancel = dialog.lookup("#print-cancel");
            if (cancel != null && dialog.getWindow().isShowing()) {
                ((ButtonBase) cancel).fire();
            }
            stage.close();
            return null;
        });
        Platform.exit();
    }

    private static <T> T await(String what, Callable<T> poll) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            T value = poll.call();
            if (value != null) {
                return value;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(what + " did not come");
    }

    private static Scene sceneWith(String selector) {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null && window.getScene().lookup(selector) != null) {
                return window.getScene();
            }
        }
        return null;
    }

    private static MenuItem menuItem(Scene scene, String id) {
        for (Node bar : scene.getRoot().lookupAll(".menu-bar")) {
            for (Menu menu : ((MenuBar) bar).getMenus()) {
                MenuItem found = find(menu, id);
                if (found != null) {
                    return found;
                }
            }
        }
        throw new IllegalStateException("no menu item " + id);
    }

    private static MenuItem find(MenuItem item, String id) {
        if (id.equals(item.getId())) {
            return item;
        }
        if (item instanceof Menu) {
            for (MenuItem child : ((Menu) item).getItems()) {
                MenuItem found = find(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
