package org.strategycanvas.model.plan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The brief behind the plan: why (purpose), from where (starting point) to where (future state), for whom
 * (four audiences), with what (four resources), the offer (four Ps) and who is involved.
 */
public record Brief(String purpose, String startingPoint, String futureState,
                    String socialFootprint, String interestCommunities, String digitalTarget, String sharedValues,
                    Resource staff, Resource budget, Resource time, Resource expertise,
                    String product, String price, String place, String promotion,
                    List<Person> people) {

    public static final Brief EMPTY = new Brief("", "", "", "", "", "", "",
            Resource.UNKNOWN, Resource.UNKNOWN, Resource.UNKNOWN, Resource.UNKNOWN, "", "", "", "", List.of());

    public Brief {
        for (String text : List.of(purpose, startingPoint, futureState, socialFootprint, interestCommunities,
                digitalTarget, sharedValues, product, price, place, promotion)) {
            Objects.requireNonNull(text, "brief texts are never null");
        }
        for (Resource r : new Resource[] {staff, budget, time, expertise}) {
            Objects.requireNonNull(r, "brief resources are never null");
        }
        people = List.copyOf(people);
    }

    /** The four resources in a fixed order. */
    public Map<ResourceKind, Resource> resources() {
        Map<ResourceKind, Resource> all = new EnumMap<>(ResourceKind.class);
        all.put(ResourceKind.STAFF, staff);
        all.put(ResourceKind.BUDGET, budget);
        all.put(ResourceKind.TIME, time);
        all.put(ResourceKind.EXPERTISE, expertise);
        return all;
    }

    public Brief withResource(ResourceKind kind, Resource r) {
        return new Brief(purpose, startingPoint, futureState, socialFootprint, interestCommunities, digitalTarget,
                sharedValues, kind == ResourceKind.STAFF ? r : staff, kind == ResourceKind.BUDGET ? r : budget,
                kind == ResourceKind.TIME ? r : time, kind == ResourceKind.EXPERTISE ? r : expertise,
                product, price, place, promotion, people);
    }

    public Brief withPeople(List<Person> newPeople) {
        return new Brief(purpose, startingPoint, futureState, socialFootprint, interestCommunities, digitalTarget,
                sharedValues, staff, budget, time, expertise, product, price, place, promotion, newPeople);
    }
}
