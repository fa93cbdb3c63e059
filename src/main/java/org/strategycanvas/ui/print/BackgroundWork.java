package org.strategycanvas.ui.print;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.strategycanvas.export.ExportException;
import org.strategycanvas.export.ExportProgress;
import org.strategycanvas.i18n.Messages;

/**
 * Runs a long export or print on a thread of its own while a small window shows its progress and offers
 * Cancel; the main window keeps drawing meanwhile. The work is told to stop through its progress: a
 * cancelled export stops at its next page and leaves no file.
 */
public final class BackgroundWork {

    /** The work: reports each page done, and stops when {@code cancelled} says so. */
    @FunctionalInterface
    public interface Job<T> {
        T run(ExportProgress progress, BooleanSupplier cancelled) throws ExportException;
    }

    private BackgroundWork() {
    }

    /**
     * Starts the job; {@code onDone} gets its result and {@code onFailure} a plain sentence, both on the
     * JavaFX thread; neither is called when the person cancels.
     */
    public static <T> Task<T> start(Window owner, Messages messages, String text, Job<T> job, Consumer<T> onDone,
                                    Consumer<String> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws ExportException {
                ExportProgress progress = (done, total) -> {
                    if (isCancelled()) {
                        throw new CancellationException();
                    }
                    updateProgress(done, total);
                };
                return job.run(progress, this::isCancelled);
            }
        };
        Stage window = window(owner, messages, text, task);
        task.setOnSucceeded(e -> {
            window.close();
            onDone.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            window.close();
            onFailure.accept(sentence(messages, task.getException()));
        });
        task.setOnCancelled(e -> window.close());
        Thread thread = new Thread(task, "strategy-canvas-export");
        thread.setDaemon(true);
        window.show();
        thread.start();
        return task;
    }

    static String sentence(Messages messages, Throwable problem) {
        if (problem instanceof ExportException) {
            return ((ExportException) problem).message(messages);
        }
        String detail = problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
        return messages.get("printing.error.unexpected", detail);
    }

    private static Stage window(Window owner, Messages messages, String text, Task<?> task) {
        Label label = new Label(text);
        label.setId("progress-text");
        label.setWrapText(true);
        ProgressBar bar = new ProgressBar();
        bar.setId("progress-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(task.progressProperty());
        Button cancel = new Button(messages.get("printing.button.cancel"));
        cancel.setId("progress-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> task.cancel(false));
        HBox buttons = new HBox(cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox content = new VBox(12, label, bar, buttons);
        content.setPadding(new Insets(18));
        content.setPrefWidth(380);
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("app.name"));
        stage.setResizable(false);
        stage.setScene(new Scene(content));
        stage.setOnCloseRequest(e -> task.cancel(false));
        return stage;
    }
}
