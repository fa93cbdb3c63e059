package org.strategycanvas.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.strategycanvas.command.AddElements;
import org.strategycanvas.command.Command;
import org.strategycanvas.command.CompositeCommand;
import org.strategycanvas.command.EditProjectInfo;
import org.strategycanvas.command.RemoveElements;
import org.strategycanvas.command.UpdateElements;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.Ids;
import org.strategycanvas.model.Link;
import org.strategycanvas.model.LinkKind;
import org.strategycanvas.model.Media;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.ProjectInfo;
import org.strategycanvas.model.StickyNote;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.model.Zone;

/** Random but valid commands against a given project, as a person's edits would be. */
public final class RandomEdits {

    private final Random random;

    public RandomEdits(long seed) {
        this.random = new Random(seed);
    }

    public Command next(Project project) {
        List<Element> elements = project.elements().toList();
        int choice = random.nextInt(elements.isEmpty() ? 3 : 9);
        switch (choice) {
            case 0:
            case 1:
                return add(project);
            case 2:
                return info(project.info());
            case 3:
                return link(project, elements);
            case 4:
                return remove(project, elements);
            case 5:
                return new CompositeCommand(List.of(add(project), info(project.info())), "command.add");
            default:
                return update(elements);
        }
    }

    private Command add(Project project) {
        Ids.Generator ids = Ids.after(project);
        List<Element> added = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            double x = random.nextInt(4000) - 2000;
            double y = random.nextInt(3000) - 1500;
            switch (random.nextInt(4)) {
                case 0:
                    added.add(Objective.create(ids.next(Ids.OBJECTIVE), "Objective " + i, x, y));
                    break;
                case 1:
                    added.add(StickyNote.create(ids.next(Ids.NOTE), "note é " + i, x, y));
                    break;
                case 2:
                    added.add(Zone.create(ids.next(Ids.ZONE), "Zone " + i, x, y));
                    break;
                default:
                    TouchpointType type = TouchpointType.values()[random.nextInt(TouchpointType.values().length)];
                    added.add(Touchpoint.create(ids.next(Ids.TOUCHPOINT), type, type.id(), x, y));
            }
        }
        return new AddElements(added, List.of(), "command.add");
    }

    private Command link(Project project, List<Element> elements) {
        Element from = elements.get(random.nextInt(elements.size()));
        Element to = elements.get(random.nextInt(elements.size()));
        if (from.equals(to)) {
            return add(project);
        }
        LinkKind kind = LinkKind.values()[random.nextInt(LinkKind.values().length)];
        Link link = new Link(Ids.after(project).next(Ids.LINK), from.id(), to.id(), kind);
        return new AddElements(List.of(), List.of(link), "command.add");
    }

    private Command remove(Project project, List<Element> elements) {
        Set<String> ids = new HashSet<>();
        int count = 1 + random.nextInt(Math.min(3, elements.size()));
        for (int i = 0; i < count; i++) {
            ids.add(elements.get(random.nextInt(elements.size())).id());
        }
        if (!project.links().isEmpty() && random.nextBoolean()) {
            ids.add(project.links().get(random.nextInt(project.links().size())).id());
        }
        return new RemoveElements(ids, "command.delete");
    }

    private Command update(List<Element> elements) {
        Element before = elements.get(random.nextInt(elements.size()));
        Element after = before.withBounds(before.bounds().translate(random.nextInt(200) - 100, random.nextInt(200) - 100));
        if (random.nextBoolean()) {
            after = after.withCaption("renamed " + random.nextInt(1000));
        }
        if (after instanceof Touchpoint t) {
            Media media = Media.values()[random.nextInt(3)];
            after = t.withSplit(t.split().with(media, random.nextInt(101)))
                    .withBudget(BigDecimal.valueOf(random.nextInt(100000), 2));
        }
        return UpdateElements.of(Map.of(before, after), "command.edit");
    }

    private Command info(ProjectInfo before) {
        ProjectInfo after = new ProjectInfo(before.title() + "+", before.organisation(), before.author(),
                random.nextBoolean() ? "fr" : "en", before.currency(),
                LocalDate.of(2026, 1, 5).plusWeeks(random.nextInt(100)));
        return new EditProjectInfo(before, after);
    }
}
