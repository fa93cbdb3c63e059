package org.strategycanvas.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.strategycanvas.i18n.Messages;

/** The system's file dialogs, showing project files first. */
public final class FxFileDialogs implements FileDialogs {

    private final Messages messages;
    private File lastFolder;

    public FxFileDialogs(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Window owner) {
        FileChooser chooser = chooser(messages.get("dialog.open.title"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseFileToSave(Window owner, String suggestedName) {
        FileChooser chooser = chooser(messages.get("dialog.save.title"));
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner)).map(FxFileDialogs::withExtension);
    }

    @Override
    public Optional<Path> chooseExportFile(Window owner, String suggestedName, ExportFileType type) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("printing.file.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get("printing.file.filter." + type.extension()), "*." + type.extension()));
        chooser.setInitialFileName(suggestedName + "." + type.extension());
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return remember(chooser.showSaveDialog(owner)).map(type::withExtension);
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("dialog.filter.projects"), "*.strategy.json"),
                new FileChooser.ExtensionFilter(messages.get("dialog.filter.all"), "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file != null) {
            lastFolder = file.getParentFile();
        }
        return Optional.ofNullable(file).map(File::toPath);
    }

    static Path withExtension(Path path) {
        String name = path.getFileName().toString();
        if (name.endsWith(".strategy.json")) {
            return path;
        }
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return path.resolveSibling(base + ".strategy.json");
    }
}
