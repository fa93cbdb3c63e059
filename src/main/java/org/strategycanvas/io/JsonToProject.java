package org.strategycanvas.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.strategycanvas.io.ProjectJson.ActionJson;
import org.strategycanvas.io.ProjectJson.ActualJson;
import org.strategycanvas.io.ProjectJson.BriefJson;
import org.strategycanvas.io.ProjectJson.FileJson;
import org.strategycanvas.io.ProjectJson.PersonJson;
import org.strategycanvas.io.ProjectJson.ResourceJson;
import org.strategycanvas.io.ProjectJson.ScenarioJson;
import org.strategycanvas.io.ProjectJson.VersionJson;
import org.strategycanvas.io.ProjectJson.InfoJson;
import org.strategycanvas.io.ProjectJson.LinkJson;
import org.strategycanvas.io.ProjectJson.MixPlanJson;
import org.strategycanvas.io.ProjectJson.PhaseJson;
import org.strategycanvas.io.ProjectJson.TargetJson;
import org.strategycanvas.io.ProjectJson.NoteJson;
import org.strategycanvas.io.ProjectJson.ObjectiveJson;
import org.strategycanvas.io.ProjectJson.SplitJson;
import org.strategycanvas.io.ProjectJson.TouchpointJson;
import org.strategycanvas.io.ProjectJson.ZoneJson;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.JourneyStage;
import org.strategycanvas.model.Link;
import org.strategycanvas.model.LinkKind;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.MixPlan;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.PeriodUnit;
import org.strategycanvas.model.Phase;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.ProjectInfo;
import org.strategycanvas.model.ProjectProblems;
import org.strategycanvas.model.StickyNote;
import org.strategycanvas.model.Tone;
import org.strategycanvas.model.Touchpoint;
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

/** File layout to model, checking every value the types cannot: the first problem found is reported. */
final class JsonToProject {

    private final String file;

    JsonToProject(String file) {
        this.file = file;
    }

    Project convert(FileJson f) throws ProjectFileException {
        Text top = Places.header();
        ProjectInfo info = info(present(f.project(), "project", top));
        List<Zone> zones = new ArrayList<>();
        for (int i = 0; i < present(f.zones(), "zones", top).size(); i++) {
            ZoneJson z = present(f.zones().get(i), "zones", Places.item("zones", i + 1, null));
            Text at = Places.item("zones", i + 1, z.id());
            zones.add(new Zone(id(z.id(), at), present(z.label(), "label", at), tone(z.tone(), at),
                    bounds(z.x(), z.y(), z.width(), z.height(), at), z.stage() == null ? null : stage(z.stage(), at)));
        }
        List<StickyNote> notes = new ArrayList<>();
        for (int i = 0; i < present(f.notes(), "notes", top).size(); i++) {
            NoteJson n = present(f.notes().get(i), "notes", Places.item("notes", i + 1, null));
            Text at = Places.item("notes", i + 1, n.id());
            notes.add(new StickyNote(id(n.id(), at), present(n.text(), "text", at), tone(n.tone(), at),
                    bounds(n.x(), n.y(), n.width(), n.height(), at)));
        }
        List<Objective> objectives = new ArrayList<>();
        for (int i = 0; i < present(f.objectives(), "objectives", top).size(); i++) {
            ObjectiveJson o = present(f.objectives().get(i), "objectives", Places.item("objectives", i + 1, null));
            objectives.add(objective(o, Places.item("objectives", i + 1, o.id())));
        }
        List<Touchpoint> touchpoints = new ArrayList<>();
        for (int i = 0; i < present(f.touchpoints(), "touchpoints", top).size(); i++) {
            TouchpointJson t = present(f.touchpoints().get(i), "touchpoints",
                    Places.item("touchpoints", i + 1, null));
            touchpoints.add(touchpoint(t, Places.item("touchpoints", i + 1, t.id())));
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < present(f.links(), "links", top).size(); i++) {
            LinkJson l = present(f.links().get(i), "links", Places.item("links", i + 1, null));
            Text at = Places.item("links", i + 1, l.id());
            String kindId = present(l.kind(), "kind", at);
            LinkKind kind = LinkKind.byId(kindId)
                    .orElseThrow(() -> new ProjectFileException("io.error.unknownKind", file, Places.shown(kindId), at));
            links.add(new Link(id(l.id(), at), present(l.from(), "from", at), present(l.to(), "to", at), kind));
        }
        MixPlan mixPlan = mixPlan(present(f.mixPlan(), "mixPlan", top));
        Project project = new Project(info, touchpoints, objectives, links, notes, zones, mixPlan, plan(f));
        List<ProjectProblems.Problem> problems = ProjectProblems.of(project);
        if (!problems.isEmpty()) {
            ProjectProblems.Problem first = problems.get(0);
            throw new ProjectFileException("io.error." + first.key().substring("problem.".length()),
                    file, Places.shown(first.id()));
        }
        return project;
    }

