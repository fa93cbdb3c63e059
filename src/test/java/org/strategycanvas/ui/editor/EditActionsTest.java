package org.strategycanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.strategycanvas.model.ProjectProblems;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;

class EditActionsTest {

    private final Touchpoint site = Touchpoint.create("tp-1", TouchpointType.WEBSITE, "Site", 0, 0);
    private final Objective sales = Objective.create("ob-2", "Sales", 0, 200);
    private final Link serves = new Link("ln-3", "tp-1", "ob-2", LinkKind.SERVES);
    private final Project start = Project.empty(new ProjectInfo("P", "", "", "en", "EUR", LocalDate.of(2026, 1, 5)))
            .plus(List.of(site, sales), List.of(serves));
    private final Editor editor = new Editor(start);
    private final EditActions actions = new EditActions(editor);

    @Test
    void duplicateCopiesTheSelectionWithItsInnerLinksAsOneStep() {
        editor.selection().set(Set.of("tp-1", "ob-2"));
        actions.duplicate();
        Project p = editor.project();
        assertEquals(2, p.touchpoints().size());
        assertEquals(2, p.objectives().size());
        assertEquals(2, p.links().size(), "the link between the two copies is copied too");
        assertEquals(List.of(), ProjectProblems.of(p));
        Touchpoint copy = p.touchpoints().get(1);
        assertEquals(site.bounds().translate(EditActions.OFFSET, EditActions.OFFSET), copy.bounds());
        assertTrue(editor.selection().contains(copy.id()), "the copies are selected");
        editor.undo();
        assertEquals(start, editor.project());
    }

    @Test
    void aLinkToAnUncopiedElementIsNotCopied() {
        editor.selection().select("tp-1");
        actions.copy();
        actions.paste();
        actions.paste();
        Project p = editor.project();
        assertEquals(3, p.touchpoints().size());
        assertEquals(1, p.links().size());
        assertEquals(site.bounds().translate(40, 40), p.touchpoints().get(2).bounds(), "each paste lands further");
    }

    @Test
    void deleteRemovesTheSelectionAndItsLinks() {
        editor.selection().select("ob-2");
        actions.delete();
        assertEquals(0, editor.project().objectives().size());
        assertEquals(0, editor.project().links().size());
        assertTrue(editor.selection().isEmpty(), "a deleted element is no longer selected");
        assertTrue(editor.dirtyProperty().get());
        editor.undo();
        assertEquals(start, editor.project());
        assertFalse(editor.dirtyProperty().get());
    }

    @Test
    void cutThenPastePutsItBack() {
        editor.selection().select("tp-1");
        actions.cut();
        assertEquals(0, editor.project().touchpoints().size());
        actions.paste();
        assertEquals("Site", editor.project().touchpoints().get(0).label());
    }
}
