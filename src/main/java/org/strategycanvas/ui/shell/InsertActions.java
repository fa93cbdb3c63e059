package org.strategycanvas.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import org.strategycanvas.command.AddElements;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.Ids;
import org.strategycanvas.model.JourneyStage;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.StickyNote;
import org.strategycanvas.model.Tone;
import org.strategycanvas.model.Zone;
import org.strategycanvas.render.PlanGeometry;
import org.strategycanvas.ui.editor.Editor;

/** Adds an objective, a sticky note or a zone in the middle of what the canvas shows, and selects it. */
final class InsertActions {

    private static final double GRID = 20;
    private static final double STAGE_WIDTH = 320;
    private static final double STAGE_HEIGHT = 720;
    private static final double STAGE_GAP = 20;

    private final Editor editor;
    private final Messages messages;
    private final Supplier<Point2D> visibleCentre;
    private final Runnable afterStages;

    InsertActions(Editor editor, Messages messages, Supplier<Point2D> visibleCentre, Runnable afterStages) {
        this.editor = editor;
        this.messages = messages;
        this.visibleCentre = visibleCentre;
        this.afterStages = afterStages;
    }

    void objective() {
        Point2D at = topLeftFor(Objective.DEFAULT_WIDTH, Objective.DEFAULT_HEIGHT);
        add(Objective.create(nextId(Ids.OBJECTIVE), messages.get("insert.objective.title"), at.getX(), at.getY()));
    }

    void note() {
        Point2D at = topLeftFor(StickyNote.DEFAULT_SIZE, StickyNote.DEFAULT_SIZE * 0.7);
        add(StickyNote.create(nextId(Ids.NOTE), "", at.getX(), at.getY()));
    }

    void zone() {
        Point2D at = topLeftFor(400, 600);
        add(Zone.create(nextId(Ids.ZONE), messages.get("insert.zone.label"), at.getX(), at.getY()));
    }

    /**
     * The customer journey as six zones side by side, from unaware to advocate, to the right of what is
     * already on the canvas; one undo step.
     */
    void journeyStages() {
        Project project = editor.project();
        double x = PlanGeometry.contentBounds(project).map(b -> snap(b.maxX() + 80)).orElse(0.0);
        double y = PlanGeometry.contentBounds(project).map(b -> snap(b.y())).orElse(0.0);
        Ids.Generator ids = Ids.after(project);
        Tone[] tones = {Tone.GREY, Tone.BLUE, Tone.GREEN, Tone.YELLOW, Tone.PINK, Tone.GREEN};
        List<Element> zones = new ArrayList<>();
        for (JourneyStage stage : JourneyStage.values()) {
            int i = stage.ordinal();
            zones.add(new Zone(ids.next(Ids.ZONE), messages.get("stage." + stage.id()), tones[i],
                    new Bounds(x + i * (STAGE_WIDTH + STAGE_GAP), y, STAGE_WIDTH, STAGE_HEIGHT)).withStage(stage.id()));
        }
        editor.execute(new AddElements(zones, List.of(), "command.addStages"));
        editor.selection().clear();
        afterStages.run();
    }

    private String nextId(String prefix) {
        return Ids.after(editor.project()).next(prefix);
    }

    private Point2D topLeftFor(double width, double height) {
        Point2D centre = visibleCentre.get();
        return new Point2D(snap(centre.getX() - width / 2), snap(centre.getY() - height / 2));
    }

    private static double snap(double v) {
        return Math.round(v / GRID) * GRID;
    }

    private void add(Element element) {
        editor.execute(AddElements.of(element, "command.add"));
        editor.selection().select(element.id());
    }
}
