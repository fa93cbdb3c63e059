package org.strategycanvas.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BriefCompletenessTest {

    private static Resource known(int available, int needed) {
        return new Resource(BigDecimal.valueOf(available), BigDecimal.valueOf(needed), "");
    }

    @Test
    void anEmptyBriefMissesAllSeventeenPartsInTheFormsOrder() {
        BriefCompleteness c = BriefCompleteness.of(Brief.EMPTY);
        // 3 (why) + 4 (audiences) + 4 (resources) + 4 (Ps) + 2 (approvers) = 17
        assertEquals(17, c.total());
        assertEquals(0, c.filled());
        assertEquals(List.of("purpose", "startingPoint", "futureState", "socialFootprint", "interestCommunities",
                "digitalTarget", "sharedValues", "staff", "budget", "time", "expertise", "product", "price", "place",
                "promotion", "approver", "budgetApprover"), c.missing());
        assertFalse(c.isComplete());
    }

    @Test
    void aResourceCountsOnceBothAmountsAreKnownAndBlankTextsDoNot() {
        Brief brief = BriefText.PURPOSE.in(Brief.EMPTY, "Sell online")
                .withResource(ResourceKind.BUDGET, known(1000, 1500))
                .withResource(ResourceKind.TIME, new Resource(BigDecimal.ONE, null, "only a note and one amount"));
        brief = BriefText.PRICE.in(brief, "   ");
        BriefCompleteness c = BriefCompleteness.of(brief);
        // purpose + budget = 2 of 17; the time (one amount) and the blank price still count as missing
        assertEquals(2, c.filled());
        assertTrue(c.missing().contains("time"));
        assertTrue(c.missing().contains("price"));
        assertFalse(c.missing().contains("budget"));
    }

    @Test
    void approversMustBeNamed() {
        Brief brief = Brief.EMPTY.withPeople(List.of(new Person("", "Finance", true, true),
                new Person("Cabinet Durand", "Accountant", false, true)));
        BriefCompleteness c = BriefCompleteness.of(brief);
        // the nameless approver does not count; the named accountant approves the budget: 1 of 17
        assertEquals(1, c.filled());
        assertTrue(c.missing().contains(BriefCompleteness.APPROVER));
        assertFalse(c.missing().contains(BriefCompleteness.BUDGET_APPROVER));
    }

    @Test
    void aFullBriefIsComplete() {
        Brief brief = Brief.EMPTY;
        for (BriefText part : BriefText.values()) {
            brief = part.in(brief, part.id());
        }
        for (ResourceKind kind : ResourceKind.values()) {
            brief = brief.withResource(kind, known(1, 2));
        }
        brief = brief.withPeople(List.of(new Person("Claire", "Manager", true, true)));
        BriefCompleteness c = BriefCompleteness.of(brief);
        assertEquals(17, c.filled());
        assertTrue(c.isComplete());
    }
}
