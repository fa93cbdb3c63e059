package org.strategycanvas.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.strategycanvas.model.JourneyStage;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.plan.Action;
import org.strategycanvas.model.plan.Actual;
import org.strategycanvas.model.plan.Brief;
import org.strategycanvas.model.plan.Person;
import org.strategycanvas.model.plan.Plan;
import org.strategycanvas.model.plan.PlanVersion;
import org.strategycanvas.model.plan.Resource;
import org.strategycanvas.model.plan.Scenario;

/**
 * jqwik generators of valid plans for given canvas touchpoints and objectives: a brief with awkward texts
 * and unknown numbers, 1 to 4 scenarios with unique ids, actions and actuals that refer only to what
 * exists (or to nothing), budgets only for existing scenarios, and saved versions of the same canvas.
 */
public final class PlanArbitraries {

    private PlanArbitraries() {
    }

    /** What a plan may refer to. */
    public record Canvas(List<Touchpoint> touchpoints, List<Objective> objectives) {
    }

    public static Arbitrary<String> stageIds() {
        return Arbitraries.of(JourneyStage.class).map(JourneyStage::id);
    }

    public static Arbitrary<Resource> resources() {
        return Combinators.combine(ProjectArbitraries.kpiValues(), ProjectArbitraries.kpiValues(),
                ProjectArbitraries.texts()).as(Resource::new);
    }

    public static Arbitrary<Brief> briefs() {
        Arbitrary<String> t = ProjectArbitraries.texts();
        Arbitrary<List<String>> texts = t.list().ofSize(11);
        Arbitrary<List<Resource>> rs = resources().list().ofSize(4);
        Arbitrary<List<Person>> people = Combinators.combine(t, t, Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as(Person::new).list().ofMaxSize(4);
        return Combinators.combine(texts, rs, people).as((x, r, p) -> new Brief(x.get(0), x.get(1), x.get(2),
                x.get(3), x.get(4), x.get(5), x.get(6), r.get(0), r.get(1), r.get(2), r.get(3), x.get(7), x.get(8),
                x.get(9), x.get(10), p));
    }

    /** A seed for one action: which touchpoint and objective (modulo, or none), timing and budgets. */
    private record ActionSeed(Integer touchpoint, Integer objective, int start, int weeks, String title,
                              List<BigDecimal> budgets, boolean milestone) {
    }

    private record ActualSeed(int objective, java.time.LocalDate date, BigDecimal value) {
    }

    public static Arbitrary<Function<Canvas, Plan>> plans() {
        Arbitrary<List<String>> scenarioIds = Arbitraries.of("good", "better", "best", "x-1", "plan b", "é")
                .set().ofMinSize(1).ofMaxSize(4).map(List::copyOf);
        Arbitrary<ActionSeed> actionSeeds = Combinators.combine(
                Arbitraries.integers().between(0, 100).injectNull(0.3),
                Arbitraries.integers().between(0, 100).injectNull(0.3),
                Arbitraries.integers().between(0, 200), Arbitraries.integers().between(1, 52),
                ProjectArbitraries.texts(), ProjectArbitraries.budgets().injectNull(0.3).list().ofSize(4),
                Arbitraries.of(true, false)).as(ActionSeed::new);
        Arbitrary<ActualSeed> actualSeeds = Combinators.combine(Arbitraries.integers().between(0, 100),
                ProjectArbitraries.dates(), ProjectArbitraries.kpiValues().filter(v -> v != null))
                .as(ActualSeed::new);
        return Combinators.combine(briefs(), scenarioIds, ProjectArbitraries.texts().list().ofSize(4),
                        Arbitraries.integers().between(0, 3), actionSeeds.list().ofMaxSize(6),
                        actualSeeds.list().ofMaxSize(5), ProjectArbitraries.texts().list().ofMaxSize(2),
                        ProjectArbitraries.dates())
                .as((brief, ids, names, activeIndex, actionSeeds2, actualSeeds2, versionNames, saved) -> canvas -> {
                    List<Scenario> scenarios = new ArrayList<>();
                    for (int i = 0; i < ids.size(); i++) {
                        scenarios.add(new Scenario(ids.get(i), names.get(i)));
                    }
                    List<Action> actions = new ArrayList<>();
                    for (int i = 0; i < actionSeeds2.size(); i++) {
                        ActionSeed s = actionSeeds2.get(i);
                        Map<String, BigDecimal> budgets = new LinkedHashMap<>();
                        for (int k = 0; k < ids.size(); k++) {
                            if (s.budgets().get(k) != null) {
                                budgets.put(ids.get(k), s.budgets().get(k));
                            }
                        }
                        String tp = s.touchpoint() == null || canvas.touchpoints().isEmpty() ? null
                                : canvas.touchpoints().get(s.touchpoint() % canvas.touchpoints().size()).id();
                        String ob = s.objective() == null || canvas.objectives().isEmpty() ? null
                                : canvas.objectives().get(s.objective() % canvas.objectives().size()).id();
                        actions.add(new Action("ac-" + (i + 1), s.title(), tp, ob, s.start(), s.weeks(), s.title(),
                                budgets, s.milestone()));
                    }
                    List<Actual> actuals = new ArrayList<>();
                    if (!canvas.objectives().isEmpty()) {
                        for (ActualSeed s : actualSeeds2) {
                            actuals.add(new Actual(canvas.objectives().get(s.objective() % canvas.objectives().size())
                                    .id(), s.date(), s.value()));
                        }
                    }
                    List<PlanVersion> versions = versionNames.stream().map(name -> new PlanVersion(name, saved,
                            canvas.touchpoints(), canvas.objectives(), actions)).toList();
                    return new Plan(brief, scenarios, ids.get(activeIndex % ids.size()), actions, actuals, versions);
                });
    }
}
