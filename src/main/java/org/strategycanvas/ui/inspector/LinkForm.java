package org.strategycanvas.ui.inspector;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.strategycanvas.command.AddElements;
import org.strategycanvas.command.CompositeCommand;
import org.strategycanvas.command.RemoveElements;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.Link;
import org.strategycanvas.model.LinkKind;
import org.strategycanvas.model.Project;
import org.strategycanvas.ui.editor.Editor;

/** What a link joins, and what it means: serves, flow or related. */
final class LinkForm extends Form {

    private final Editor editor;
    private final String id;
    private final Label from = new Label();
    private final Label to = new Label();
    private final ComboBox<LinkKind> kind = new ComboBox<>();
    private boolean showing;

    LinkForm(Messages messages, Editor editor, Link link) {
        super(messages, "inspector.link");
        this.editor = editor;
        this.id = link.id();
        kind.getItems().setAll(LinkKind.values());
        kind.setCellFactory(list -> new KindCell());
        kind.setButtonCell(new KindCell());
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.setId("inspector-link-kind");
        kind.valueProperty().addListener((obs, old, value) -> {
            if (!showing && value != null) {
                changeKind(value);
            }
        });
        from.setWrapText(true);
        to.setWrapText(true);
        row("inspector.linkFrom", from);
        row("inspector.linkTo", to);
        row("inspector.linkKind", kind);
        refresh(editor.project());
    }

    /** The link is given again with the new kind, as one undo step. */
    private void changeKind(LinkKind value) {
        current(editor.project()).filter(l -> l.kind() != value).ifPresent(l -> editor.execute(
                new CompositeCommand(List.of(new RemoveElements(Set.of(l.id()), "command.edit"),
                        new AddElements(List.of(), List.of(new Link(l.id(), l.from(), l.to(), value)),
                                "command.edit")), "command.edit")));
    }

    private Optional<Link> current(Project project) {
        return project.links().stream().filter(l -> l.id().equals(id)).findFirst();
    }

    @Override
    boolean refresh(Project project) {
        Optional<Link> link = current(project);
        link.ifPresent(l -> {
            showing = true;
            from.setText(project.element(l.from()).map(Element::caption).orElse(""));
            to.setText(project.element(l.to()).map(Element::caption).orElse(""));
            kind.setValue(l.kind());
            showing = false;
        });
        return link.isPresent();
    }

    private final class KindCell extends ListCell<LinkKind> {
        @Override
        protected void updateItem(LinkKind item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : messages.get("linkKind." + item.id()));
        }
    }
}
