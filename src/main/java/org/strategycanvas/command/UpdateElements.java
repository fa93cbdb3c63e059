package org.strategycanvas.command;

import java.util.LinkedHashMap;
import java.util.Map;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.Project;

/**
 * Replaces elements by new versions with the same ids: a move, a rename, an edit in the inspector.
 * Keeps each element's place in the drawing order.
 */
public final class UpdateElements implements Command {

    private final Map<String, Element> before;
    private final Map<String, Element> after;
    private final String descriptionKey;

    private UpdateElements(Map<String, Element> before, Map<String, Element> after, String descriptionKey) {
        this.before = before;
        this.after = after;
        this.descriptionKey = descriptionKey;
    }

    /** One update per pair; the two sides of each pair must share an id. */
    public static UpdateElements of(Map<? extends Element, ? extends Element> oldToNew, String descriptionKey) {
        Map<String, Element> before = new LinkedHashMap<>();
        Map<String, Element> after = new LinkedHashMap<>();
        oldToNew.forEach((o, n) -> {
            if (!o.id().equals(n.id())) {
                throw new IllegalArgumentException("an update keeps the id: " + o.id() + " vs " + n.id());
            }
            before.put(o.id(), o);
            after.put(n.id(), n);
        });
        return new UpdateElements(before, after, descriptionKey);
    }

    public static UpdateElements of(Element oldElement, Element newElement, String descriptionKey) {
        return of(Map.of(oldElement, newElement), descriptionKey);
    }

    public boolean changesNothing() {
        return before.equals(after);
    }

    @Override
    public Project execute(Project project) {
        return project.replacing(after);
    }

    @Override
    public Project undo(Project project) {
        return project.replacing(before);
    }

    @Override
    public String descriptionKey() {
        return descriptionKey;
    }
}
