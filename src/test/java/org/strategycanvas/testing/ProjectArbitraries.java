package org.strategycanvas.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.strategycanvas.io.ProjectFormat;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.Ids;
import org.strategycanvas.model.Link;
import org.strategycanvas.model.LinkKind;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.MixPlan;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.PeriodUnit;
import org.strategycanvas.model.Phase;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.ProjectInfo;
import org.strategycanvas.model.StickyNote;
import org.strategycanvas.model.Tone;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.model.Zone;
import org.strategycanvas.model.plan.Plan;

/**
 * jqwik generators of valid projects: every element kind, awkward text (quotes, backslashes, control
 * characters, accents, emoji), positions and sizes of any magnitude the format allows, budgets with 0 to 2 decimals, unknown KPI
 * values, activity ranges (open or closed), mix plans with phases and targets, links only between
 * existing elements, owners, journey stages and a plan (see {@link PlanArbitraries}). Ids come from {@link Ids}, so they are unique.
 */
public final class ProjectArbitraries {

    private static final List<String> AWKWARD_PIECES = List.of("\"", "'", "\\", "/", "\n", "\r\n", "\t",
            "\u0000", "\u0007", "\u007f", "é", "à", "ç", "œ", "€", "«", "»", "“", "”", "…", "\u00a0",
            "\u2028", "漢字", "🥐", "😀", "👩‍👩‍👧", "🇫🇷", "Boulangerie", " ", "{", "}", "[", "]", "</script>",
            "1E+3", "null", "");

    private ProjectArbitraries() {
    }

    /** Any valid project, from empty to a few dozen elements. */
    public static Arbitrary<Project> projects() {
        return Combinators.combine(infos(), drafts(zones()), drafts(notes()), drafts(objectives()),
                        drafts(touchpoints()), linkSeeds(), mixPlans(), PlanArbitraries.plans())
                .as(ProjectArbitraries::assemble);
    }

    /** Text as people and copy-paste produce it; never lone surrogates, which UTF-8 cannot hold. */
    public static Arbitrary<String> texts() {
        Arbitrary<String> awkward = Arbitraries.of(AWKWARD_PIECES).list().ofMaxSize(8)
                .map(pieces -> String.join("", pieces));
        Arbitrary<String> plain = Arbitraries.strings().alpha().numeric().withChars(' ', '-').ofMaxLength(30);
        Arbitrary<String> anyBmp = Arbitraries.strings().withCharRange('\u0020', '\ud7ff').ofMaxLength(20);
        return Arbitraries.oneOf(plain, awkward, anyBmp);
    }

    public static Arbitrary<ProjectInfo> infos() {
        return Combinators.combine(texts(), texts(), texts(), Arbitraries.of("fr", "en", "de", "es"),
                        Arbitraries.of("EUR", "USD", "CHF", "CAD", "GBP"), dates())
                .as(ProjectInfo::new);
    }

