package org.strategycanvas.command;

import java.util.ArrayList;
import java.util.List;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.Link;
import org.strategycanvas.model.Project;

/** Adds new elements and links (on top of the drawing order). Their ids must be new to the project. */
public record AddElements(List<Element> elements, List<Link> links, String descriptionKey) implements Command {

    public AddElements {
        elements = List.copyOf(elements);
        links = List.copyOf(links);
    }

    public static AddElements of(Element element, String descriptionKey) {
        return new AddElements(List.of(element), List.of(), descriptionKey);
    }

    @Override
    public Project execute(Project before) {
        for (Element e : elements) {
            if (before.contains(e.id())) {
                throw new IllegalStateException("id already in the project: " + e.id());
            }
        }
        return before.plus(elements, links);
    }

    @Override
    public Project undo(Project after) {
        List<String> ids = new ArrayList<>();
        elements.forEach(e -> ids.add(e.id()));
        links.forEach(l -> ids.add(l.id()));
        return after.minus(ids);
    }
}
