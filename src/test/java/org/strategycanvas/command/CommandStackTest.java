package org.strategycanvas.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.Link;
import org.strategycanvas.model.LinkKind;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.ProjectInfo;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;

class CommandStackTest {

    private static final Project EMPTY = Project.empty(
            new ProjectInfo("Plan", "Org", "Me", "fr", "EUR", LocalDate.of(2026, 1, 5)));
    private static final Touchpoint SITE = Touchpoint.create("tp-1", TouchpointType.WEBSITE, "Site", 0, 0);
    private static final Touchpoint BLOG = Touchpoint.create("tp-2", TouchpointType.BLOG, "Blog", 200, 0);
    private static final Objective SALES = Objective.create("ob-3", "Sales", 0, 200);

    @Test
    void undoAndRedoWalkTheHistory() {
        CommandStack stack = new CommandStack(EMPTY);
        stack.execute(AddElements.of(SITE, "command.add"));
        stack.execute(UpdateElements.of(SITE, SITE.withLabel("Shop"), "command.rename"));
        assertEquals("Shop", stack.project().touchpoints().get(0).label());
        stack.undo();
        assertEquals("Site", stack.project().touchpoints().get(0).label());
        stack.undo();
        assertEquals(EMPTY, stack.project());
        assertFalse(stack.canUndo());
        stack.redo();
        stack.redo();
        assertEquals("Shop", stack.project().touchpoints().get(0).label());
        assertFalse(stack.canRedo());
    }

    @Test
    void aNewCommandClearsTheRedoHistory() {
        CommandStack stack = new CommandStack(EMPTY);
        stack.execute(AddElements.of(SITE, "command.add"));
        stack.undo();
        assertTrue(stack.canRedo());
        stack.execute(AddElements.of(BLOG, "command.add"));
        assertFalse(stack.canRedo());
        assertEquals(List.of(BLOG), stack.project().touchpoints());
    }

    @Test
    void dirtyFollowsTheSavedPoint() {
        CommandStack stack = new CommandStack(EMPTY);
        assertFalse(stack.isDirty());
        stack.execute(AddElements.of(SITE, "command.add"));
        assertTrue(stack.isDirty());
        stack.markSaved();
        assertFalse(stack.isDirty());
        stack.execute(AddElements.of(BLOG, "command.add"));
        assertTrue(stack.isDirty());
        stack.undo();
        assertFalse(stack.isDirty(), "undoing back to the saved state makes it clean");
        stack.undo();
        assertTrue(stack.isDirty(), "undoing past the saved state makes it dirty");
        stack.redo();
        assertFalse(stack.isDirty());
    }

    @Test
    void aSavedPointDroppedFromABoundedHistoryCannotBeReachedAgain() {
        CommandStack stack = new CommandStack(EMPTY, 2);
        stack.execute(AddElements.of(SITE, "command.add"));
        stack.execute(AddElements.of(BLOG, "command.add"));
        stack.execute(AddElements.of(SALES, "command.add"));
        stack.undo();
        stack.undo();
        assertFalse(stack.canUndo());
        assertTrue(stack.isDirty(), "the empty saved state was dropped; this is not it");
    }

    @Test
    void removeRestoresElementsAndTheirLinksInPlace() {
        Link serves = new Link("ln-4", "tp-1", "ob-3", LinkKind.SERVES);
        Link flow = new Link("ln-5", "tp-2", "tp-1", LinkKind.FLOW);
        Project start = EMPTY.plus(List.of(SITE, BLOG, SALES), List.of(serves, flow));
        CommandStack stack = new CommandStack(start);
        stack.execute(new RemoveElements(Set.of("tp-1"), "command.delete"));
        assertEquals(List.of(BLOG), stack.project().touchpoints());
        assertEquals(List.of(), stack.project().links(), "links touching a removed element go with it");
        stack.undo();
        assertEquals(start, stack.project());
    }

    @Test
    void aCommandMayNotRunInsideAnother() {
        CommandStack stack = new CommandStack(EMPTY);
        Command reentrant = new Command() {
            @Override
            public Project execute(Project before) {
                stack.execute(AddElements.of(BLOG, "command.add"));
                return before;
            }

            @Override
            public Project undo(Project after) {
                return after;
            }

            @Override
            public String descriptionKey() {
                return "command.add";
            }
        };
        assertThrows(IllegalStateException.class, () -> stack.execute(reentrant));
    }

    @Test
    void listenersHearEveryChange() {
        CommandStack stack = new CommandStack(EMPTY);
        int[] heard = new int[1];
        stack.addListener(() -> heard[0]++);
        stack.execute(AddElements.of(SITE, "command.add"));
        stack.undo();
        stack.redo();
        stack.markSaved();
        assertEquals(4, heard[0]);
        assertEquals("command.add", stack.undoDescriptionKey().orElseThrow());
    }

    @Test
    void addingAnIdThatExistsIsRefused() {
        CommandStack stack = new CommandStack(EMPTY.plus(List.of(SITE), List.of()));
        assertThrows(IllegalStateException.class, () -> stack.execute(AddElements.of(SITE, "command.add")));
        assertEquals(1, stack.project().touchpoints().size());
    }
}
