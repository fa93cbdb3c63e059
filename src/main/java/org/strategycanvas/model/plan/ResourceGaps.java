package org.strategycanvas.model.plan;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The gap between what a resource needs and what is available: {@code needed − available}, only when both
 * are known. A positive gap means the plan is short of that resource; zero or negative means it is covered.
 */
public final class ResourceGaps {

    /** A known gap; {@link #isShort()} when more is needed than is available. */
    public record Gap(ResourceKind kind, BigDecimal amount) {
        public boolean isShort() {
            return amount.signum() > 0;
        }
    }

    private ResourceGaps() {
    }

    public static Optional<Gap> of(ResourceKind kind, Resource resource) {
        if (resource.available() == null || resource.needed() == null) {
            return Optional.empty();
        }
        return Optional.of(new Gap(kind, resource.needed().subtract(resource.available())));
    }

    /** The known gaps of a brief, in the order staff, budget, time, expertise. */
    public static Map<ResourceKind, Gap> of(Brief brief) {
        Map<ResourceKind, Gap> gaps = new EnumMap<>(ResourceKind.class);
        brief.resources().forEach((kind, r) -> of(kind, r).ifPresent(g -> gaps.put(kind, g)));
        return gaps;
    }
}
