package org.strategycanvas.ui.inspector;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.strategycanvas.command.UpdateElements;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.Project;
import org.strategycanvas.ui.editor.Editor;

/** A form for one element: every edit becomes one {@link UpdateElements} command. */
abstract class ElementForm<E extends Element> extends Form {

    protected final Editor editor;
    private final String id;
    private final Class<E> kind;

    ElementForm(Messages messages, String titleKey, Editor editor, E element, Class<E> kind) {
        super(messages, titleKey);
        this.editor = editor;
        this.id = element.id();
        this.kind = kind;
    }

    protected final Optional<E> current(Project project) {
        return project.element(id).filter(kind::isInstance).map(kind::cast);
    }

    /** Applies a change to the element as it is now; does nothing if it changes nothing. */
    protected final void update(UnaryOperator<E> change) {
        current(editor.project()).ifPresent(before -> {
            E after = change.apply(before);
            if (!after.equals(before)) {
                editor.execute(UpdateElements.of(before, after, "command.edit"));
            }
        });
    }

    @Override
    final boolean refresh(Project project) {
        Optional<E> element = current(project);
        element.ifPresent(this::show);
        return element.isPresent();
    }

    protected abstract void show(E element);

    /** The captions of the elements this one serves (outgoing) or is served by (incoming), one per line. */
    protected final String servedCaptions(String elementId, boolean outgoing) {
        Project project = editor.project();
        StringBuilder text = new StringBuilder();
        for (org.strategycanvas.model.Link link : project.links()) {
            if (link.kind() == org.strategycanvas.model.LinkKind.SERVES
                    && (outgoing ? link.from() : link.to()).equals(elementId)) {
                project.element(outgoing ? link.to() : link.from()).ifPresent(other -> {
                    text.append(text.length() == 0 ? "" : "\n").append("\u2022 ").append(other.caption());
                });
            }
        }
        return text.length() == 0 ? messages.get("inspector.servesNothing") : text.toString();
    }
}
