package org.strategycanvas.ui.print;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.strategycanvas.export.CanvasExport;
import org.strategycanvas.export.ExportException;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Project;

/** Export as PNG: the resolution to draw the canvas at, each choice with the image size it gives. */
public final class ResolutionDialog {

    /** Screen size (96 canvas units to the inch), documents and slides, print. */
    public static final List<Integer> RESOLUTIONS = List.of(96, 150, 300);

    private ResolutionDialog() {
    }

    /** The resolution chosen, in dots per inch; empty when cancelled. Fails plainly for an empty plan. */
    public static Optional<Integer> ask(Window owner, Messages messages, Project project, int initial)
            throws ExportException {
        ToggleGroup choices = new ToggleGroup();
        VBox box = new VBox(10, new Label(messages.get("printing.png.question")));
        for (int dpi : RESOLUTIONS) {
            CanvasExport.ImageSize size = CanvasExport.pngSize(project, dpi);
            RadioButton choice = new RadioButton(messages.get("printing.png.choice", dpi,
                    messages.get("printing.png.use." + dpi), size.width(), size.height()));
            choice.setId("png-dpi-" + dpi);
            choice.setUserData(dpi);
            choice.setToggleGroup(choices);
            choice.setSelected(dpi == initial);
            box.getChildren().add(choice);
        }
        if (choices.getSelectedToggle() == null) {
            choices.selectToggle(choices.getToggles().get(0));
        }
        box.setPadding(new Insets(12, 16, 4, 16));
        Dialog<Integer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("printing.png.title"));
        dialog.setHeaderText(null);
        ButtonType export = new ButtonType(messages.get("printing.button.export"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("printing.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(export, cancel);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setId("png-dialog");
        dialog.setResultConverter(button -> button == export
                ? (Integer) choices.getSelectedToggle().getUserData() : null);
        return dialog.showAndWait();
    }
}
