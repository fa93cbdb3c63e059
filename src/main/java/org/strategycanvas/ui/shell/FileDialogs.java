package org.strategycanvas.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks which file to open or where to save; the tests answer without a native dialog. */
public interface FileDialogs {

    Optional<Path> chooseFileToOpen(Window owner);

    Optional<Path> chooseFileToSave(Window owner, String suggestedName);
}
