package org.strategycanvas.ui.inspector;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Project;

/** A two-column form (label, control) that shows one thing of the document and refreshes from it. */
abstract class Form {

    private final GridPane grid = new GridPane();
    protected final Messages messages;
    private int rows;

    Form(Messages messages, String titleKey, Object... titleArgs) {
        this.messages = messages;
        grid.getStyleClass().add("inspector-form");
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, controls);
        Label title = new Label(messages.get(titleKey, titleArgs));
        title.getStyleClass().add("inspector-title");
        grid.add(title, 0, rows++, 2, 1);
    }

    protected final <T extends Node> T row(String labelKey, T control) {
        Label label = new Label(messages.get(labelKey));
        label.setLabelFor(control);
        label.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(label, 0, rows);
        grid.add(control, 1, rows++);
        GridPane.setHgrow(control, Priority.ALWAYS);
        return control;
    }

    /** A control as wide as the form, under its own label. */
    protected final <T extends Node> T below(String labelKey, T control) {
        return belowText(messages.get(labelKey), control);
    }

    /** A control as wide as the form, under a label given as text. */
    protected final <T extends Node> T belowText(String labelText, T control) {
        Label label = new Label(labelText);
        label.setWrapText(true);
        label.setLabelFor(control);
        grid.add(label, 0, rows++, 2, 1);
        grid.add(control, 0, rows++, 2, 1);
        return control;
    }

    /** A control as wide as the form, with no label. */
    protected final <T extends Node> T wide(T control) {
        grid.add(control, 0, rows++, 2, 1);
        return control;
    }

    /** A line of text as wide as the form. */
    protected final Label note(String text) {
        Label note = new Label(text);
        note.setWrapText(true);
        note.getStyleClass().add("inspector-note");
        grid.add(note, 0, rows++, 2, 1);
        return note;
    }

    Node node() {
        return grid;
    }

    /** Shows what the project now says; false if what this form shows is gone. */
    abstract boolean refresh(Project project);
}
