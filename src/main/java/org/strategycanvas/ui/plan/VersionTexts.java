package org.strategycanvas.ui.plan;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.plan.Action;
import org.strategycanvas.model.plan.PlanVersion;
import org.strategycanvas.model.plan.Scenario;
import org.strategycanvas.model.plan.VersionDiff;
import org.strategycanvas.model.plan.VersionDiff.Change;
import org.strategycanvas.render.CardTexts;
import org.strategycanvas.ui.format.ProgressTexts;

/**
 * The differences between a saved version and the current plan in plain words, grouped: touchpoints
 * added, removed and changed (and what changed), budgets changed (action, scenario, before → after) and
 * targets changed (objective, before → after with its unit).
 */
final class VersionTexts {

    /** A heading and its lines. */
    record Group(String title, List<String> lines) {
    }

    private final Messages messages;
    private final CardTexts cards;
    private final ProgressTexts values;

    VersionTexts(Messages messages) {
        this.messages = messages;
        this.cards = new CardTexts(messages);
        this.values = new ProgressTexts(messages);
    }

    String date(LocalDate day) {
        return values.date(day);
    }

    /** "Plan shown to the accountant — 20 Feb 2026". */
    String title(PlanVersion version) {
        return messages.get("feedback.versions.item", version.name(), values.date(version.saved()));
    }

    /** "What changed since “Plan shown to the accountant” (20 Feb 2026)". */
    String heading(PlanVersion version) {
        return messages.get("feedback.versions.comparing", version.name(), values.date(version.saved()));
    }

    /** The groups that have something in them, in a fixed order; none when nothing changed. */
    List<Group> differences(PlanVersion version, Project project) {
        VersionDiff diff = VersionDiff.between(version, project.touchpoints(), project.objectives(),
                project.actions());
        List<Group> groups = new ArrayList<>();
        add(groups, "feedback.versions.added", diff.touchpoints().stream().filter(Change::added)
                .map(c -> quoted(c.after().label())).toList());
        add(groups, "feedback.versions.removed", diff.touchpoints().stream().filter(Change::removed)
                .map(c -> quoted(c.before().label())).toList());
        add(groups, "feedback.versions.changed", diff.touchpoints().stream().filter(c -> !c.added() && !c.removed())
                .map(c -> touchpointChange(c.before(), c.after(), project.info().currency())).toList());
        add(groups, "feedback.versions.budgets", diff.budgets().stream()
                .map(c -> budgetChange(c, version, project)).toList());
        add(groups, "feedback.versions.targets", diff.targets().stream()
                .map(c -> targetChange(c, version, project)).toList());
        return groups;
    }

    private void add(List<Group> groups, String titleKey, List<String> lines) {
        if (!lines.isEmpty()) {
            groups.add(new Group(messages.get(titleKey, lines.size()), lines));
        }
    }

    /** "“Site” (renamed from “Old site”): budget €600 → €800; media split O 60 · E 30 · P 10 → …". */
    private String touchpointChange(Touchpoint before, Touchpoint after, String currency) {
        List<String> what = new ArrayList<>();
        if (!before.label().equals(after.label())) {
            what.add(messages.get("feedback.versions.renamed", quoted(before.label())));
        }
        if (before.type() != after.type()) {
            what.add(messages.get("feedback.versions.type", messages.get("type." + before.type().id()),
                    messages.get("type." + after.type().id())));
        }
        if (!before.split().equals(after.split())) {
            what.add(messages.get("feedback.versions.split", cards.split(before.split()), cards.split(after.split())));
        }
        if (before.budget().compareTo(after.budget()) != 0) {
            what.add(messages.get("feedback.versions.budget", money(before.budget(), currency),
                    money(after.budget(), currency)));
        }
        if (!Objects.equals(before.activeFrom(), after.activeFrom())
                || !Objects.equals(before.activeTo(), after.activeTo())) {
            what.add(messages.get("feedback.versions.dates"));
        }
        if (!before.stages().equals(after.stages())) {
            what.add(messages.get("feedback.versions.stages"));
        }
        if (!before.notes().equals(after.notes())) {
            what.add(messages.get("feedback.versions.notes"));
        }
        return messages.get("feedback.versions.touchpointChange", quoted(after.label()),
                String.join(messages.get("feedback.versions.separator"), what));
    }

    /** "“Cake orders online”, Essential: €800 → €1,000". */
    private String budgetChange(Change<BigDecimal> change, PlanVersion version, Project project) {
        int slash = change.key().lastIndexOf('/');
        String actionId = change.key().substring(0, slash);
        String scenarioId = change.key().substring(slash + 1);
        String action = find(project.actions(), version.actions(), Action::id, actionId).map(Action::title)
                .orElse(actionId);
        String scenario = project.scenarios().stream().filter(s -> s.id().equals(scenarioId)).findFirst()
                .map(Scenario::name).orElse(scenarioId);
        String currency = project.info().currency();
        return messages.get("feedback.versions.budgetChange", quoted(action), scenario,
                amount(change.before(), currency), amount(change.after(), currency));
    }

    /** "“More online orders”: 150 → 180 orders". */
    private String targetChange(Change<BigDecimal> change, PlanVersion version, Project project) {
        Objective objective = find(project.objectives(), version.objectives(), Objective::id, change.key())
                .orElseThrow();
        String unit = objective.unit();
        String none = messages.get("feedback.versions.noTarget");
        String before = change.before() == null ? none
                : values.value(change.before(), change.after() == null ? unit : "");
        String after = change.after() == null ? none : values.value(change.after(), unit);
        return messages.get("feedback.versions.targetChange", quoted(objective.title()), before, after);
    }

    /** The item as it is now, or as it was in the version if it is gone. */
    private static <T> Optional<T> find(List<T> now, List<T> then, Function<T, String> id, String wanted) {
        return now.stream().filter(t -> id.apply(t).equals(wanted)).findFirst()
                .or(() -> then.stream().filter(t -> id.apply(t).equals(wanted)).findFirst());
    }

    private String amount(BigDecimal amount, String currency) {
        return amount == null ? messages.get("feedback.versions.noBudget") : money(amount, currency);
    }

    /** An amount in the plan's currency, with cents only when there are some. */
    String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(messages.locale());
        try {
            format.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException unknownCode) {
            format = NumberFormat.getNumberInstance(messages.locale());
            return withCents(format, amount).format(amount) + " " + currency;
        }
        return withCents(format, amount).format(amount);
    }

    private static NumberFormat withCents(NumberFormat format, BigDecimal amount) {
        int digits = amount.stripTrailingZeros().scale() > 0 ? 2 : 0;
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format;
    }

    /** Between quotation marks, unless the name already has some of its own. */
    private String quoted(String text) {
        if (text.contains("\u00ab") || text.contains("\"") || text.contains("\u201c")) {
            return text;
        }
        return messages.get("feedback.versions.quoted", text);
    }
}
