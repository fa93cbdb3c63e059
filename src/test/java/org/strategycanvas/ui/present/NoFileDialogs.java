package org.strategycanvas.ui.present;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;
import org.strategycanvas.ui.shell.FileDialogs;

/** File dialogs that are always cancelled: the presentation tests open their plan directly. */
final class NoFileDialogs implements FileDialogs {

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
