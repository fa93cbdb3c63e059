package org.strategycanvas.ui.shell;

import java.util.List;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.PlanWarnings;
import org.strategycanvas.model.Project;
import org.strategycanvas.ui.canvas.CanvasView;
import org.strategycanvas.ui.editor.Editor;

/**
 * The plan's warnings in the status bar: how many, and the list; picking one selects the element and
 * brings it into view.
 */
final class WarningsButton extends MenuButton {

    private final Messages messages;
    private final Editor editor;
    private final CanvasView canvas;

    WarningsButton(Messages messages, Editor editor, CanvasView canvas) {
        this.messages = messages;
        this.editor = editor;
        this.canvas = canvas;
        setId("status-warnings");
        getStyleClass().addAll("flat", "warnings-button");
        setGraphic(new FontIcon("mdi2a-alert-outline"));
        editor.projectProperty().addListener((obs, old, project) -> show(project));
        show(editor.project());
    }

    private void show(Project project) {
        List<PlanWarnings.Warning> warnings = PlanWarnings.of(project);
        setText(messages.get("status.warnings", warnings.size()));
        setDisable(warnings.isEmpty());
        getItems().clear();
        for (PlanWarnings.Warning warning : warnings) {
            String caption = project.element(warning.elementId()).map(Element::caption).orElse("");
            MenuItem item = new MenuItem(messages.get("warning." + warning.kind().id(), caption));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                editor.selection().select(warning.elementId());
                canvas.reveal(warning.elementId());
            });
            getItems().add(item);
        }
    }
}
