package org.strategycanvas.ui.inspector;

import java.util.Set;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.StickyNote;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.Zone;
import org.strategycanvas.ui.editor.Editor;

/**
 * The details of the selection: one element's form; for several, their count and, when there are
 * touchpoints among them, their common media split; the project's details for none.
 * Follows the document: an undo shows at once in the fields.
 */
public final class InspectorView extends ScrollPane {

    private final Messages messages;
    private final Editor editor;
    private final Runnable openBrief;
    private final VBox content = new VBox();
    private Form form;
    private Set<String> formFor = Set.of();

    /** {@code openBrief} shows the strategy brief; the project's details offer it. */
    public InspectorView(Messages messages, Editor editor, Runnable openBrief) {
        this.messages = messages;
        this.editor = editor;
        this.openBrief = openBrief;
        getStyleClass().add("inspector");
        setFitToWidth(true);
        content.getStyleClass().add("inspector-content");
        setContent(content);
        editor.selection().ids().addListener((SetChangeListener<String>) change -> rebuild());
        editor.projectProperty().addListener((obs, old, project) -> {
            if (form == null || !form.refresh(project)) {
                form = null;
                rebuild();
            }
        });
        rebuild();
    }

    private void rebuild() {
        Set<String> selected = editor.selection().snapshot();
        if (form != null && selected.equals(formFor)) {
            return;
        }
        formFor = selected;
        Project project = editor.project();
        content.getChildren().clear();
        form = null;
        if (selected.isEmpty()) {
            form = new ProjectForm(messages, editor, openBrief);
        } else if (selected.size() == 1) {
            String id = selected.iterator().next();
            form = project.element(id).map(this::formOf).orElseGet(() -> project.links().stream()
                    .filter(l -> l.id().equals(id)).findFirst()
                    .map(l -> (Form) new LinkForm(messages, editor, l)).orElse(null));
        } else {
            int touchpoints = TouchpointsForm.touchpoints(project, selected).size();
            form = touchpoints > 0 ? new TouchpointsForm(messages, editor, selected, touchpoints) : null;
        }
        if (form != null) {
            content.getChildren().add(form.node());
        } else {
            Label count = new Label(messages.get("inspector.multiple", selected.size()));
            count.getStyleClass().add("inspector-title");
            content.getChildren().add(count);
        }
    }

    private Form formOf(Element element) {
        if (element instanceof Touchpoint t) {
            return new TouchpointForm(messages, editor, t);
        } else if (element instanceof Objective o) {
            return new ObjectiveForm(messages, editor, o);
        } else if (element instanceof StickyNote n) {
            return CaptionToneForm.note(messages, editor, n);
        }
        return CaptionToneForm.zone(messages, editor, (Zone) element);
    }
}
