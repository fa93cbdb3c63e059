package org.strategycanvas.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.ProjectInfo;
import org.strategycanvas.model.ProjectProblems;
import org.strategycanvas.testing.ProjectArbitraries;
import org.strategycanvas.testing.RandomEdits;

class RandomEditsUndoPropertiesTest {

    private static final Project START = Project.empty(
            new ProjectInfo("Plan", "", "", "fr", "EUR", LocalDate.of(2026, 1, 5)));

    @Provide
    Arbitrary<Project> starts() {
        return Arbitraries.oneOf(Arbitraries.just(START), ProjectArbitraries.projects());
    }

    @Property(tries = 200)
    void undoingEveryEditRestoresTheStartExactly(@ForAll("starts") Project start, @ForAll long seed,
                                                 @ForAll @IntRange(min = 1, max = 60) int edits) {
        RandomEdits random = new RandomEdits(seed);
        CommandStack stack = new CommandStack(start);
        List<Project> history = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            history.add(stack.project());
            stack.execute(random.next(stack.project()));
            assertEquals(List.of(), ProjectProblems.of(stack.project()), "no dangling link, no duplicate id");
        }
        Project end = stack.project();
        for (int i = edits - 1; i >= 0; i--) {
            stack.undo();
            assertEquals(history.get(i), stack.project(), "undo of step " + i);
        }
        assertEquals(start, stack.project());
        assertFalse(stack.isDirty());
        while (stack.canRedo()) {
            stack.redo();
        }
        assertEquals(end, stack.project(), "redoing everything gives the same end");
    }
}
