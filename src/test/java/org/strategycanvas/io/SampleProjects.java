package org.strategycanvas.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.strategycanvas.model.Bounds;
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
import org.strategycanvas.model.plan.Action;
import org.strategycanvas.model.plan.Actual;
import org.strategycanvas.model.plan.Brief;
import org.strategycanvas.model.plan.Person;
import org.strategycanvas.model.plan.Plan;
import org.strategycanvas.model.plan.PlanVersion;
import org.strategycanvas.model.plan.Resource;
import org.strategycanvas.model.plan.Scenario;

/** The sample plans shipped under assets/samples, built in code so that their bytes are canonical. */
final class SampleProjects {

    private static final double COLUMN = 420;
    private static final double CARD_W = 180;
    private static final double CARD_H = 96;

    private SampleProjects() {
    }

    /**
     * A small bakery going online: four journey stages, twelve touchpoints (some active only part of the
     * year), three measured objectives with owners, a mix plan in three phases, and the plan: a French brief,
     * ten actions over the first twelve weeks in three budget scenarios, a few recorded values and one saved
     * version.
     */
    static Project boulangerieMartin() {
        Project p = boulangerieMartinVersion2();
        String[][] stages = {{"unaware", "aware"}, {"considering"}, {"buying"}, {"advocate", "loyal"}};
        List<Touchpoint> tps = p.touchpoints().stream().map(t -> t.withStages(
                List.of(stages[(int) (t.bounds().x() / COLUMN)]))).toList();
        List<Zone> zones = p.zones().stream().map(z -> z.withStage(new String[] {"aware", "considering", "buying",
                "loyal"}[(int) (z.bounds().x() / COLUMN)])).toList();
        String[] owners = {"Claire Martin", "Julien Martin", "Claire Martin"};
        List<Objective> objectives = new ArrayList<>();
        for (int i = 0; i < p.objectives().size(); i++) {
            objectives.add(p.objectives().get(i).withOwner(owners[i]));
        }
        List<Action> actions = List.of(
                action("ac-1", "Refaire la fiche Google de la boutique", "tp-6", "ob-19", 0, 1, "Claire", true,
                        "0", "0", "150"),
                action("ac-2", "Mettre en ligne la commande de gâteaux", "tp-9", "ob-17", 0, 4, "Julien", true,
                        "800", "1200", "2000"),
                action("ac-3", "Séance photo au fournil", "tp-5", null, 1, 1, "Claire", false, "0", "250", "400"),
                action("ac-4", "Publicités Facebook : lancement du click & collect", "tp-7", "ob-17", 2, 6,
                        "Julien", false, "300", "600", "900"),
                action("ac-5", "Ouvrir le click & collect sur mobile", "tp-12", "ob-17", 2, 2, "Julien", true,
                        "480", "480", "480"),
                action("ac-6", "Première lettre du vendredi", "tp-15", "ob-18", 3, 1, "Claire", true, "0", "0", "0"),
                action("ac-7", "Carte d'abonnement à la caisse", "tp-13", "ob-18", 3, 2, "Claire", false,
                        "40", "80", "120"),
                action("ac-8", "Répondre aux avis chaque semaine", "tp-10", "ob-19", 4, 8, "Claire", false,
                        "0", "0", "0"),
                action("ac-9", "Jeu concours « Le pain du mois »", "tp-5", "ob-18", 6, 3, "Julien", false,
                        "60", "150", "300"),
                action("ac-10", "Bilan du lancement avec le comptable", null, null, 11, 1, "Claire", true,
                        "0", "0", "0"));
        // ob-17 on track, ob-18 off track, ob-19 has no deadline so no data (see CliTest).
        List<Actual> actuals = List.of(
                new Actual("ob-17", LocalDate.of(2026, 3, 31), new BigDecimal("48")),
                new Actual("ob-17", LocalDate.of(2026, 4, 30), new BigDecimal("75")),
                new Actual("ob-18", LocalDate.of(2026, 4, 30), new BigDecimal("150")),
                new Actual("ob-19", LocalDate.of(2026, 4, 30), new BigDecimal("4.4")));
        List<Scenario> scenarios = List.of(new Scenario(Scenario.GOOD, "Essentiel"),
                new Scenario(Scenario.BETTER, "Confort"), new Scenario(Scenario.BEST, "Ambition"));
        List<Objective> firstObjectives = new ArrayList<>(objectives);
        firstObjectives.set(1, firstObjectives.get(1).withKpi(objectives.get(1).kpiMetric(), objectives.get(1).unit(),
                objectives.get(1).baseline(), new BigDecimal("500"), objectives.get(1).deadline()));
        PlanVersion first = new PlanVersion("Plan présenté au comptable", LocalDate.of(2026, 2, 20), tps,
                firstObjectives, actions.subList(0, 8).stream().map(a -> a.id().equals("ac-4")
                        ? a.withBudgets(Map.of("good", new BigDecimal("500"), "better", new BigDecimal("800"),
                        "best", new BigDecimal("1100"))) : a).toList());
        Plan plan = new Plan(bakeryBrief(), scenarios, Scenario.BETTER, actions, actuals, List.of(first));
        return p.withContent(tps, objectives, p.links(), p.notes(), zones).withPlan(plan);
    }

