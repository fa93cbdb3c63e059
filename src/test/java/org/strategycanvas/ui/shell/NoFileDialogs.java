package org.strategycanvas.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** File dialogs that are always cancelled: for tests that open their plans directly. */
public final class NoFileDialogs implements FileDialogs {

    @Override
    public Optional<Path> chooseFileToOpen(Window owner) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(Window owner, String suggestedName) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseExportFile(Window owner, String suggestedName, ExportFileType type) {
        return Optional.empty();
    }
}
