package org.strategycanvas.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.MixPlan;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.ProjectInfo;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.plan.Action;
import org.strategycanvas.model.plan.Brief;
import org.strategycanvas.model.plan.PlanVersion;
import org.strategycanvas.model.plan.Resource;
import org.strategycanvas.model.plan.Scenario;

/** Model to file layout: a direct copy, lists in model order; touchpoint stages and budgets sorted. */
final class ProjectToJson {

    private ProjectToJson() {
    }

    static FileJson convert(Project p) {
        ProjectInfo i = p.info();
        return new FileJson(ProjectFormat.FORMAT_MARKER, ProjectFormat.CURRENT_VERSION,
                new InfoJson(i.title(), i.organisation(), i.author(), i.language(), i.currency(),
                        i.planStart().toString()),
                p.zones().stream().map(z -> {
                    Bounds b = z.bounds();
                    return new ZoneJson(z.id(), z.label(), z.tone().id(), b.x(), b.y(), b.width(), b.height(),
                            z.stage());
                }).toList(),
                p.notes().stream().map(n -> {
                    Bounds b = n.bounds();
                    return new NoteJson(n.id(), n.text(), n.tone().id(), b.x(), b.y(), b.width(), b.height());
                }).toList(),
                p.objectives().stream().map(ProjectToJson::objective).toList(),
                p.touchpoints().stream().map(ProjectToJson::touchpoint).toList(),
                p.links().stream().map(l -> new LinkJson(l.id(), l.from(), l.to(), l.kind().id())).toList(),
                mixPlan(p.mixPlan()), brief(p.brief()),
                scenarios(p.scenarios()),
                p.activeScenario(),
                p.actions().stream().map(ProjectToJson::action).toList(),
                p.actuals().stream().map(a -> new ActualJson(a.objectiveId(), date(a.date()), plain(a.value())))
                        .toList(),
                p.versions().stream().map(ProjectToJson::version).toList());
    }

    static BriefJson brief(Brief b) {
        return new BriefJson(b.purpose(), b.startingPoint(), b.futureState(), b.socialFootprint(),
                b.interestCommunities(), b.digitalTarget(), b.sharedValues(), resource(b.staff()),
                resource(b.budget()), resource(b.time()), resource(b.expertise()), b.product(), b.price(), b.place(),
                b.promotion(), b.people().stream()
                .map(p -> new PersonJson(p.name(), p.role(), p.approves(), p.approvesBudget())).toList());
    }

    static List<ScenarioJson> scenarios(List<Scenario> scenarios) {
        return scenarios.stream().map(s -> new ScenarioJson(s.id(), s.name())).toList();
    }

    private static ResourceJson resource(Resource r) {
        return new ResourceJson(plain(r.available()), plain(r.needed()), r.note());
    }

    /** Budgets sorted by scenario id (the model keeps them sorted). */
    private static ActionJson action(Action a) {
        Map<String, BigDecimal> budgets = new TreeMap<>();
        a.budgets().forEach((scenario, amount) -> budgets.put(scenario, plain(amount)));
        return new ActionJson(a.id(), a.title(), a.touchpointId(), a.objectiveId(), a.startWeek(),
                a.durationWeeks(), a.owner(), budgets, a.milestone());
    }

    private static VersionJson version(PlanVersion v) {
        return new VersionJson(v.name(), date(v.saved()),
                v.touchpoints().stream().map(ProjectToJson::touchpoint).toList(),
                v.objectives().stream().map(ProjectToJson::objective).toList(),
                v.actions().stream().map(ProjectToJson::action).toList());
    }

    /** Phases in plan order, targets sorted by period (the model keeps them sorted). */
    static MixPlanJson mixPlan(MixPlan m) {
        return new MixPlanJson(m.unit().id(), m.periodCount(), m.gapThreshold(),
                m.phases().stream().map(ph -> new PhaseJson(ph.name(), ph.first(), ph.last())).toList(),
                m.targets().entrySet().stream().map(e -> new TargetJson(e.getKey(), split(e.getValue()))).toList());
    }

    private static SplitJson split(MediaSplit s) {
        return new SplitJson(s.owned(), s.earned(), s.paid());
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static ObjectiveJson objective(Objective o) {
        Bounds b = o.bounds();
        LocalDate deadline = o.deadline();
        return new ObjectiveJson(o.id(), o.title(), o.kpiMetric(), o.unit(), plain(o.baseline()),
                plain(o.target()), date(deadline),
                b.x(), b.y(), b.width(), b.height(), o.owner());
    }

    private static TouchpointJson touchpoint(Touchpoint t) {
        Bounds b = t.bounds();
        return new TouchpointJson(t.id(), t.type().id(), t.label(), t.notes(), b.x(), b.y(), b.width(),
                b.height(), split(t.split()), plain(t.budget()), date(t.activeFrom()), date(t.activeTo()),
                List.copyOf(t.stages()));
    }

    /** A negative scale (1E+3) would be written "1000" anyway; make the value say so, too. */
    private static BigDecimal plain(BigDecimal value) {
        return value == null || value.scale() >= 0 ? value : value.setScale(0);
    }
}
