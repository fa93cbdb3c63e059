package org.strategycanvas.ui.canvas;

import java.util.List;
import java.util.Optional;
import org.strategycanvas.command.AddElements;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.Ids;
import org.strategycanvas.model.Link;
import org.strategycanvas.model.LinkKind;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.Zone;
import org.strategycanvas.render.PlanGeometry;
import org.strategycanvas.ui.editor.Editor;

/**
 * Drawing a link: a single selected card shows a handle on its right edge; dragging from it to another
 * card and letting go links the two, as one undo step. A touchpoint dropped on an objective serves it; a
 * touchpoint on a touchpoint is a flow of people; anything else is a plain relation.
 */
final class ConnectGesture {

    /** How close to the handle, in screen pixels, a press grabs it. */
    static final double HANDLE_RADIUS = 7;

    private final Editor editor;
    private final Viewport viewport;
    private String fromId;
    private double toX;
    private double toY;

    ConnectGesture(Editor editor, Viewport viewport) {
        this.editor = editor;
        this.viewport = viewport;
    }

    /** The element whose handle is shown: the selection when it is one card, note or objective. */
    Optional<Element> source() {
        if (editor.selection().ids().size() != 1) {
            return Optional.empty();
        }
        return editor.project().element(editor.selection().ids().iterator().next())
                .filter(e -> !(e instanceof Zone));
    }

    /** The handle's centre in screen pixels, if one is shown. */
    Optional<double[]> handle() {
        return source().map(e -> {
            double[] world = PlanGeometry.connectHandle(e.bounds());
            return new double[] {viewport.toScreenX(world[0]), viewport.toScreenY(world[1])};
        });
    }

    /** Starts a link if the press is on the handle. */
    boolean begin(double screenX, double screenY) {
        Optional<double[]> handle = handle();
        if (handle.isPresent() && Math.hypot(screenX - handle.get()[0], screenY - handle.get()[1]) <= HANDLE_RADIUS) {
            fromId = source().get().id();
            toX = screenX;
            toY = screenY;
            return true;
        }
        return false;
    }

    void drag(double screenX, double screenY) {
        toX = screenX;
        toY = screenY;
    }

    /** The line being drawn, in screen pixels, or empty. */
    Optional<double[]> preview() {
        return handle().filter(h -> fromId != null).map(h -> new double[] {h[0], h[1], toX, toY});
    }

    /** Links the source to what is under the pointer, unless it is itself, a zone, or already linked. */
    void finish(double screenX, double screenY) {
        String from = fromId;
        fromId = null;
        PlanGeometry.topAt(editor.project(), viewport.toWorldX(screenX), viewport.toWorldY(screenY))
                .ifPresent(target -> link(editor, from, target.id()));
    }

    /**
     * Links one element to another as one undo step, of the kind {@link #kindFor} gives; does nothing, and
     * returns false, when either is missing or a zone, when they are the same, or when they are already linked.
     */
    static boolean link(Editor editor, String from, String to) {
        Project project = editor.project();
        Optional<Element> source = Optional.ofNullable(from).flatMap(project::element)
                .filter(ConnectGesture::canLink);
        Optional<Element> target = Optional.ofNullable(to).flatMap(project::element)
                .filter(e -> canLink(e) && !e.id().equals(from));
        if (source.isEmpty() || target.isEmpty() || linked(project, from, to)) {
            return false;
        }
        Link link = new Link(Ids.after(project).next(Ids.LINK), from, to, kindFor(source.get(), target.get()));
        editor.execute(new AddElements(List.of(), List.of(link), "command.connect"));
        return true;
    }

    /** Zones hold cards; they are not linked. */
    static boolean canLink(Element element) {
        return !(element instanceof Zone);
    }

    void cancel() {
        fromId = null;
    }

    boolean active() {
        return fromId != null;
    }

    static LinkKind kindFor(Element from, Element to) {
        if (from instanceof Touchpoint && to instanceof Objective) {
            return LinkKind.SERVES;
        }
        if (from instanceof Touchpoint && to instanceof Touchpoint) {
            return LinkKind.FLOW;
        }
        return LinkKind.RELATED;
    }

    static boolean linked(Project project, String a, String b) {
        return project.links().stream().anyMatch(l -> l.from().equals(a) && l.to().equals(b));
    }
}
