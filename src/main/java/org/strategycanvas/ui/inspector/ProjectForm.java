package org.strategycanvas.ui.inspector;

import java.util.Locale;
import java.util.function.UnaryOperator;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.strategycanvas.command.EditProjectInfo;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.ProjectInfo;
import org.strategycanvas.model.plan.BriefCompleteness;
import org.strategycanvas.ui.editor.Editor;

/** The project's details, shown when nothing is selected, and the way to its strategy brief. */
final class ProjectForm extends Form {

    private final Editor editor;
    private final CommitTextField title = new CommitTextField(text -> update(i -> i.withTitle(text.strip())));
    private final CommitTextField organisation = new CommitTextField(text -> update(i ->
            new ProjectInfo(i.title(), text.strip(), i.author(), i.language(), i.currency(), i.planStart())));
    private final CommitTextField author = new CommitTextField(text -> update(i ->
            new ProjectInfo(i.title(), i.organisation(), text.strip(), i.language(), i.currency(), i.planStart())));
    private final ComboBox<String> language = new ComboBox<>();
    private final CommitTextField currency;
    private final DatePicker planStart = new DatePicker();
    private final Label briefFilled;
    private boolean showing;

    ProjectForm(Messages messages, Editor editor, Runnable openBrief) {
        super(messages, "inspector.project");
        this.editor = editor;
        title.setId("inspector-project-title");
        language.getItems().setAll("fr", "en");
        language.setCellFactory(list -> new LanguageCell());
        language.setButtonCell(new LanguageCell());
        language.setMaxWidth(Double.MAX_VALUE);
        language.valueProperty().addListener((obs, old, value) -> {
            if (!showing && value != null) {
                update(i -> new ProjectInfo(i.title(), i.organisation(), i.author(), value, i.currency(),
                        i.planStart()));
            }
        });
        CommitTextField[] self = new CommitTextField[1];
        self[0] = new CommitTextField(text -> {
            String code = text.strip().toUpperCase(Locale.ROOT);
            boolean valid = code.matches("[A-Z]{3}");
            self[0].markInvalid(!valid);
            if (valid) {
                update(i -> new ProjectInfo(i.title(), i.organisation(), i.author(), i.language(), code,
                        i.planStart()));
            }
        });
        currency = self[0];
        planStart.valueProperty().addListener((obs, old, value) -> {
            if (!showing && value != null) {
                update(i -> new ProjectInfo(i.title(), i.organisation(), i.author(), i.language(), i.currency(),
                        value));
            }
        });
        planStart.setMaxWidth(Double.MAX_VALUE);
        row("inspector.title", title);
        row("inspector.organisation", organisation);
        row("inspector.author", author);
        row("inspector.language", language);
        row("inspector.currency", currency);
        row("inspector.planStart", planStart);
        Button brief = wide(new Button(messages.get("inspector.openBrief")));
        brief.setId("inspector-open-brief");
        brief.setOnAction(e -> openBrief.run());
        briefFilled = note("");
        refresh(editor.project());
    }

    private void update(UnaryOperator<ProjectInfo> change) {
        ProjectInfo before = editor.project().info();
        ProjectInfo after = change.apply(before);
        if (!after.equals(before)) {
            editor.execute(new EditProjectInfo(before, after));
        }
    }

    @Override
    boolean refresh(Project project) {
        ProjectInfo info = project.info();
        showing = true;
        title.show(info.title());
        organisation.show(info.organisation());
        author.show(info.author());
        language.setValue(info.language());
        currency.show(info.currency());
        planStart.setValue(info.planStart());
        BriefCompleteness filled = BriefCompleteness.of(project.brief());
        briefFilled.setText(messages.get("brief.completeness", filled.filled(), filled.total()));
        showing = false;
        return true;
    }

    private final class LanguageCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : messages.get("language." + item));
        }
    }
}
