package org.strategycanvas.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.strategycanvas.command.AddElements;
import org.strategycanvas.command.RemoveElements;
import org.strategycanvas.command.ReplaceProject;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.Ids;
import org.strategycanvas.model.Link;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.TouchpointRemoval;

/**
 * Delete, duplicate, copy and paste of the selection. Copies keep the links between the copied elements;
 * every paste lands a little further along, with fresh ids, as one undo step.
 */
public final class EditActions {

    /** How far a duplicate or a paste lands from the original, in canvas units (one grid step). */
    static final double OFFSET = 20;

    private final Editor editor;
    private RemovalChoice removalChoice = removal -> Optional.of(new Choice(TouchpointRemoval.Fate.DETACH, null));
    private Fragment clipboard;
    private int pasteCount;

    public EditActions(Editor editor) {
        this.editor = editor;
    }

    /** What to do with the actions and links of deleted touchpoints; empty to cancel the deletion. */
    public interface RemovalChoice {
        Optional<Choice> choose(TouchpointRemoval removal);
    }

    /** A fate, and the touchpoint that receives the actions and links when it is {@code MOVE}. */
    public record Choice(TouchpointRemoval.Fate fate, String targetId) {
    }

    /** Asks the person, when a deleted touchpoint has actions or links; without it they are detached. */
    public void askWhenRemoving(RemovalChoice choice) {
        removalChoice = choice;
    }

    /** Elements and the links among them, as copied. */
    private record Fragment(List<Element> elements, List<Link> links) {
    }

    public boolean hasSelection() {
        return !editor.selection().isEmpty();
    }

    public boolean canPaste() {
        return clipboard != null;
    }

    public void delete() {
        Set<String> ids = editor.selection().snapshot();
        if (ids.isEmpty()) {
            return;
        }
        Project before = editor.project();
        TouchpointRemoval removal = new TouchpointRemoval(before, ids);
        if (!removal.needsAChoice()) {
            editor.execute(new RemoveElements(ids, "command.delete"));
            return;
        }
        removalChoice.choose(removal).ifPresent(choice -> editor.execute(
                new ReplaceProject(before, removal.apply(choice.fate(), choice.targetId()), "command.delete")));
    }

    public void selectAll() {
        editor.selection().set(editor.project().elements().map(Element::id).toList());
    }

    public void copy() {
        Fragment fragment = selected();
        if (!fragment.elements().isEmpty()) {
            clipboard = fragment;
            pasteCount = 0;
        }
    }

    public void cut() {
        copy();
        delete();
    }

    public void paste() {
        if (clipboard != null) {
            pasteCount++;
            place(clipboard, OFFSET * pasteCount, "command.paste");
        }
    }

    public void duplicate() {
        Fragment fragment = selected();
        if (!fragment.elements().isEmpty()) {
            place(fragment, OFFSET, "command.duplicate");
        }
    }

    private Fragment selected() {
        Project project = editor.project();
        Set<String> ids = editor.selection().snapshot();
        List<Element> elements = project.elements().filter(e -> ids.contains(e.id())).toList();
        List<Link> links = project.links().stream()
                .filter(l -> ids.contains(l.from()) && ids.contains(l.to())).toList();
        return new Fragment(elements, links);
    }

    /** Adds a copy of the fragment with fresh ids, shifted, and selects it. */
    private void place(Fragment fragment, double offset, String descriptionKey) {
        Ids.Generator ids = Ids.after(editor.project());
        Map<String, String> newIds = new HashMap<>();
        List<Element> copies = new ArrayList<>();
        for (Element e : fragment.elements()) {
            String id = ids.next(Ids.prefixOf(e));
            newIds.put(e.id(), id);
            copies.add(e.withId(id).withBounds(e.bounds().translate(offset, offset)));
        }
        List<Link> links = new ArrayList<>();
        for (Link l : fragment.links()) {
            links.add(new Link(ids.next(Ids.LINK), newIds.get(l.from()), newIds.get(l.to()), l.kind()));
        }
        editor.execute(new AddElements(copies, links, descriptionKey));
        Set<String> selected = new HashSet<>(newIds.values());
        editor.selection().set(selected);
    }
}
