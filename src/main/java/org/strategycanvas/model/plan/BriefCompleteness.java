package org.strategycanvas.model.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of a brief is filled, part by part in the form's order: the three texts of why and where to,
 * the four audiences, the four resources (filled when both amounts are known, so that the gap can be
 * worked out), the four Ps, and two about people: someone named approves the plan, someone named approves
 * the budget. {@code missing} names the empty parts by id: a {@link BriefText} id, a {@link ResourceKind}
 * id, {@link #APPROVER} or {@link #BUDGET_APPROVER}.
 */
public record BriefCompleteness(int filled, int total, List<String> missing) {

    public static final String APPROVER = "approver";
    public static final String BUDGET_APPROVER = "budgetApprover";

    public BriefCompleteness {
        missing = List.copyOf(missing);
    }

    public static BriefCompleteness of(Brief brief) {
        List<String> missing = new ArrayList<>();
        int total = 0;
        for (BriefText part : BriefText.values()) {
            if (part == BriefText.PRODUCT) {
                total += resources(brief, missing);
            }
            total++;
            if (part.of(brief).isBlank()) {
                missing.add(part.id());
            }
        }
        total += 2;
        if (brief.people().stream().noneMatch(p -> p.approves() && !p.name().isBlank())) {
            missing.add(APPROVER);
        }
        if (brief.people().stream().noneMatch(p -> p.approvesBudget() && !p.name().isBlank())) {
            missing.add(BUDGET_APPROVER);
        }
        return new BriefCompleteness(total - missing.size(), total, missing);
    }

    private static int resources(Brief brief, List<String> missing) {
        brief.resources().forEach((kind, r) -> {
            if (ResourceGaps.of(kind, r).isEmpty()) {
                missing.add(kind.id());
            }
        });
        return ResourceKind.values().length;
    }

    public boolean isComplete() {
        return missing.isEmpty();
    }
}
