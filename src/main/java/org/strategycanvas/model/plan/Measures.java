package org.strategycanvas.model.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The recorded KPI values as a person keeps them: one value per objective and day, listed newest first. */
public final class Measures {

    private Measures() {
    }

    /**
     * The actuals with one more value: it replaces the value of the same objective on the same day, if there
     * is one (a correction), in place; otherwise it goes at the end.
     */
    public static List<Actual> record(List<Actual> actuals, Actual value) {
        List<Actual> result = new ArrayList<>(actuals);
        for (int i = 0; i < result.size(); i++) {
            if (sameSlot(result.get(i), value.objectiveId(), value.date())) {
                result.set(i, value);
                result.removeIf(a -> a != value && sameSlot(a, value.objectiveId(), value.date()));
                return List.copyOf(result);
            }
        }
        result.add(value);
        return List.copyOf(result);
    }

    /** The actuals without this one (the first equal one); the same list if it is not there. */
    public static List<Actual> remove(List<Actual> actuals, Actual value) {
        List<Actual> result = new ArrayList<>(actuals);
        result.remove(value);
        return List.copyOf(result);
    }

    /** One objective's values, the newest first; on the same day, in the order of the list. */
    public static List<Actual> newestFirst(List<Actual> actuals, String objectiveId) {
        return actuals.stream().filter(a -> a.objectiveId().equals(objectiveId))
                .sorted(Comparator.comparing(Actual::date).reversed())
                .collect(Collectors.toList());
    }

    private static boolean sameSlot(Actual a, String objectiveId, LocalDate date) {
        return a.objectiveId().equals(objectiveId) && a.date().equals(date);
    }
}
