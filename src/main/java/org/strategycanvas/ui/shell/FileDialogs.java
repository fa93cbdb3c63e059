package org.strategycanvas.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks which file to open or where to save; the tests answer without a native dialog. */
public interface FileDialogs {

    Optional<Path> chooseFileToOpen(Window owner);

    Optional<Path> chooseFileToSave(Window owner, String suggestedName);

    /** Where to write an export: a PDF or PNG file, named {@code suggestedName} plus its extension at first. */
    Optional<Path> chooseExportFile(Window owner, String suggestedName, ExportFileType type);

    /** The kinds of files an export writes, by extension. */
    enum ExportFileType {
        PDF("pdf"), PNG("png");

        private final String extension;

        ExportFileType(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** The path with this type's extension, added if it lacks it (whatever the case it was typed in). */
        public Path withExtension(Path path) {
            String name = path.getFileName().toString();
            return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? path
                    : path.resolveSibling(name + "." + extension);
        }
    }
}
