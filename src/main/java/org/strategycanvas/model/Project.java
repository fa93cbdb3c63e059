package org.strategycanvas.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.strategycanvas.model.plan.Action;
import org.strategycanvas.model.plan.Actual;
import org.strategycanvas.model.plan.Brief;
import org.strategycanvas.model.plan.Plan;
import org.strategycanvas.model.plan.PlanVersion;
import org.strategycanvas.model.plan.Scenario;
import org.strategycanvas.model.plan.ScenarioBudgets;

/**
 * A whole strategy: immutable, so that every version of it can be kept by the undo stack and compared.
 * List order is meaningful: it is the drawing order (later elements are drawn on top) and the file order.
 */
public final class Project {

    private final ProjectInfo info;
    private final List<Touchpoint> touchpoints;
    private final List<Objective> objectives;
    private final List<Link> links;
    private final List<StickyNote> notes;
    private final List<Zone> zones;
    private final MixPlan mixPlan;
    private final Plan plan;
    private Map<String, Element> index;
    private ScenarioBudgets activeBudgets;

    public Project(ProjectInfo info, List<Touchpoint> touchpoints, List<Objective> objectives, List<Link> links,
                   List<StickyNote> notes, List<Zone> zones, MixPlan mixPlan, Plan plan) {
        this.info = Objects.requireNonNull(info, "info");
        this.touchpoints = List.copyOf(touchpoints);
        this.objectives = List.copyOf(objectives);
        this.links = List.copyOf(links);
        this.notes = List.copyOf(notes);
        this.zones = List.copyOf(zones);
        this.mixPlan = Objects.requireNonNull(mixPlan, "mixPlan");
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    /** A project with the default plan: empty brief, three scenarios, no action. */
    public Project(ProjectInfo info, List<Touchpoint> touchpoints, List<Objective> objectives, List<Link> links,
                   List<StickyNote> notes, List<Zone> zones, MixPlan mixPlan) {
        this(info, touchpoints, objectives, links, notes, zones, mixPlan, Plan.DEFAULT);
    }

    /** A project with the default mix plan. */
    public Project(ProjectInfo info, List<Touchpoint> touchpoints, List<Objective> objectives, List<Link> links,
                   List<StickyNote> notes, List<Zone> zones) {
        this(info, touchpoints, objectives, links, notes, zones, MixPlan.DEFAULT);
    }

    public static Project empty(ProjectInfo info) {
        return new Project(info, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public ProjectInfo info() {
        return info;
    }

    public List<Touchpoint> touchpoints() {
        return touchpoints;
    }

    public List<Objective> objectives() {
        return objectives;
    }

    public List<Link> links() {
        return links;
    }

    public List<StickyNote> notes() {
        return notes;
    }

    public List<Zone> zones() {
        return zones;
    }

    public MixPlan mixPlan() {
        return mixPlan;
    }

    public Project withMixPlan(MixPlan newMixPlan) {
        return new Project(info, touchpoints, objectives, links, notes, zones, newMixPlan, plan);
    }

    /** The brief, scenarios, actions, actuals and versions. */
    public Plan plan() {
        return plan;
    }

    public Brief brief() {
        return plan.brief();
    }

    public List<Scenario> scenarios() {
        return plan.scenarios();
    }

    public String activeScenario() {
        return plan.activeScenario();
    }

    public List<Action> actions() {
        return plan.actions();
    }

    public List<Actual> actuals() {
        return plan.actuals();
    }

    public List<PlanVersion> versions() {
        return plan.versions();
    }

    /** What each touchpoint costs in a scenario: its actions' budgets there, or its own standing budget. */
    public ScenarioBudgets budgetsIn(String scenarioId) {
        return new ScenarioBudgets(touchpoints, plan.actions(), scenarioId);
    }

    /** The budgets of the active scenario: the cards' badges and the plan's mix. Worked out once per version. */
    public ScenarioBudgets activeBudgets() {
        ScenarioBudgets result = activeBudgets;
        if (result == null) {
            result = budgetsIn(plan.activeScenario());
            activeBudgets = result;
        }
        return result;
    }

    public Project withPlan(Plan newPlan) {
        return new Project(info, touchpoints, objectives, links, notes, zones, mixPlan, newPlan);
    }

    public Project withBrief(Brief newBrief) {
        return withPlan(plan.withBrief(newBrief));
    }

    public Project withScenarios(List<Scenario> newScenarios, String newActive) {
        return withPlan(plan.withScenarios(newScenarios, newActive));
    }

    public Project withActions(List<Action> newActions) {
        return withPlan(plan.withActions(newActions));
    }

    public Project withActuals(List<Actual> newActuals) {
        return withPlan(plan.withActuals(newActuals));
    }

    public Project withVersions(List<PlanVersion> newVersions) {
        return withPlan(plan.withVersions(newVersions));
    }

    /** Every placed element in drawing order: zones at the back, then notes, objectives, touchpoints. */
    public Stream<Element> elements() {
        return Stream.of(zones, notes, objectives, touchpoints).flatMap(List::stream);
    }

    public Optional<Element> element(String id) {
        return Optional.ofNullable(index().get(id));
    }

    public boolean contains(String id) {
        return index().containsKey(id) || links.stream().anyMatch(l -> l.id().equals(id));
    }

    public boolean isEmpty() {
        return touchpoints.isEmpty() && objectives.isEmpty() && notes.isEmpty() && zones.isEmpty() && links.isEmpty();
    }

    /** Each element by its id (of two with one id, the later), made once per project and kept. */
    Map<String, Element> index() {
        Map<String, Element> result = index;
        if (result == null) {
            int count = zones.size() + notes.size() + objectives.size() + touchpoints.size();
            result = new HashMap<>(count * 4 / 3 + 1); // sized once: a large plan is indexed on every open
            for (Element e : (Iterable<Element>) elements()::iterator) {
                result.put(e.id(), e);
            }
            index = result;
        }
        return result;
    }

    public Project withInfo(ProjectInfo newInfo) {
        return new Project(newInfo, touchpoints, objectives, links, notes, zones, mixPlan, plan);
    }

    /** Adds elements and links at the end of their lists. */
    public Project plus(Collection<? extends Element> added, Collection<Link> addedLinks) {
        List<Touchpoint> tps = new ArrayList<>(touchpoints);
        List<Objective> objs = new ArrayList<>(objectives);
        List<StickyNote> nts = new ArrayList<>(notes);
        List<Zone> zns = new ArrayList<>(zones);
        for (Element e : added) {
            if (e instanceof Touchpoint t) {
                tps.add(t);
            } else if (e instanceof Objective o) {
                objs.add(o);
            } else if (e instanceof StickyNote n) {
                nts.add(n);
            } else {
                zns.add((Zone) e);
            }
        }
        List<Link> lks = new ArrayList<>(links);
        lks.addAll(addedLinks);
        return new Project(info, tps, objs, lks, nts, zns, mixPlan, plan);
    }

    /** Replaces elements that have the same id, keeping their place in the drawing order. */
    public Project replacing(Map<String, ? extends Element> byId) {
        return new Project(info, replaceIn(touchpoints, byId, Touchpoint.class),
                replaceIn(objectives, byId, Objective.class), links,
                replaceIn(notes, byId, StickyNote.class), replaceIn(zones, byId, Zone.class), mixPlan, plan);
    }

    private static <T extends Element> List<T> replaceIn(List<T> list, Map<String, ? extends Element> byId,
                                                         Class<T> kind) {
        boolean any = false;
        for (T e : list) {
            if (byId.containsKey(e.id())) {
                any = true;
                break;
            }
        }
        if (!any) {
            return list;
        }
        List<T> result = new ArrayList<>(list.size());
        for (T e : list) {
            Element replacement = byId.get(e.id());
            result.add(replacement == null ? e : kind.cast(replacement));
        }
        return result;
    }

    /**
     * Removes the elements and links with these ids; links touching a removed element go too. The plan
     * keeps nothing dangling: actions lose their reference to a removed touchpoint or objective (it becomes
     * null) and the actuals of a removed objective go (see {@link Plan#without}).
     */
    public Project minus(Collection<String> ids) {
        java.util.Set<String> gone = new java.util.HashSet<>(ids);
        return new Project(info,
                touchpoints.stream().filter(e -> !gone.contains(e.id())).toList(),
                objectives.stream().filter(e -> !gone.contains(e.id())).toList(),
                links.stream().filter(l -> !gone.contains(l.id()) && !gone.contains(l.from())
                        && !gone.contains(l.to())).toList(),
                notes.stream().filter(e -> !gone.contains(e.id())).toList(),
                zones.stream().filter(e -> !gone.contains(e.id())).toList(), mixPlan, plan.without(gone));
    }

    /** Replaces the whole content of each list; used to restore an exact earlier order. */
    public Project withContent(List<Touchpoint> newTouchpoints, List<Objective> newObjectives, List<Link> newLinks,
                               List<StickyNote> newNotes, List<Zone> newZones) {
        return new Project(info, newTouchpoints, newObjectives, newLinks, newNotes, newZones, mixPlan, plan);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Project p && info.equals(p.info) && touchpoints.equals(p.touchpoints)
                && objectives.equals(p.objectives) && links.equals(p.links) && notes.equals(p.notes)
                && zones.equals(p.zones) && mixPlan.equals(p.mixPlan) && plan.equals(p.plan);
    }

    @Override
    public int hashCode() {
        return Objects.hash(info, touchpoints, objectives, links, notes, zones, mixPlan, plan);
    }

    @Override
    public String toString() {
        return "Project[" + info.title() + ", " + touchpoints.size() + " touchpoints, " + objectives.size()
                + " objectives, " + links.size() + " links, " + notes.size() + " notes, " + zones.size() + " zones]";
    }
}
