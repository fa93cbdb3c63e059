package org.strategycanvas.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.JourneyStage;
import org.strategycanvas.model.Link;
import org.strategycanvas.model.LinkKind;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.StickyNote;
import org.strategycanvas.model.Tone;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.model.Zone;
import org.strategycanvas.model.plan.Action;
import org.strategycanvas.model.plan.Actual;
import org.strategycanvas.model.plan.Scenario;

/**
 * A plan for the benchmark, the same for a given seed and size: clusters of 100 touchpoints (every type, varied
 * mixes, budgets, activity dates and stages) laid out in a square grid (100 clusters: 10,000 cards), each cluster
 * in a zone with 3 objectives (KPI, deadline, measured values, some off track) and 2 sticky notes; as many links
 * as touchpoints (most serve an objective of their cluster, some are flows to a neighbour, a few relate far-apart
 * cards); 3 actions for every 10 cards with a budget per scenario. The brief, scenarios and mix plan come from a
 * base plan (the bundled sample).
 */
final class ScaleProject {

    static final int CARDS_PER_SIDE = 10;
    static final double CARD_STEP_X = 240;
    static final double CARD_STEP_Y = 160;
    /** The cluster's own column for its objectives and notes, right of its cards. */
    static final double SIDE_COLUMN = 280;
    static final double CLUSTER_GAP = 120;
    static final double ZONE_HEADER = 60;

    private final Random random;
    private final Project base;
    private final LocalDate start;
    private final int clusters;
    private final int clustersPerSide;

    private ScaleProject(long seed, Project base, int clusters) {
        this.random = new Random(seed);
        this.base = base;
        this.start = base.info().planStart();
        this.clusters = clusters;
        this.clustersPerSide = (int) Math.ceil(Math.sqrt(clusters));
    }

    /** The plan of this seed with {@code cards} touchpoints (a multiple of 100), built on a base plan's info, brief,
     *  scenarios and mix plan. */
    static Project generate(long seed, Project base, int cards) {
        int perCluster = CARDS_PER_SIDE * CARDS_PER_SIDE;
        if (cards <= 0 || cards % perCluster != 0) {
            throw new IllegalArgumentException("cards must be a positive multiple of " + perCluster + ": " + cards);
        }
        return new ScaleProject(seed, base, cards / perCluster).build();
    }

    static double clusterWidth() {
        return CARDS_PER_SIDE * CARD_STEP_X + SIDE_COLUMN;
    }

    static double clusterHeight() {
        return ZONE_HEADER + CARDS_PER_SIDE * CARD_STEP_Y;
    }

    private Project build() {
        TouchpointType[] types = TouchpointType.values();
        JourneyStage[] stages = JourneyStage.values();
        Tone[] tones = Tone.values();
        List<Zone> zones = new ArrayList<>();
        List<StickyNote> notes = new ArrayList<>();
        List<Objective> objectives = new ArrayList<>();
        List<Touchpoint> touchpoints = new ArrayList<>();
        int perCluster = CARDS_PER_SIDE * CARDS_PER_SIDE;
        for (int c = 0; c < clusters; c++) {
            double left = (c % clustersPerSide) * (clusterWidth() + CLUSTER_GAP);
            double top = (c / clustersPerSide) * (clusterHeight() + CLUSTER_GAP);
            JourneyStage stage = stages[c % stages.length];
            zones.add(new Zone("zn-" + c, "Market " + (c + 1) + " — " + stage.id(), tones[c % tones.length],
                    new Bounds(left, top, clusterWidth(), clusterHeight()), stage.id()));
            double side = left + CARDS_PER_SIDE * CARD_STEP_X + 40;
            for (int k = 0; k < 3; k++) {
                objectives.add(objective(c, k, side, top + ZONE_HEADER + 20 + k * 140));
            }
            for (int k = 0; k < 2; k++) {
                notes.add(new StickyNote("nt-" + c + "-" + k, "Cluster " + (c + 1) + ": check the figures with the "
                        + "regional team before the launch (" + (k + 1) + ").", tones[(c + k) % tones.length],
                        new Bounds(side, top + ZONE_HEADER + 460 + k * 160, 200, 126)));
            }
            for (int i = 0; i < perCluster; i++) {
                int n = c * perCluster + i;
                double x = left + 20 + (i % CARDS_PER_SIDE) * CARD_STEP_X + random.nextInt(20);
                double y = top + ZONE_HEADER + 20 + (i / CARDS_PER_SIDE) * CARD_STEP_Y + random.nextInt(20);
                touchpoints.add(touchpoint(n, types[n % types.length], stages, x, y));
            }
        }
        List<Link> links = links(touchpoints.size(), perCluster);
        Project content = new Project(base.info(), touchpoints, objectives, links, notes, zones, base.mixPlan(),
                base.plan());
        return content.withActions(actions(touchpoints.size(), objectives.size()))
                .withActuals(actuals(objectives));
    }

