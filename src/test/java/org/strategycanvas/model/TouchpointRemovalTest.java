package org.strategycanvas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.TouchpointRemoval.Fate;
import org.strategycanvas.model.plan.Action;

class TouchpointRemovalTest {

    private static final Link SITE_SERVES = new Link("ln-4", "tp-1", "ob-3", LinkKind.SERVES);
    private static final Link BLOG_SERVES = new Link("ln-5", "tp-2", "ob-3", LinkKind.SERVES);
    private static final Link SITE_TO_BLOG = new Link("ln-6", "tp-1", "tp-2", LinkKind.FLOW);
    private static final Link SITE_TO_SHOP = new Link("ln-8", "tp-1", "tp-7", LinkKind.FLOW);

    /** A site and a blog both serving one objective, a shop; one action on the site, one on the blog. */
    private static Project project() {
        return new Project(new ProjectInfo("t", "", "", "fr", "EUR", java.time.LocalDate.of(2026, 1, 5)),
                List.of(Touchpoint.create("tp-1", TouchpointType.WEBSITE, "Site", 0, 0),
                        Touchpoint.create("tp-2", TouchpointType.BLOG, "Blog", 300, 0),
                        Touchpoint.create("tp-7", TouchpointType.STORE, "Shop", 600, 0)),
                List.of(Objective.create("ob-3", "Orders", 0, 300)),
                List.of(SITE_SERVES, BLOG_SERVES, SITE_TO_BLOG, SITE_TO_SHOP), List.of(), List.of())
                .withActions(List.of(action("ac-1", "tp-1"), action("ac-2", "tp-2")));
    }

    private static Action action(String id, String touchpointId) {
        return new Action(id, "Action " + id, touchpointId, null, 0, 2, "", Map.of(), false);
    }

    @Test
    void listsWhatDependsOnTheRemovedTouchpoint() {
        TouchpointRemoval removal = new TouchpointRemoval(project(), Set.of("tp-1"));
        assertTrue(removal.needsAChoice());
        assertEquals(List.of("ac-1"), removal.actions().stream().map(Action::id).toList());
        assertEquals(List.of(SITE_SERVES, SITE_TO_BLOG, SITE_TO_SHOP), removal.links());
        assertEquals(List.of("tp-2", "tp-7"), removal.moveTargets().stream().map(Touchpoint::id).toList());
    }

    @Test
    void aTouchpointWithoutActionsOrLinksNeedsNoChoice() {
        Project p = project().minus(Set.of("ln-8"));
        assertFalse(new TouchpointRemoval(p, Set.of("tp-7")).needsAChoice());
    }

    @Test
    void linksToElementsDeletedTooAreNotAskedAbout() {
        // Site and objective together: the site's links to the objective go with both; the two flows stay.
        TouchpointRemoval removal = new TouchpointRemoval(project(), Set.of("tp-1", "ob-3"));
        assertEquals(List.of(SITE_TO_BLOG, SITE_TO_SHOP), removal.links());
    }

    @Test
    void movingGivesTheActionsAndLinksToTheTargetWithoutLoopsOrRepeats() {
        Project after = new TouchpointRemoval(project(), Set.of("tp-1")).apply(Fate.MOVE, "tp-2");
        assertEquals(List.of("tp-2", "tp-2"), after.actions().stream().map(Action::touchpointId).toList());
        // ln-4 would repeat ln-5 (blog serves orders), ln-6 would join the blog to itself: both dropped.
        assertEquals(List.of(BLOG_SERVES, new Link("ln-8", "tp-2", "tp-7", LinkKind.FLOW)), after.links());
        assertEquals(List.of(), ProjectProblems.of(after));
    }

    @Test
    void detachingKeepsTheActionsWithoutATouchpointAndRemovesTheLinks() {
        Project after = new TouchpointRemoval(project(), Set.of("tp-1")).apply(Fate.DETACH, null);
        assertEquals(2, after.actions().size());
        assertNull(after.actions().get(0).touchpointId());
        assertEquals(List.of(BLOG_SERVES), after.links());
        assertEquals(List.of(), ProjectProblems.of(after));
    }

    @Test
    void deletingRemovesTheActionsAndTheLinks() {
        Project after = new TouchpointRemoval(project(), Set.of("tp-1")).apply(Fate.DELETE, null);
        assertEquals(List.of("ac-2"), after.actions().stream().map(Action::id).toList());
        assertEquals(List.of(BLOG_SERVES), after.links());
        assertEquals(List.of(), ProjectProblems.of(after));
    }

    @Test
    void movingToARemovedOrUnknownTouchpointIsRefused() {
        TouchpointRemoval removal = new TouchpointRemoval(project(), Set.of("tp-1", "tp-2"));
        assertThrows(IllegalArgumentException.class, () -> removal.apply(Fate.MOVE, "tp-2"));
        assertThrows(IllegalArgumentException.class, () -> removal.apply(Fate.MOVE, "ob-3"));
        assertThrows(IllegalArgumentException.class, () -> removal.apply(Fate.MOVE, null));
    }
}
