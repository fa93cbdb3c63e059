package org.strategycanvas.ui.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.plan.Person;
import org.strategycanvas.ui.inspector.CommitTextField;

/**
 * The people involved, one line each: name, role, whether they approve the plan and whether they approve
 * its budget, and a button to remove them; a button below adds someone. The lines are built again only
 * when the number of people changes, so that an undo elsewhere does not take the field being typed in.
 */
final class PeopleList extends VBox {

    private final Messages messages;
    private final BriefEdits edits;
    private final GridPane grid = new GridPane();
    private final Label none;
    private final List<Row> rows = new ArrayList<>();

    PeopleList(Messages messages, BriefEdits edits) {
        this.messages = messages;
        this.edits = edits;
        getStyleClass().add("brief-people");
        setSpacing(8);
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints name = new ColumnConstraints(140, 220, 320);
        name.setHgrow(Priority.SOMETIMES);
        ColumnConstraints role = new ColumnConstraints(140, 260, Double.MAX_VALUE);
        role.setHgrow(Priority.ALWAYS);
        ColumnConstraints remove = new ColumnConstraints();
        remove.setMinWidth(USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(name, role, centred(), centred(), remove);
        none = new Label(messages.get("brief.people.none"));
        none.setWrapText(true);
        none.getStyleClass().add("brief-hint");
        Button add = new Button(messages.get("brief.people.add"));
        add.setId("brief-add-person");
        add.setOnAction(e -> addPerson());
        getChildren().addAll(grid, none, add);
    }

    private static ColumnConstraints centred() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHalignment(HPos.CENTER);
        c.setMinWidth(USE_PREF_SIZE);
        return c;
    }

    void show(List<Person> people) {
        if (people.size() != rows.size()) {
            rebuild(people.size());
        }
        for (int i = 0; i < people.size(); i++) {
            rows.get(i).show(people.get(i));
        }
    }

    private void rebuild(int count) {
        // Forget the old lines before they leave the scene: a field losing focus then commits nothing.
        rows.clear();
        grid.getChildren().clear();
        if (count > 0) {
            String[] headers = {"brief.people.name", "brief.people.role", "brief.people.approves",
                    "brief.people.approvesBudget"};
            for (int c = 0; c < headers.length; c++) {
                Label header = new Label(messages.get(headers[c]));
                header.getStyleClass().add("brief-column-title");
                header.setMinWidth(USE_PREF_SIZE);
                grid.add(header, c, 0);
            }
        }
        for (int i = 0; i < count; i++) {
            rows.add(new Row(i));
        }
        none.setVisible(count == 0);
        none.setManaged(count == 0);
    }

    private void addPerson() {
        edits.apply("command.brief.addPerson", b -> {
            List<Person> people = new ArrayList<>(b.people());
            people.add(new Person("", "", false, false));
            return b.withPeople(people);
        });
        if (!rows.isEmpty()) {
            rows.get(rows.size() - 1).name.requestFocus();
        }
    }

    /** One person's line, bound to a position in the list. */
    private final class Row {
        private final int index;
        private final CommitTextField name = new CommitTextField(text -> change(p ->
                new Person(text.strip(), p.role(), p.approves(), p.approvesBudget())));
        private final CommitTextField role = new CommitTextField(text -> change(p ->
                new Person(p.name(), text.strip(), p.approves(), p.approvesBudget())));
        private final CheckBox approves = new CheckBox();
        private final CheckBox approvesBudget = new CheckBox();
        private final Button remove = new Button(messages.get("brief.people.remove"));

        Row(int index) {
            this.index = index;
            String id = "brief-person-" + index;
            name.setId(id + "-name");
            name.setPromptText(messages.get("brief.people.name"));
            role.setId(id + "-role");
            role.setPromptText(messages.get("brief.people.rolePrompt"));
            approves.setId(id + "-approves");
            approves.setOnAction(e -> change(p ->
                    new Person(p.name(), p.role(), approves.isSelected(), p.approvesBudget())));
            approvesBudget.setId(id + "-approvesBudget");
            approvesBudget.setOnAction(e -> change(p ->
                    new Person(p.name(), p.role(), p.approves(), approvesBudget.isSelected())));
            remove.setId(id + "-remove");
            remove.setMinWidth(USE_PREF_SIZE);
            remove.setOnAction(e -> removePerson());
            grid.addRow(index + 1, name, role, approves, approvesBudget, remove);
        }

        void show(Person person) {
            name.show(person.name());
            role.show(person.role());
            approves.setSelected(person.approves());
            approvesBudget.setSelected(person.approvesBudget());
            approves.setAccessibleText(messages.get("brief.people.approves") + " — " + person.name());
            approvesBudget.setAccessibleText(messages.get("brief.people.approvesBudget") + " — " + person.name());
            remove.setAccessibleText(messages.get("brief.people.removeWho", person.name()));
            // The boxes have no words beside them (the column says what they mean): their tooltip says it too.
            approves.setTooltip(new Tooltip(approves.getAccessibleText()));
            approvesBudget.setTooltip(new Tooltip(approvesBudget.getAccessibleText()));
        }

        private boolean isCurrent() {
            return rows.size() > index && rows.get(index) == this;
        }

        private void change(UnaryOperator<Person> edit) {
            if (isCurrent()) {
                edits.apply("command.brief.person", b -> {
                    List<Person> people = new ArrayList<>(b.people());
                    people.set(index, edit.apply(people.get(index)));
                    return b.withPeople(people);
                });
            }
        }

        private void removePerson() {
            if (isCurrent()) {
                edits.apply("command.brief.removePerson", b -> {
                    List<Person> people = new ArrayList<>(b.people());
                    people.remove(index);
                    return b.withPeople(people);
                });
            }
        }
    }
}