    private ProjectInfo info(InfoJson i) throws ProjectFileException {
        Text at = Places.projectDetails();
        return new ProjectInfo(present(i.title(), "title", at), present(i.organisation(), "organisation", at),
                present(i.author(), "author", at), present(i.language(), "language", at),
                present(i.currency(), "currency", at), date(present(i.planStart(), "planStart", at), at));
    }

    private Objective objective(ObjectiveJson o, Text at) throws ProjectFileException {
        return new Objective(id(o.id(), at), present(o.title(), "title", at), present(o.kpiMetric(), "kpiMetric", at),
                present(o.unit(), "unit", at), decimal(o.baseline(), "baseline", at),
                decimal(o.target(), "target", at), o.deadline() == null ? null : date(o.deadline(), at),
                bounds(o.x(), o.y(), o.width(), o.height(), at), present(o.owner(), "owner", at));
    }

    private Touchpoint touchpoint(TouchpointJson t, Text at) throws ProjectFileException {
        String typeId = present(t.type(), "type", at);
        TouchpointType type = TouchpointType.byId(typeId)
                .orElseThrow(() -> new ProjectFileException("io.error.unknownType", file, Places.shown(typeId), at));
        MediaSplit split = split(present(t.split(), "split", at), at);
        BigDecimal budget = decimal(present(t.budget(), "budget", at), "budget", at);
        if (budget.signum() < 0) {
            throw new ProjectFileException("io.error.negativeBudget", file, at);
        }
        LocalDate activeFrom = t.activeFrom() == null ? null : date(t.activeFrom(), at);
        LocalDate activeTo = t.activeTo() == null ? null : date(t.activeTo(), at);
        if (activeFrom != null && activeTo != null && activeTo.isBefore(activeFrom)) {
            throw new ProjectFileException("io.error.activeRangeBackwards", file, at, activeTo.toString(),
                    activeFrom.toString());
        }
        return new Touchpoint(id(t.id(), at), type, present(t.label(), "label", at), present(t.notes(), "notes", at),
                bounds(t.x(), t.y(), t.width(), t.height(), at), split, budget,
                activeFrom, activeTo, stages(present(t.stages(), "stages", at), at));
    }

    private SortedSet<String> stages(List<String> ids, Text at) throws ProjectFileException {
        SortedSet<String> stages = new TreeSet<>();
        for (String id : ids) {
            stages.add(stage(present(id, "stages", at), at));
        }
        return stages;
    }

    private String stage(String id, Text at) throws ProjectFileException {
        if (JourneyStage.byId(id).isEmpty()) {
            throw new ProjectFileException("io.error.unknownStage", file, Places.shown(id), at);
        }
        return id;
    }