    private Touchpoint touchpoint(int n, TouchpointType type, JourneyStage[] stages, double x, double y) {
        int owned = 5 * random.nextInt(21);
        int earned = 5 * random.nextInt(21 - owned / 5);
        MediaSplit split = random.nextInt(4) == 0 ? type.defaultSplit()
                : new MediaSplit(owned, earned, 100 - owned - earned);
        BigDecimal budget = n % 3 == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(50L * (1 + random.nextInt(400)));
        LocalDate from = n % 5 == 0 ? start.plusWeeks(random.nextInt(20)) : null;
        LocalDate to = from != null && n % 10 == 0 ? from.plusWeeks(4 + random.nextInt(20)) : null;
        Set<String> served = new java.util.TreeSet<>(List.of(stages[n % stages.length].id(),
                stages[(n / 7) % stages.length].id()));
        return new Touchpoint("tp-" + n, type, type.id().replace('-', ' ') + " " + (n + 1) + " — campaign "
                + (char) ('A' + n % 26), n % 4 == 0 ? "Owner: team " + (n % 12) : "", new Bounds(x, y,
                Touchpoint.DEFAULT_WIDTH, Touchpoint.DEFAULT_HEIGHT), split, budget, from, to)
                .withStages(served);
    }

    private Objective objective(int cluster, int k, double x, double y) {
        String id = "ob-" + cluster + "-" + k;
        BigDecimal baseline = BigDecimal.valueOf(100L + random.nextInt(900));
        BigDecimal target = baseline.multiply(BigDecimal.valueOf(2));
        LocalDate deadline = start.plusWeeks(26 + random.nextInt(26));
        return new Objective(id, "Grow channel " + (k + 1) + " in market " + (cluster + 1), "Visits", "visits",
                baseline, target, deadline, new Bounds(x, y, Objective.DEFAULT_WIDTH, Objective.DEFAULT_HEIGHT),
                "Owner " + (cluster % 9));
    }

    /** One link per touchpoint: 60 % serve an objective of its cluster, 30 % flow to a neighbour, 10 % far. */
    private List<Link> links(int cards, int perCluster) {
        List<Link> links = new ArrayList<>(cards);
        for (int n = 0; n < cards; n++) {
            int cluster = n / perCluster;
            double roll = random.nextDouble();
            String from = "tp-" + n;
            if (roll < 0.6) {
                links.add(new Link("ln-" + n, from, "ob-" + cluster + "-" + random.nextInt(3), LinkKind.SERVES));
            } else if (roll < 0.9) {
                int next = cluster * perCluster + (n % perCluster + 1 + random.nextInt(11)) % perCluster;
                links.add(new Link("ln-" + n, from, "tp-" + (next == n ? cluster * perCluster + (n + 1) % perCluster
                        : next), LinkKind.FLOW));
            } else {
                int far = random.nextInt(cards);
                links.add(new Link("ln-" + n, from, "tp-" + (far == n ? (n + 1) % cards : far), LinkKind.RELATED));
            }
        }
        return links;
    }

    private List<Action> actions(int cards, int objectiveCount) {
        List<Action> actions = new ArrayList<>();
        for (int a = 0; a < cards * 3 / 10; a++) {
            long good = 100L * (1 + random.nextInt(50));
            Map<String, BigDecimal> budgets = Map.of(Scenario.GOOD, BigDecimal.valueOf(good),
                    Scenario.BETTER, BigDecimal.valueOf(good * 3 / 2), Scenario.BEST, BigDecimal.valueOf(good * 2));
            int tp = random.nextInt(cards);
            int cluster = tp / (CARDS_PER_SIDE * CARDS_PER_SIDE);
            String objective = random.nextInt(3) == 0 ? null : "ob-" + cluster + "-" + random.nextInt(3);
            actions.add(new Action("ac-" + a, "Action " + (a + 1) + " on card " + (tp + 1), "tp-" + tp, objective,
                    random.nextInt(40), 1 + random.nextInt(8), "Team " + (a % 12), budgets, a % 50 == 0));
        }
        return actions;
    }

    /** Four measured values per objective, monthly from the start; about a third fall behind. */
    private List<Actual> actuals(List<Objective> objectives) {
        List<Actual> actuals = new ArrayList<>();
        for (Objective o : objectives) {
            boolean behind = random.nextInt(3) == 0;
            for (int m = 1; m <= 4; m++) {
                BigDecimal step = o.target().subtract(o.baseline()).multiply(BigDecimal.valueOf(m))
                        .divide(BigDecimal.valueOf(behind ? 40 : 8));
                actuals.add(new Actual(o.id(), start.plusMonths(m), o.baseline().add(step).setScale(0,
                        java.math.RoundingMode.HALF_EVEN)));
            }
        }
        return actuals;
    }
}
