package org.strategycanvas.ui.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.strategycanvas.command.EditPlan;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.plan.Plan;
import org.strategycanvas.model.plan.PlanVersion;
import org.strategycanvas.ui.editor.Editor;

/**
 * The saved versions of the plan and, for the one picked, what changed since, in words. A version is a
 * snapshot of the touchpoints, objectives and actions, kept in the project file; saving or deleting one
 * is one undo step.
 */
final class VersionsView extends HBox {

    private final Messages messages;
    private final Editor editor;
    private final VersionTexts texts;
    private final ListView<PlanVersion> list = new ListView<>();
    private final VBox differences = new VBox(4);
    private final Button delete;

    VersionsView(Messages messages, Editor editor) {
        super(12);
        this.messages = messages;
        this.editor = editor;
        this.texts = new VersionTexts(messages);
        setPadding(new Insets(6));
        list.setId("versions-list");
        Label empty = new Label(messages.get("feedback.versions.empty"));
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(PlanVersion version, boolean blank) {
                super.updateItem(version, blank);
                setText(blank || version == null ? null : texts.title(version));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, version) -> compare());
        Button save = new Button(messages.get("feedback.versions.save"));
        save.setId("versions-save");
        save.setOnAction(e -> saveVersion());
        delete = new Button(messages.get("feedback.versions.delete"));
        delete.setId("versions-delete");
        delete.setOnAction(e -> deleteSelected());
        Label title = new Label(messages.get("feedback.versions.title"));
        title.getStyleClass().add("panel-title");
        HBox buttons = new HBox(6, save, delete);
        VBox left = new VBox(6, title, list, buttons);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setMinWidth(Region.USE_PREF_SIZE);
        left.setPrefWidth(340);
        differences.setId("versions-differences");
        differences.setPadding(new Insets(0, 6, 6, 0));
        ScrollPane scroll = new ScrollPane(differences);
        scroll.setFitToWidth(true);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(left, scroll);
        editor.projectProperty().addListener((obs, old, project) -> show(project));
        show(editor.project());
    }

    private void show(Project project) {
        PlanVersion selected = list.getSelectionModel().getSelectedItem();
        int index = list.getSelectionModel().getSelectedIndex();
        list.getItems().setAll(project.versions());
        if (selected != null && project.versions().contains(selected)) {
            list.getSelectionModel().select(selected);
        } else if (!project.versions().isEmpty()) {
            list.getSelectionModel().select(Math.max(0, Math.min(index, project.versions().size() - 1)));
        }
        compare();
    }

    /** Lists what changed between the picked version and the plan as it is now. */
    private void compare() {
        PlanVersion version = list.getSelectionModel().getSelectedItem();
        delete.setDisable(version == null);
        differences.getChildren().clear();
        if (version == null) {
            return;
        }
        Label heading = new Label(texts.heading(version));
        heading.getStyleClass().add("panel-title");
        heading.setWrapText(true);
        differences.getChildren().add(heading);
        List<VersionTexts.Group> groups = texts.differences(version, editor.project());
        if (groups.isEmpty()) {
            differences.getChildren().add(line(messages.get("feedback.versions.noDifference")));
        }
        for (VersionTexts.Group group : groups) {
            Label title = new Label(group.title());
            title.getStyleClass().add("versions-group");
            differences.getChildren().add(title);
            group.lines().forEach(text -> differences.getChildren().add(line("\u2022 " + text)));
        }
    }

    private static Label line(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("versions-line");
        return label;
    }

    /**
     * Asks for a name (by default "Version of" today's date) and keeps the touchpoints, objectives and
     * actions as they are now; the new version is then picked, so that it shows "no difference".
     */
    void saveVersion() {
        TextInputDialog dialog = new TextInputDialog(defaultName(editor.project().versions(), LocalDate.now()));
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.setTitle(messages.get("feedback.versions.dialogTitle"));
        dialog.setHeaderText(messages.get("feedback.versions.dialogHeader"));
        dialog.setContentText(messages.get("feedback.versions.name"));
        dialog.getDialogPane().getStyleClass().add("prompt");
        dialog.getEditor().setId("version-name");
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(dialog.getEditor().textProperty().isEmpty());
        Optional<String> name = dialog.showAndWait().map(String::strip).filter(n -> !n.isEmpty());
        name.ifPresent(n -> {
            Project project = editor.project();
            PlanVersion version = new PlanVersion(n, LocalDate.now(), project.touchpoints(), project.objectives(),
                    project.actions());
            List<PlanVersion> versions = new ArrayList<>(project.versions());
            versions.add(version);
            change(project.plan().withVersions(versions), "command.saveVersion");
            list.getSelectionModel().select(version);
        });
    }

    /** "Version of 24 Nov 2026", or "… (2)" when that name is taken. */
    String defaultName(List<PlanVersion> versions, LocalDate day) {
        String base = messages.get("feedback.versions.defaultName", texts.date(day));
        String name = base;
        for (int n = 2; taken(versions, name); n++) {
            name = messages.get("feedback.versions.numbered", base, n);
        }
        return name;
    }

    private static boolean taken(List<PlanVersion> versions, String name) {
        return versions.stream().anyMatch(v -> v.name().equals(name));
    }

    private void deleteSelected() {
        int index = list.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            List<PlanVersion> versions = new ArrayList<>(editor.project().versions());
            versions.remove(index);
            change(editor.project().plan().withVersions(versions), "command.deleteVersion");
        }
    }

    private void change(Plan after, String descriptionKey) {
        editor.execute(new EditPlan(editor.project().plan(), after, descriptionKey));
    }
}
