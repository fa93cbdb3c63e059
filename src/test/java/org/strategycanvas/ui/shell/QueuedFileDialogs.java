package org.strategycanvas.ui.shell;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.stage.Window;

/** File dialogs answered by the test, in order; an empty queue is the person pressing Cancel. */
final class QueuedFileDialogs implements FileDialogs {

    private final Deque<Path> answers = new ArrayDeque<>();

    void willAnswer(Path path) {
        answers.add(path);
    }

    @Override
    public Optional<Path> chooseFileToOpen(Window owner) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(Window owner, String suggestedName) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseExportFile(Window owner, String suggestedName, ExportFileType type) {
        return Optional.ofNullable(answers.poll());
    }
}