    private static Brief bakeryBrief() {
        return new Brief("Faire passer 20 % des ventes par la commande en ligne d'ici fin 2026, sans perdre le "
                + "contact du comptoir.",
                "Une boutique de quartier connue des habitués, une page Instagram peu suivie, aucune vente en ligne.",
                "Des commandes de gâteaux prises en ligne, une lettre hebdomadaire lue par 600 abonnés, la "
                        + "boulangerie recommandée dans tout le quartier.",
                "Les clients de la boutique et leurs proches, environ 1 500 personnes.",
                "Les parents de l'école voisine, le club de randonnée, les amateurs de pain au levain.",
                "Les 25-45 ans du quartier qui commandent sur leur téléphone.",
                "Le fait maison, les farines locales, le commerce de proximité.",
                new Resource(new BigDecimal("2"), new BigDecimal("2.5"), "Une demi-journée de plus par semaine."),
                new Resource(new BigDecimal("3000"), new BigDecimal("3500"), "Budget annuel hors salaires."),
                new Resource(new BigDecimal("4"), new BigDecimal("6"), "Heures par semaine pour le digital."),
                new Resource(null, null, "Photo et réseaux sociaux : à former."),
                "Pains au levain, viennoiseries, gâteaux sur commande.",
                "Prix de quartier ; le click & collect au même prix qu'en boutique.",
                "La boutique rue des Lilas et le retrait des commandes en ligne.",
                "Instagram, la lettre du vendredi, les ateliers du samedi.",
                List.of(new Person("Claire Martin", "Gérante", true, true),
                        new Person("Julien Martin", "Boulanger, contenus", false, false),
                        new Person("Cabinet Durand", "Comptable", false, true)));
    }

    private static Action action(String id, String title, String touchpoint, String objective, int start,
                                 int weeks, String owner, boolean milestone, String good, String better,
                                 String best) {
        return new Action(id, title, touchpoint, objective, start, weeks, owner, Map.of(Scenario.GOOD,
                new BigDecimal(good), Scenario.BETTER, new BigDecimal(better), Scenario.BEST, new BigDecimal(best)),
                milestone);
    }

