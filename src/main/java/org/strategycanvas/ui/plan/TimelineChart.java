package org.strategycanvas.ui.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Orientation;
import javafx.scene.Cursor;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.plan.Action;
import org.strategycanvas.render.Palette;
import org.strategycanvas.render.TimelineGeometry;
import org.strategycanvas.render.TimelineGeometry.Hit;
import org.strategycanvas.render.TimelineGeometry.Part;
import org.strategycanvas.render.TimelineGeometry.Scale;
import org.strategycanvas.render.TimelinePainter;

/**
 * The Gantt chart of the actions, drawn by {@link TimelinePainter} on a view the size of what shows, with
 * its own scroll bars (the titles and dates stay put). A click selects an action; dragging its bar moves it
 * by whole weeks and dragging its right end changes its length; the plan changes once, on release. With the
 * keyboard: Up and Down pick an action, Left and Right move it a week, Shift+Left and Shift+Right shorten
 * and lengthen it, Delete removes it.
 */
final class TimelineChart extends BorderPane {

    private final PaintedView view = new PaintedView();
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private final Messages messages;
    private final TimelinePainter painter;
    private final ActionEdits edits;
    private final Supplier<LocalDate> today;
    private final Set<String> selected = new LinkedHashSet<>();
    private Project project;
    private Scale scale = Scale.WEEK;
    private TimelineGeometry geometry;
    private Drag drag;
    private Consumer<Set<String>> onUserSelect = ids -> { };

    /** A bar being dragged: the action as it was, what is dragged, where the press was, the action now. */
    private record Drag(Action original, Part part, double pressX, Action preview) {
    }

