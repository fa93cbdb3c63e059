package org.strategycanvas.model.mix;

/** How touchpoints count in a mix. */
public enum Weighting {
    /** Every touchpoint counts the same: the mean of their splits. */
    EQUAL,
    /** Each touchpoint counts in proportion to its budget. */
    BUDGET
}
