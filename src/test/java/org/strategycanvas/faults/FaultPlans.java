package org.strategycanvas.faults;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.JourneyStage;
import org.strategycanvas.model.Link;
import org.strategycanvas.model.LinkKind;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.ProjectInfo;
import org.strategycanvas.model.StickyNote;
import org.strategycanvas.model.Tone;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.model.Zone;
import org.strategycanvas.model.plan.Action;
import org.strategycanvas.model.plan.Actual;
import org.strategycanvas.model.plan.PlanVersion;
import org.strategycanvas.model.plan.Scenario;

/**
 * Valid plans of any size for the fault tests, the same for a given seed: touchpoints of every type with
 * varied mixes, budgets, dates and stages, an objective and a note per ten cards, links, actions with a budget
 * per scenario, measured values and a saved version. Built in a few milliseconds, so that a child JVM can make
 * its own copy instead of reading one.
 */
public final class FaultPlans {

    private static final LocalDate START = LocalDate.of(2025, 1, 6);

    private FaultPlans() {
    }

    /** A plan with {@code cards} touchpoints; {@code edition} changes every label and budget (0, 1, 2…). */
    public static Project generate(int cards, long seed, int edition) {
        Random random = new Random(seed);
        TouchpointType[] types = TouchpointType.values();
        JourneyStage[] stages = JourneyStage.values();
        Tone[] tones = Tone.values();
        List<Touchpoint> touchpoints = new ArrayList<>();
        List<Objective> objectives = new ArrayList<>();
        List<StickyNote> notes = new ArrayList<>();
        List<Zone> zones = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int n = 0; n < cards; n++) {
            double x = (n % 50) * 240.0 + random.nextInt(20);
            double y = (n / 50) * 160.0 + random.nextInt(20);
            int owned = 5 * random.nextInt(21);
            int earned = 5 * random.nextInt(21 - owned / 5);
            Set<String> served = new TreeSet<>(List.of(stages[n % stages.length].id()));
            LocalDate from = n % 5 == 0 ? START.plusWeeks(random.nextInt(20)) : null;
            touchpoints.add(new Touchpoint("tp-" + n, types[n % types.length],
                    "Card " + n + " edition " + edition + (n % 7 == 0 ? " — « Pâtisserie » " : ""),
                    n % 4 == 0 ? "Notes for card " + n + "\nsecond line" : "", new Bounds(x, y,
                    Touchpoint.DEFAULT_WIDTH, Touchpoint.DEFAULT_HEIGHT),
                    new MediaSplit(owned, earned, 100 - owned - earned),
                    BigDecimal.valueOf(50L * random.nextInt(400) + edition, n % 3 == 0 ? 2 : 0),
                    from, from != null && n % 10 == 0 ? from.plusWeeks(8) : null).withStages(served));
            if (n % 10 == 0) {
                int k = n / 10;
                objectives.add(new Objective("ob-" + k, "Objective " + k + " edition " + edition, "Visits", "visits",
                        BigDecimal.valueOf(100 + k), k % 3 == 0 ? null : BigDecimal.valueOf(500 + k + edition),
                        k % 2 == 0 ? START.plusWeeks(30) : null, new Bounds(12_000 + k % 5 * 220.0,
                        k / 5 * 120.0, Objective.DEFAULT_WIDTH, Objective.DEFAULT_HEIGHT), "Owner " + k % 9));
                notes.add(new StickyNote("nt-" + k, "Remember card " + n + " (" + edition + ")",
                        tones[k % tones.length], new Bounds(-300, k * 140.0, 200, 126)));
            }
            if (n > 0) {
                boolean serves = n % 3 != 0;
                links.add(new Link("ln-" + n, "tp-" + n, serves ? "ob-" + (n / 10) : "tp-" + (n - 1),
                        serves ? LinkKind.SERVES : LinkKind.FLOW));
            }
        }
        for (int z = 0; z * 500 < cards; z++) {
            zones.add(new Zone("zn-" + z, "Zone " + z, tones[z % tones.length],
                    new Bounds(-20, z * 1600.0, 12_100, 1600), z < stages.length ? stages[z].id() : null));
        }
        List<Action> actions = new ArrayList<>();
        for (int a = 0; a < cards / 2; a++) {
            long good = 100L * (1 + random.nextInt(50)) + edition;
            actions.add(new Action("ac-" + a, "Action " + a, "tp-" + random.nextInt(cards),
                    objectives.isEmpty() || a % 3 == 0 ? null : "ob-" + random.nextInt(objectives.size()),
                    random.nextInt(40), 1 + random.nextInt(8), "Team " + a % 12,
                    Map.of(Scenario.GOOD, BigDecimal.valueOf(good), Scenario.BETTER, BigDecimal.valueOf(good * 2)),
                    a % 50 == 0));
        }
        List<Actual> actuals = new ArrayList<>();
        for (Objective o : objectives) {
            actuals.add(new Actual(o.id(), START.plusMonths(1), BigDecimal.valueOf(random.nextInt(1000))));
        }
        ProjectInfo info = new ProjectInfo("Plan of " + cards + " cards, edition " + edition, "Le Fournil",
                "Fault tests", "fr", "EUR", START);
        Project project = new Project(info, touchpoints, objectives, links, notes, zones)
                .withActions(actions).withActuals(actuals);
        List<Touchpoint> kept = touchpoints.subList(0, Math.min(20, touchpoints.size()));
        return project.withVersions(List.of(new PlanVersion("First draft", START, kept,
                objectives.subList(0, Math.min(2, objectives.size())), List.of())));
    }
}
