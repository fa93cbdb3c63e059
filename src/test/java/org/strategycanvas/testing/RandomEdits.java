package org.strategycanvas.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.strategycanvas.command.AddElements;
import org.strategycanvas.command.Command;
import org.strategycanvas.command.CompositeCommand;
import org.strategycanvas.command.EditPlan;
import org.strategycanvas.command.EditProjectInfo;
import org.strategycanvas.command.RemoveElements;
import org.strategycanvas.command.ReplaceProject;
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
import org.strategycanvas.model.TouchpointRemoval;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.model.Zone;
import org.strategycanvas.model.plan.Action;
import org.strategycanvas.model.plan.Actual;
import org.strategycanvas.model.plan.Brief;
import org.strategycanvas.model.plan.Person;
import org.strategycanvas.model.plan.Plan;
import org.strategycanvas.model.plan.PlanVersion;
import org.strategycanvas.model.plan.Resource;
import org.strategycanvas.model.plan.Scenario;

/** Random but valid commands against a given project, as a person's edits would be. */
public final class RandomEdits {

    private final Random random;

    public RandomEdits(long seed) {
        this.random = new Random(seed);
    }

    public Command next(Project project) {
        List<Element> elements = project.elements().toList();
        if (random.nextInt(4) == 0) {
            return plan(project);
        }
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
        TouchpointRemoval removal = new TouchpointRemoval(project, ids);
        if (!removal.needsAChoice() || random.nextInt(4) == 0) {
            return new RemoveElements(ids, "command.delete");
        }
        // As the deletion prompt would: move to a touchpoint that stays, detach or delete the actions.
        List<Touchpoint> targets = removal.moveTargets();
        TouchpointRemoval.Fate fate = TouchpointRemoval.Fate.values()[random.nextInt(3)];
        if (fate == TouchpointRemoval.Fate.MOVE && targets.isEmpty()) {
            fate = TouchpointRemoval.Fate.DETACH;
        }
        String target = fate == TouchpointRemoval.Fate.MOVE ? pick(targets).id() : null;
        return new ReplaceProject(project, removal.apply(fate, target), "command.delete");
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

    /** A plan edit that keeps every reference valid: add or drop an action, record, rename, save a version. */
    private Command plan(Project project) {
        Plan before = project.plan();
        Plan after;
        switch (random.nextInt(6)) {
            case 0: {
                List<Action> actions = new ArrayList<>(before.actions());
                Set<String> taken = new HashSet<>();
                actions.forEach(a -> taken.add(a.id()));
                int n = actions.size() + 1;
                while (taken.contains("ac-r" + n)) {
                    n++;
                }
                actions.add(action(project, "ac-r" + n));
                after = before.withActions(actions);
                break;
            }
            case 1: {
                List<Action> actions = new ArrayList<>(before.actions());
                if (!actions.isEmpty()) {
                    actions.remove(random.nextInt(actions.size()));
                }
                after = before.withActions(actions);
                break;
            }
            case 2: {
                List<Actual> actuals = new ArrayList<>(before.actuals());
                if (!project.objectives().isEmpty()) {
                    actuals.add(new Actual(pick(project.objectives()).id(),
                            LocalDate.of(2026, 1, 5).plusDays(random.nextInt(400)),
                            BigDecimal.valueOf(random.nextInt(100000) - 5000, 1)));
                }
                after = before.withActuals(actuals);
                break;
            }
            case 3:
                after = before.withBrief(new Brief("raison d'être " + random.nextInt(100), "", "", "", "", "", "",
                        new Resource(BigDecimal.valueOf(random.nextInt(5)), BigDecimal.valueOf(random.nextInt(5)),
                                "équipe"), Resource.UNKNOWN, Resource.UNKNOWN, Resource.UNKNOWN, "", "", "", "",
                        List.of(new Person("Claire", "gérante", true, random.nextBoolean()))));
                break;
            case 4: {
                List<Scenario> renamed = before.scenarios().stream()
                        .map(sc -> new Scenario(sc.id(), sc.name() + "*")).toList();
                after = before.withScenarios(renamed, pick(renamed).id());
                break;
            }
            default: {
                List<PlanVersion> versions = new ArrayList<>(before.versions());
                versions.add(new PlanVersion("v" + versions.size(), LocalDate.of(2026, 2, 1), project.touchpoints(),
                        project.objectives(), before.actions()));
                after = before.withVersions(versions);
            }
        }
        return new EditPlan(before, after);
    }

    private Action action(Project project, String id) {
        Map<String, BigDecimal> budgets = new HashMap<>();
        for (Scenario sc : project.scenarios()) {
            if (random.nextBoolean()) {
                budgets.put(sc.id(), BigDecimal.valueOf(random.nextInt(100000), 2));
            }
        }
        String touchpoint = project.touchpoints().isEmpty() || random.nextBoolean() ? null
                : pick(project.touchpoints()).id();
        String objective = project.objectives().isEmpty() || random.nextBoolean() ? null
                : pick(project.objectives()).id();
        return new Action(id, "action " + id, touchpoint, objective, random.nextInt(52), 1 + random.nextInt(12),
                "", budgets, random.nextBoolean());
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