    TimelineChart(Messages messages, ActionEdits edits, Supplier<LocalDate> today) {
        this.messages = messages;
        this.painter = new TimelinePainter(messages);
        this.edits = edits;
        this.today = today;
        view.setId("timeline-chart");
        view.setFocusTraversable(true);
        view.setAccessibleRole(javafx.scene.AccessibleRole.NODE);
        view.setAccessibleText(messages.get("timeline.tab"));
        view.setAccessibleHelp(messages.get("timeline.help"));
        view.setMinSize(0, 0);
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.setId("timeline-hbar");
        vertical.setId("timeline-vbar");
        setCenter(view);
        setRight(vertical);
        setBottom(horizontal);
        horizontal.valueProperty().addListener((obs, o, n) -> view.repaint());
        vertical.valueProperty().addListener((obs, o, n) -> view.repaint());
        view.widthProperty().addListener((obs, o, n) -> updateScrollBars());
        view.heightProperty().addListener((obs, o, n) -> updateScrollBars());
        view.focusedProperty().addListener((obs, o, n) -> view.repaint());
        view.setPainter(s -> {
            if (geometry != null) {
                painter.paint(s, geometry, project, selected, today.get(), window());
                if (view.isFocused()) {
                    s.strokeRect(1, 1, view.getWidth() - 2, view.getHeight() - 2, Palette.SELECTION, 2);
                }
            }
        });
        view.setOnMousePressed(this::pressed);
        view.setOnMouseDragged(this::dragged);
        view.setOnMouseReleased(this::released);
        view.setOnMouseMoved(e -> view.setCursor(cursorFor(hitAt(e.getX(), e.getY()))));
        view.setOnScroll(this::scrolled);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** Tells who wants to know when the person picks actions here (not when {@link #select} is called). */
    void onUserSelect(Consumer<Set<String>> listener) {
        onUserSelect = listener;
    }

    void show(Project newProject) {
        project = newProject;
        drag = null;
        selected.retainAll(newProject.actions().stream().map(Action::id).toList());
        rebuild(newProject.actions());
    }

    Set<String> selected() {
        return Set.copyOf(selected);
    }

    /** The selected actions, in the plan's order. */
    List<Action> selectedActions() {
        return project.actions().stream().filter(a -> selected.contains(a.id())).toList();
    }

    /** Selects these actions without telling {@link #onUserSelect}, and brings the first into view. */
    void select(Collection<String> ids) {
        selected.clear();
        selected.addAll(ids);
        for (int row = 0; row < geometry.actions().size(); row++) {
            if (selected.contains(geometry.actions().get(row).id())) {
                reveal(row);
                break;
            }
        }
        view.repaint();
    }

    Scale scale() {
        return scale;
    }

    /** Changes the scale and keeps the date at the left of the chart there. */
    void setScale(Scale newScale) {
        LocalDate left = geometry.dateAt(horizontal.getValue() + geometry.layout().labelWidth());
        scale = newScale;
        rebuild(project.actions());
        horizontal.setValue(clamp(geometry.xOf(left) - geometry.layout().labelWidth(), horizontal.getMax()));
    }

    /** Scrolls so that a date shows a third of the way into the chart. */
    void scrollTo(LocalDate date) {
        double chartWidth = view.getWidth() - geometry.layout().labelWidth();
        horizontal.setValue(clamp(geometry.xOf(date) - geometry.layout().labelWidth() - chartWidth / 3,
                horizontal.getMax()));
    }

    TimelineGeometry geometry() {
        return geometry;
    }

    private void rebuild(List<Action> actions) {
        int weeks = TimelineGeometry.weeksToShow(actions, project.info().planStart(), ActionEdits.planEnd(project),
                today.get());
        geometry = new TimelineGeometry(actions, project.info().planStart(), weeks, scale, TimelinePainter.LAYOUT,
                messages);
        updateScrollBars();
        view.repaint();
    }

    private TimelinePainter.Window window() {
        return new TimelinePainter.Window(horizontal.getValue(), vertical.getValue(), view.getWidth(),
                view.getHeight());
    }

    private void updateScrollBars() {
        if (geometry == null) {
            return;
        }
        fit(horizontal, geometry.width(), view.getWidth(), geometry.scale().pixelsPerWeek());
        fit(vertical, geometry.height(), view.getHeight(), geometry.layout().rowHeight());
        view.repaint();
    }

    private static void fit(ScrollBar bar, double content, double shown, double step) {
        double max = Math.max(0, content - shown);
        bar.setMax(max);
        bar.setVisibleAmount(content > 0 ? max * shown / content : 0);
        bar.setUnitIncrement(step);
        bar.setBlockIncrement(Math.max(step, shown * 0.8));
        bar.setValue(clamp(bar.getValue(), max));
        bar.setDisable(max == 0);
    }

    private static double clamp(double value, double max) {
        return Math.max(0, Math.min(max, value));
    }

    /** Brings a row, and the start of its bar, into view. */
    private void reveal(int row) {
        double header = geometry.layout().headerHeight();
        double top = geometry.rowTop(row) - header;
        double rows = view.getHeight() - header;
        if (top < vertical.getValue()) {
            vertical.setValue(clamp(top, vertical.getMax()));
        } else if (top + geometry.layout().rowHeight() > vertical.getValue() + rows) {
            vertical.setValue(clamp(top + geometry.layout().rowHeight() - rows, vertical.getMax()));
        }
        double label = geometry.layout().labelWidth();
        Bounds bar = geometry.bar(row);
        double chartWidth = view.getWidth() - label;
        if (bar.x() - label < horizontal.getValue() || bar.x() - label > horizontal.getValue() + chartWidth - 40) {
            horizontal.setValue(clamp(bar.x() - label - 40, horizontal.getMax()));
        }
    }

    /** What is under a point of the view: the titles and the dates stay put, the rest scrolls. */
    private Hit hitAt(double x, double y) {
        if (geometry == null || y < geometry.layout().headerHeight()) {
            return null;
        }
        double contentX = x < geometry.layout().labelWidth() ? x : x + horizontal.getValue();
        return geometry.hit(contentX, y + vertical.getValue()).orElse(null);
    }

    private static Cursor cursorFor(Hit hit) {
        if (hit == null || hit.part() == Part.ROW) {
            return Cursor.DEFAULT;
        }
        return hit.part() == Part.RIGHT_EDGE ? Cursor.H_RESIZE : Cursor.MOVE;
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        e.consume(); // else the tab pane above takes the focus back, and with it the arrow keys
        if (e.getButton() != MouseButton.PRIMARY || e.getY() < geometry.layout().headerHeight()) {
            return;
        }
        Hit hit = hitAt(e.getX(), e.getY());
        if (hit == null) {
            userSelect(List.of());
            return;
        }
        String id = hit.action().id();
        if (e.isShortcutDown() || e.isShiftDown()) {
            List<String> ids = new ArrayList<>(selected);
            if (!ids.remove(id)) {
                ids.add(id);
            }
            userSelect(ids);
            return;
        }
        userSelect(List.of(id));
        if (hit.part() != Part.ROW) {
            drag = new Drag(hit.action(), hit.part(), e.getX(), hit.action());
        }
    }

    private void dragged(MouseEvent e) {
        if (drag == null) {
            return;
        }
        int weeks = geometry.weeksFor(e.getX() - drag.pressX());
        Action preview = drag.part() == Part.BODY ? ActionEdits.moved(drag.original(), weeks)
                : ActionEdits.resized(drag.original(), weeks);
        if (!preview.equals(drag.preview())) {
            drag = new Drag(drag.original(), drag.part(), drag.pressX(), preview);
            rebuild(project.actions().stream().map(a -> a.id().equals(preview.id()) ? preview : a).toList());
        }
    }

    private void released(MouseEvent e) {
        if (drag == null) {
            return;
        }
        Drag done = drag;
        drag = null;
        if (!done.preview().equals(done.original())) {
            edits.replace(List.of(done.preview()), done.part() == Part.BODY ? ActionEdits.MOVE : ActionEdits.RESIZE);
        }
    }

    private void scrolled(ScrollEvent e) {
        boolean sideways = e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY());
        if (sideways) {
            double delta = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            horizontal.setValue(clamp(horizontal.getValue() - delta, horizontal.getMax()));
        } else {
            vertical.setValue(clamp(vertical.getValue() - e.getDeltaY(), vertical.getMax()));
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.UP || code == KeyCode.DOWN) {
            step(code == KeyCode.UP ? -1 : 1);
        } else if (selected.isEmpty() || drag != null) {
            return;
        } else if (code == KeyCode.LEFT || code == KeyCode.RIGHT) {
            int weeks = code == KeyCode.LEFT ? -1 : 1;
            List<Action> chosen = selectedActions();
            if (e.isShiftDown()) {
                edits.replace(chosen.stream().map(a -> ActionEdits.resized(a, weeks)).toList(), ActionEdits.RESIZE);
            } else if (chosen.stream().allMatch(a -> a.startWeek() + weeks >= 0)) {
                edits.replace(chosen.stream().map(a -> ActionEdits.moved(a, weeks)).toList(), ActionEdits.MOVE);
            }
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            edits.remove(Set.copyOf(selected));
        } else {
            return;
        }
        e.consume();
    }

    /** Selects the action above or below the selected one (the first one when none is). */
    private void step(int direction) {
        List<Action> actions = project.actions();
        if (actions.isEmpty()) {
            return;
        }
        int current = -1;
        for (int i = 0; i < actions.size(); i++) {
            if (selected.contains(actions.get(i).id())) {
                current = i;
                break;
            }
        }
        int next = current < 0 ? 0 : Math.max(0, Math.min(actions.size() - 1, current + direction));
        userSelect(List.of(actions.get(next).id()));
        reveal(next);
    }

    private void userSelect(Collection<String> ids) {
        if (selected.equals(new LinkedHashSet<>(ids))) {
            return;
        }
        selected.clear();
        selected.addAll(ids);
        view.repaint();
        onUserSelect.accept(Set.copyOf(selected));
    }
}