    private Plan plan(FileJson f) throws ProjectFileException {
        Text top = Places.header();
        Brief brief = brief(present(f.brief(), "brief", top));
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < present(f.scenarios(), "scenarios", top).size(); i++) {
            ScenarioJson s = present(f.scenarios().get(i), "scenarios", Places.item("scenarios", i + 1, null));
            Text at = Places.item("scenarios", i + 1, s.id());
            scenarios.add(new Scenario(id(s.id(), at), present(s.name(), "name", at)));
        }
        String active = present(f.activeScenario(), "activeScenario", top);
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < present(f.actions(), "actions", top).size(); i++) {
            ActionJson a = present(f.actions().get(i), "actions", Places.item("actions", i + 1, null));
            actions.add(action(a, Places.item("actions", i + 1, a.id())));
        }
        List<Actual> actuals = new ArrayList<>();
        for (int i = 0; i < present(f.actuals(), "actuals", top).size(); i++) {
            ActualJson a = present(f.actuals().get(i), "actuals", Places.item("actuals", i + 1, null));
            Text at = Places.item("actuals", i + 1, a.objective());
            BigDecimal value = decimal(present(a.value(), "value", at), "value", at);
            actuals.add(new Actual(present(a.objective(), "objective", at), date(present(a.date(), "date", at), at),
                    value));
        }
        List<PlanVersion> versions = new ArrayList<>();
        for (int i = 0; i < present(f.versions(), "versions", top).size(); i++) {
            VersionJson v = present(f.versions().get(i), "versions", Places.item("versions", i + 1, null));
            versions.add(version(v, Places.item("versions", i + 1, v.name())));
        }
        return new Plan(brief, scenarios, active, actions, actuals, versions);
    }

    private Brief brief(BriefJson b) throws ProjectFileException {
        Text at = Places.brief();
        List<Person> people = new ArrayList<>();
        for (PersonJson p : present(b.people(), "people", at)) {
            PersonJson person = present(p, "people", at);
            people.add(new Person(present(person.name(), "name", at), present(person.role(), "role", at),
                    present(person.approves(), "approves", at), present(person.approvesBudget(), "approvesBudget", at)));
        }
        return new Brief(present(b.purpose(), "purpose", at), present(b.startingPoint(), "startingPoint", at),
                present(b.futureState(), "futureState", at), present(b.socialFootprint(), "socialFootprint", at),
                present(b.interestCommunities(), "interestCommunities", at),
                present(b.digitalTarget(), "digitalTarget", at), present(b.sharedValues(), "sharedValues", at),
                resource(present(b.staff(), "staff", at), at), resource(present(b.budget(), "budget", at), at),
                resource(present(b.time(), "time", at), at), resource(present(b.expertise(), "expertise", at), at),
                present(b.product(), "product", at), present(b.price(), "price", at),
                present(b.place(), "place", at), present(b.promotion(), "promotion", at), people);
    }

    private Resource resource(ResourceJson r, Text at) throws ProjectFileException {
        return new Resource(decimal(r.available(), "available", at), decimal(r.needed(), "needed", at),
                present(r.note(), "note", at));
    }

    private Action action(ActionJson a, Text at) throws ProjectFileException {
        int start = present(a.startWeek(), "startWeek", at);
        if (start < 0) {
            throw new ProjectFileException("io.error.badStartWeek", file, at, start);
        }
        int weeks = present(a.durationWeeks(), "durationWeeks", at);
        if (weeks < 1) {
            throw new ProjectFileException("io.error.badDuration", file, at, weeks);
        }
        Map<String, BigDecimal> budgets = new TreeMap<>();
        for (Map.Entry<String, BigDecimal> e : present(a.budgets(), "budgets", at).entrySet()) {
            BigDecimal amount = decimal(present(e.getValue(), "budgets", at), "budgets", at);
            if (amount.signum() < 0) {
                throw new ProjectFileException("io.error.negativeBudget", file, at);
            }
            budgets.put(e.getKey(), amount);
        }
        return new Action(id(a.id(), at), present(a.title(), "title", at), a.touchpoint(), a.objective(), start,
                weeks, present(a.owner(), "owner", at), budgets, present(a.milestone(), "milestone", at));
    }

    /** A version's parts are named by the version: they are a snapshot, not the canvas. */
    private PlanVersion version(VersionJson v, Text at) throws ProjectFileException {
        List<Touchpoint> touchpoints = new ArrayList<>();
        for (TouchpointJson t : present(v.touchpoints(), "touchpoints", at)) {
            touchpoints.add(touchpoint(present(t, "touchpoints", at), at));
        }
        List<Objective> objectives = new ArrayList<>();
        for (ObjectiveJson o : present(v.objectives(), "objectives", at)) {
            objectives.add(objective(present(o, "objectives", at), at));
        }
        List<Action> actions = new ArrayList<>();
        for (ActionJson a : present(v.actions(), "actions", at)) {
            actions.add(action(present(a, "actions", at), at));
        }
        return new PlanVersion(present(v.name(), "name", at), date(present(v.saved(), "saved", at), at), touchpoints,
                objectives, actions);
    }

    private MixPlan mixPlan(MixPlanJson m) throws ProjectFileException {
        Text at = Places.mixPlan();
        String unitId = present(m.unit(), "unit", at);
        PeriodUnit unit = PeriodUnit.byId(unitId)
                .orElseThrow(() -> new ProjectFileException("io.error.unknownUnit", file, Places.shown(unitId), at));
        int count = present(m.periodCount(), "periodCount", at);
        if (count < 1 || count > MixPlan.MAX_PERIODS) {
            throw new ProjectFileException("io.error.badPeriodCount", file, count, at, MixPlan.MAX_PERIODS);
        }
        int threshold = present(m.gapThreshold(), "gapThreshold", at);
        if (threshold < 0 || threshold > 100) {
            throw new ProjectFileException("io.error.badGapThreshold", file, threshold, at);
        }
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < present(m.phases(), "phases", at).size(); i++) {
            PhaseJson p = present(m.phases().get(i), "phases", at);
            Text phaseAt = Places.phase(i + 1, p.name());
            String name = present(p.name(), "name", phaseAt);
            int first = present(p.first(), "first", phaseAt);
            int last = present(p.last(), "last", phaseAt);
            if (first < 0 || last < first || last >= count) {
                throw new ProjectFileException("io.error.badPhase", file, phaseAt, first, last, count - 1);
            }
            phases.add(new Phase(name, first, last));
        }
        Map<Integer, MediaSplit> targets = new TreeMap<>();
        for (int i = 0; i < present(m.targets(), "targets", at).size(); i++) {
            TargetJson t = present(m.targets().get(i), "targets", at);
            Text targetAt = Places.target(i + 1);
            int period = present(t.period(), "period", targetAt);
            if (period < 0 || period >= count) {
                throw new ProjectFileException("io.error.targetOutsidePlan", file, targetAt, period, count - 1);
            }
            MediaSplit split = split(present(t.split(), "split", targetAt), targetAt);
            if (targets.put(period, split) != null) {
                throw new ProjectFileException("io.error.duplicateTarget", file, targetAt, period);
            }
        }
        return new MixPlan(unit, count, phases, targets, threshold);
    }

    private MediaSplit split(SplitJson s, Text at) throws ProjectFileException {
        int owned = present(s.owned(), "owned", at);
        int earned = present(s.earned(), "earned", at);
        int paid = present(s.paid(), "paid", at);
        if (!MediaSplit.isValid(owned, earned, paid)) {
            throw new ProjectFileException("io.error.badSplit", file, at, owned, earned, paid);
        }
        return new MediaSplit(owned, earned, paid);
    }

    private <T> T present(T value, String key, Text at) throws ProjectFileException {
        if (value == null) {
            throw new ProjectFileException("io.error.nullField", file, key, at);
        }
        return value;
    }

    private String id(String id, Text at) throws ProjectFileException {
        if (present(id, "id", at).isBlank()) {
            throw new ProjectFileException("io.error.emptyId", file, at);
        }
        return id;
    }

    private Tone tone(String id, Text at) throws ProjectFileException {
        String toneId = present(id, "tone", at);
        return Tone.byId(toneId).orElseThrow(() -> new ProjectFileException("io.error.unknownTone", file, Places.shown(toneId), at));
    }

    private Bounds bounds(Double x, Double y, Double width, Double height, Text at) throws ProjectFileException {
        double[] values = {present(x, "x", at), present(y, "y", at), present(width, "width", at),
                present(height, "height", at)};
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new ProjectFileException("io.error.notFinite", file, at);
            }
        }
        if (values[2] <= 0 || values[3] <= 0) {
            throw new ProjectFileException("io.error.badSize", file, at);
        }
        String[] keys = {"x", "y", "width", "height"};
        for (int i = 0; i < values.length; i++) {
            if (Math.abs(values[i]) > (i < 2 ? ProjectFormat.MAX_POSITION : ProjectFormat.MAX_SIZE)) {
                throw new ProjectFileException("io.error.numberOutOfRange", file, keys[i], at);
            }
        }
        return new Bounds(values[0], values[1], values[2], values[3]);
    }

    /** Null stays null (an unknown KPI value); absurd magnitudes are refused; 1E+3 becomes 1000. */
    private BigDecimal decimal(BigDecimal value, String key, Text at) throws ProjectFileException {
        if (value == null) {
            return null;
        }
        if (value.scale() > ProjectFormat.MAX_DECIMAL_DIGITS
                || (long) value.precision() - value.scale() > ProjectFormat.MAX_DECIMAL_DIGITS) {
            throw new ProjectFileException("io.error.numberOutOfRange", file, key, at);
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** yyyy-mm-dd in ASCII digits (checked by hand: a regular expression per date is slow on large plans). */
    private static boolean isIsoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private LocalDate date(String text, Text at) throws ProjectFileException {
        if (isIsoDate(text)) {
            try {
                // yyyy-mm-dd in ASCII digits, as matched: read directly (the formatter is slow on large plans).
                return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                        Integer.parseInt(text, 8, 10, 10));
            } catch (DateTimeException e) {
                // no such day: falls through to the plain sentence
            }
        }
        throw new ProjectFileException("io.error.badDate", file, Places.shown(text), at);
    }
}