    /** The bakery as format version 2 held it (the file kept under src/test/resources/v2): no plan yet. */
    static Project boulangerieMartinVersion2() {
        ProjectInfo info = new ProjectInfo("Boulangerie Martin — plan digital 2026", "Boulangerie Martin",
                "Claire Martin", "fr", "EUR", LocalDate.of(2026, 3, 2));
        List<Zone> zones = List.of(
                zone("zn-1", "Découverte", Tone.BLUE, 0),
                zone("zn-2", "Considération", Tone.GREEN, 1),
                zone("zn-3", "Achat", Tone.YELLOW, 2),
                zone("zn-4", "Fidélité", Tone.PINK, 3));
        List<Touchpoint> tps = List.of(
                card("tp-5", TouchpointType.INSTAGRAM, "Instagram : le fournil en coulisses",
                        "Trois publications par semaine, stories à la sortie du four.", 0, 0, 60, 30, 10, "600"),
                card("tp-6", TouchpointType.SEO, "Référencement local Google",
                        "Fiche d'établissement à jour, horaires et photos.", 0, 1, 70, 30, 0, "0"),
                card("tp-7", TouchpointType.SOCIAL_ADS, "Publicités Facebook autour du quartier",
                        "Rayon de 3 km, lancement du click & collect.", 0, 2, 0, 5, 95, "900")
                        .withActiveRange(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 6, 1)),
                card("tp-8", TouchpointType.WORD_OF_MOUTH, "Bouche-à-oreille", "", 0, 3, 0, 100, 0, "0"),
                card("tp-9", TouchpointType.WEBSITE, "Site vitrine et commande en ligne",
                        "Carte du jour, commande de gâteaux 48 h à l'avance.", 1, 0, 85, 10, 5, "2400.00"),
                card("tp-10", TouchpointType.REVIEWS, "Avis Google", "Répondre à chaque avis sous 48 h.",
                        1, 1, 10, 85, 5, "0"),
                card("tp-11", TouchpointType.BLOG, "Blog « Nos recettes de saison »", "", 1, 2, 75, 20, 5, "300")
                        .withActiveRange(LocalDate.of(2026, 6, 2), null),
                card("tp-12", TouchpointType.MOBILE_APP, "Click & collect sur mobile",
                        "Via la plateforme de commande de l'association des commerçants.", 2, 0, 80, 10, 10,
                        "480").withActiveRange(LocalDate.of(2026, 3, 15), null),
                card("tp-13", TouchpointType.STORE, "La boutique, rue des Lilas", "", 2, 1, 80, 15, 5, "0"),
                card("tp-14", TouchpointType.PHONE, "Commandes par téléphone", "", 2, 2, 90, 5, 5, "0"),
                card("tp-15", TouchpointType.NEWSLETTER, "Lettre du vendredi",
                        "Pain de la semaine et offre réservée aux abonnés.", 3, 0, 90, 5, 5, "180"),
                card("tp-16", TouchpointType.EVENTS, "Ateliers pain du samedi", "Huit places, sur inscription.",
                        3, 1, 40, 30, 30, "350.50").withActiveRange(LocalDate.of(2026, 9, 5), null));
        double objectivesY = 960;
        List<Objective> objectives = List.of(
                new Objective("ob-17", "Développer les commandes en ligne", "Commandes en ligne par mois",
                        "commandes", new BigDecimal("40"), new BigDecimal("150"), LocalDate.of(2026, 12, 31),
                        new Bounds(110, objectivesY, 220, 110)),
                new Objective("ob-18", "Fidéliser par la newsletter", "Abonnés à la newsletter", "abonnés",
                        new BigDecimal("120"), new BigDecimal("600"), LocalDate.of(2026, 9, 30),
                        new Bounds(110 + 2 * COLUMN, objectivesY, 220, 110)),
                new Objective("ob-19", "Être la boulangerie la mieux notée du quartier", "Note moyenne des avis Google",
                        "étoiles", new BigDecimal("4.3"), new BigDecimal("4.7"), null,
                        new Bounds(110 + 3 * COLUMN, objectivesY, 220, 110)));
        List<StickyNote> notes = List.of(
                new StickyNote("nt-20", "Budget total à valider avec le comptable en février.", Tone.YELLOW,
                        new Bounds(1700, 40, 180, 126)),
                new StickyNote("nt-21", "Idée : photo du pain du jour chaque matin à 7 h, même format.",
                        Tone.GREEN, new Bounds(1700, 200, 180, 126)));
        List<Link> links = new ArrayList<>();
        String[][] serves = {{"tp-9", "ob-17"}, {"tp-12", "ob-17"}, {"tp-7", "ob-17"}, {"tp-14", "ob-17"},
                {"tp-15", "ob-18"}, {"tp-9", "ob-18"}, {"tp-16", "ob-18"}, {"tp-10", "ob-19"}, {"tp-13", "ob-19"}};
        String[][] flows = {{"tp-5", "tp-9"}, {"tp-6", "tp-10"}, {"tp-7", "tp-12"}, {"tp-8", "tp-13"},
                {"tp-9", "tp-12"}, {"tp-13", "tp-15"}, {"tp-12", "tp-15"}};
        int next = 22;
        for (String[] s : serves) {
            links.add(new Link("ln-" + next++, s[0], s[1], LinkKind.SERVES));
        }
        for (String[] f : flows) {
            links.add(new Link("ln-" + next++, f[0], f[1], LinkKind.FLOW));
        }
        return new Project(info, tps, objectives, links, notes, zones, bakeryMixPlan());
    }

    /**
     * Twelve months from 2026-03-02: paid-heavy while the Facebook ads run (launch), then the blog and the
     * workshops bring the earned share up. The launch targets ask for more paid than the budget gives, so
     * periods 0 and 2 are flagged (see MixTimelineSampleTest).
     */
    static MixPlan bakeryMixPlan() {
        MediaSplit launch = new MediaSplit(45, 15, 40);
        MediaSplit growth = new MediaSplit(70, 20, 10);
        MediaSplit loyalty = new MediaSplit(65, 30, 5);
        return new MixPlan(PeriodUnit.MONTH, 12,
                List.of(new Phase("Lancement", 0, 2), new Phase("Croissance", 3, 7), new Phase("Fidélisation", 8, 11)),
                Map.of(0, launch, 2, launch, 3, growth, 7, growth, 8, loyalty, 11, loyalty), 15);
    }

    /**
     * The bakery as format version 1 held it (the file kept under src/test/resources/v1): every touchpoint
     * active all the time and the default mix plan, which is exactly what migrating that file must give.
     */
    static Project boulangerieMartinVersion1() {
        Project p = boulangerieMartinVersion2();
        List<Touchpoint> always = p.touchpoints().stream().map(t -> t.withActiveRange(null, null)).toList();
        return p.withContent(always, p.objectives(), p.links(), p.notes(), p.zones()).withMixPlan(MixPlan.DEFAULT);
    }

    private static Zone zone(String id, String label, Tone tone, int column) {
        return new Zone(id, label, tone, new Bounds(column * COLUMN, 0, 400, 900));
    }

    /** A card in a stage column, one row per 140 units, centred in the column. */
    private static Touchpoint card(String id, TouchpointType type, String label, String notes, int column, int row,
                                   int owned, int earned, int paid, String budget) {
        Bounds bounds = new Bounds(column * COLUMN + (400 - CARD_W) / 2, 80 + row * 140, CARD_W, CARD_H);
        return new Touchpoint(id, type, label, notes, bounds, new MediaSplit(owned, earned, paid),
                new BigDecimal(budget));
    }
}