    public static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 40_000).map(days -> LocalDate.of(1990, 1, 1).plusDays(days));
    }

    /**
     * Positions the format allows (within {@link ProjectFormat#MAX_POSITION} of the origin): round numbers, values
     * with a few decimals, any bit pattern in range, and the extremes.
     */
    public static Arbitrary<Double> positions() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-5000, 5000).map(i -> (double) i),
                Arbitraries.doubles().between(-1e6, 1e6).ofScale(4),
                Arbitraries.longs().map(Double::longBitsToDouble)
                        .filter(d -> Math.abs(d) <= ProjectFormat.MAX_POSITION),
                Arbitraries.of(0.1, -0.0, 1e-300, Double.MIN_VALUE, ProjectFormat.MAX_POSITION,
                        -ProjectFormat.MAX_POSITION));
    }

    /** Sizes the format allows: above zero, up to {@link ProjectFormat#MAX_SIZE}. */
    public static Arbitrary<Double> sizes() {
        return positions().map(Math::abs).filter(d -> d > 0 && d <= ProjectFormat.MAX_SIZE);
    }

    public static Arbitrary<Bounds> bounds() {
        return Combinators.combine(positions(), positions(), sizes(), sizes()).as(Bounds::new);
    }

    public static Arbitrary<MediaSplit> splits() {
        return Arbitraries.integers().between(0, 100).flatMap(owned -> Arbitraries.integers()
                .between(0, 100 - owned).map(earned -> new MediaSplit(owned, earned, 100 - owned - earned)));
    }

    /** 0 to 2 decimals, as typed into a budget field. */
    public static Arbitrary<BigDecimal> budgets() {
        return Arbitraries.integers().between(0, 2).flatMap(scale -> Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("10000000")).ofScale(scale));
    }

    /** KPI values may be negative, precise, or not known yet. */
    public static Arbitrary<BigDecimal> kpiValues() {
        return Arbitraries.integers().between(0, 3).flatMap(scale -> Arbitraries.bigDecimals()
                .between(new BigDecimal("-100000"), new BigDecimal("1000000")).ofScale(scale)).injectNull(0.3);
    }

    public static Arbitrary<Function<String, Zone>> zones() {
        return Combinators.combine(texts(), Arbitraries.of(Tone.class), bounds(),
                        PlanArbitraries.stageIds().injectNull(0.5))
                .as((label, tone, b, stage) -> id -> new Zone(id, label, tone, b, stage));
    }

    public static Arbitrary<Function<String, StickyNote>> notes() {
        return Combinators.combine(texts(), Arbitraries.of(Tone.class), bounds())
                .as((text, tone, b) -> id -> new StickyNote(id, text, tone, b));
    }

    public static Arbitrary<Function<String, Objective>> objectives() {
        return Combinators.combine(texts(), texts(), texts(), kpiValues(), kpiValues(), dates().injectNull(0.3),
                        bounds(), texts())
                .as((title, metric, unit, baseline, target, deadline, b, owner) ->
                        id -> new Objective(id, title, metric, unit, baseline, target, deadline, b, owner));
    }

    public static Arbitrary<Function<String, Touchpoint>> touchpoints() {
        return Combinators.combine(Arbitraries.of(TouchpointType.class), texts(), texts(), bounds(), splits(),
                        budgets(), activeRanges(), PlanArbitraries.stageIds().set().ofMaxSize(3))
                .as((type, label, notes, b, split, budget, range, stages) ->
                        id -> new Touchpoint(id, type, label, notes, b, split, budget, range.get(0), range.get(1),
                                new java.util.TreeSet<>(stages)));
    }

    /** [from, to], each possibly null (open), never to before from; a single day is allowed. */
    public static Arbitrary<List<LocalDate>> activeRanges() {
        return Combinators.combine(dates().injectNull(0.4), Arbitraries.integers().between(0, 800).injectNull(0.4),
                        dates().injectNull(0.5))
                .as((from, length, toAlone) -> {
                    List<LocalDate> range = new ArrayList<>();
                    range.add(from);
                    range.add(from == null ? toAlone : length == null ? null : from.plusDays(length));
                    return range;
                });
    }

    /** Any valid mix plan: week or month, 1 to 260 periods, phases and targets within them. */
    public static Arbitrary<MixPlan> mixPlans() {
        Arbitrary<Integer> counts = Arbitraries.oneOf(Arbitraries.integers().between(1, 24),
                Arbitraries.of(1, MixPlan.MAX_PERIODS));
        return counts.flatMap(count -> {
            Arbitrary<Integer> periods = Arbitraries.integers().between(0, count - 1);
            Arbitrary<Phase> phases = Combinators.combine(texts(), periods, periods)
                    .as((name, a, b) -> new Phase(name, Math.min(a, b), Math.max(a, b)));
            Arbitrary<Map<Integer, MediaSplit>> targets = Arbitraries.maps(periods, splits()).ofMaxSize(8);
            return Combinators.combine(Arbitraries.of(PeriodUnit.class), phases.list().ofMaxSize(5), targets,
                            Arbitraries.integers().between(0, 100))
                    .as((unit, ps, ts, threshold) -> new MixPlan(unit, count, ps, ts, threshold));
        });
    }

    private static <T> Arbitrary<List<Function<String, T>>> drafts(Arbitrary<Function<String, T>> one) {
        return one.list().ofMaxSize(6);
    }

    /** A link to be drawn between the elements at two positions (modulo the element count). */
    private record LinkSeed(int from, int to, LinkKind kind) {
    }

    private static Arbitrary<List<LinkSeed>> linkSeeds() {
        return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(1, 1000),
                Arbitraries.of(LinkKind.class)).as(LinkSeed::new).list().ofMaxSize(8);
    }

    private static Project assemble(ProjectInfo info, List<Function<String, Zone>> zones,
                                    List<Function<String, StickyNote>> notes,
                                    List<Function<String, Objective>> objectives,
                                    List<Function<String, Touchpoint>> touchpoints, List<LinkSeed> seeds,
                                    MixPlan mixPlan, Function<PlanArbitraries.Canvas, Plan> plan) {
        Ids.Generator ids = Ids.after(Project.empty(info));
        List<Zone> zs = zones.stream().map(f -> f.apply(ids.next(Ids.ZONE))).toList();
        List<StickyNote> ns = notes.stream().map(f -> f.apply(ids.next(Ids.NOTE))).toList();
        List<Objective> os = objectives.stream().map(f -> f.apply(ids.next(Ids.OBJECTIVE))).toList();
        List<Touchpoint> ts = touchpoints.stream().map(f -> f.apply(ids.next(Ids.TOUCHPOINT))).toList();
        List<Element> all = new ArrayList<>();
        all.addAll(zs);
        all.addAll(ns);
        all.addAll(os);
        all.addAll(ts);
        List<Link> links = new ArrayList<>();
        if (all.size() >= 2) {
            for (LinkSeed seed : seeds) {
                int from = seed.from() % all.size();
                int to = (from + seed.to() % (all.size() - 1) + 1) % all.size(); // never equal to from
                links.add(new Link(ids.next(Ids.LINK), all.get(from).id(), all.get(to).id(), seed.kind()));
            }
        }
        return new Project(info, ts, os, links, ns, zs, mixPlan, plan.apply(new PlanArbitraries.Canvas(ts, os)));
    }
}
