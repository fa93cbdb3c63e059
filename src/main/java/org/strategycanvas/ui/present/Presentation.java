package org.strategycanvas.ui.present;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;
import org.strategycanvas.app.Settings;
import org.strategycanvas.command.AddElements;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Frame;
import org.strategycanvas.model.Ids;
import org.strategycanvas.model.StickyNote;
import org.strategycanvas.model.Tone;
import org.strategycanvas.ui.canvas.GridSnap;
import org.strategycanvas.ui.editor.Editor;

/**
 * The presentation mode: the plan full screen in the projector's look, frame after frame, without the
 * editor's chrome, and still editable (drag cards, add a sticky note, undo). Leaving it puts the selection
 * back as it was; the editor's own view was never touched.
 */
final class Presentation {

    /** A sticky note added while presenting: larger than in the editor, for large type. */
    static final double NOTE_WIDTH = 240;
    static final double NOTE_HEIGHT = 160;

    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final Editor editor;
    private final Show show;
    private final Messages messages;
    private final Settings settings;
    private final WorkshopTimer timer;
    private final Runnable onExit;
    private final FrameNavigator navigator = new FrameNavigator();
    private final ShowAnimator animator;
    private final ShowPane pane;
    private final ShowGestures gestures;
    private final FrameOverview overview;
    private final NoteField noteField;
    private final Label notice = new Label();
    private final Timeline ticking = new Timeline(new KeyFrame(Duration.millis(200), e -> showTimer()));
    private final Set<String> selectionBefore;
    private final PresentationKeys keys;
    private Animation noticeFade;
    private boolean ended;

    Presentation(Window owner, Rectangle2D screen, Editor editor, Show show, Messages messages, Settings settings,
                 WorkshopTimer timer, Runnable onExit) {
        this.editor = editor;
        this.show = show;
        this.messages = messages;
        this.settings = settings;
        this.timer = timer;
        this.onExit = onExit;
        this.selectionBefore = editor.selection().snapshot();
        this.animator = new ShowAnimator(show);
        this.pane = new ShowPane(editor, show, messages);
        this.gestures = new ShowGestures(pane.canvas(), editor, show);
        this.overview = new FrameOverview(messages, this::chooseFromOverview);
        this.noteField = new NoteField(messages, this::addNote);
        this.keys = new PresentationKeys(this);
        notice.getStyleClass().add("show-notice");
        notice.setId("presentation-notice");
        notice.setVisible(false);
        notice.setMouseTransparent(true);
        StackPane.setAlignment(notice, Pos.TOP_CENTER);
        StackPane.setMargin(notice, new Insets(24));
        StackPane root = new StackPane(pane, overview, noteField, notice);
        root.setId("presentation");
        Scene scene = new Scene(root, screen.getWidth(), screen.getHeight());
        scene.getStylesheets().add(ShowPane.STYLESHEET);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys::pressed);
        scene.addEventFilter(KeyEvent.KEY_TYPED, keys::typed);
        stage.initOwner(owner);
        stage.setScene(scene);
        stage.setTitle(messages.get("presentation.window.title"));
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setOnHidden(e -> exit());
        ticking.setCycleCount(Animation.INDEFINITE);
    }

    void start() {
        show.presenting.set(true);
        Frame first = navigator.refresh(editor.project());
        show.title.set(FrameTitles.of(first, messages));
        show.focus.set(first.focus());
        animator.moveTo(first.bounds(), false);
        showTimer();
        ticking.play();
        stage.show();
        stage.setFullScreen(true);
        // The presentation takes the keyboard even where no window manager hands it over.
        stage.requestFocus();
        pane.canvas().requestFocus();
        notify(messages.get("presentation.notice.keys"));
    }

    /** Leaves the presentation: the selection comes back as it was, the editor takes the keyboard again. */
    void exit() {
        if (ended) {
            return;
        }
        ended = true;
        ticking.stop();
        animator.finish();
        show.presenting.set(false);
        show.laser.set(null);
        show.drag.set(Show.Drag.NONE);
        show.title.set("");
        show.focus.set(List.of());
        show.timer.set(null);
        show.timeUp.set(false);
        pane.canvas().dispose();
        editor.selection().set(selectionBefore.stream().filter(editor.project()::contains)
                .collect(Collectors.toSet()));
        if (stage.isShowing()) {
            stage.close();
        }
        onExit.run();
    }

    void next() {
        go(navigator.next(editor.project()));
    }

    void previous() {
        go(navigator.previous(editor.project()));
    }

    void first() {
        go(navigator.goTo(editor.project(), 0));
    }

    void last() {
        go(navigator.goTo(editor.project(), Integer.MAX_VALUE));
    }

    private void go(Frame frame) {
        show.title.set(FrameTitles.of(frame, messages));
        show.focus.set(frame.focus());
        animator.moveTo(frame.bounds(), settings.presentationTransitions());
    }

    boolean isOverviewOpen() {
        return overview.isVisible();
    }

    void toggleOverview() {
        if (overview.isVisible()) {
            overview.close();
            pane.canvas().requestFocus();
        } else {
            navigator.refresh(editor.project());
            overview.open(editor.project(), navigator.frames(), navigator.index(), stage.getScene().getWidth(),
                    stage.getScene().getHeight());
        }
    }

    private void chooseFromOverview(int index) {
        overview.close();
        pane.canvas().requestFocus();
        go(navigator.goTo(editor.project(), index));
    }

    void toggleTransitions() {
        boolean on = !settings.presentationTransitions();
        settings.setPresentationTransitions(on);
        settings.save();
        notify(messages.get(on ? "presentation.notice.transitionsOn" : "presentation.notice.transitionsOff"));
    }

    void toggleLaser() {
        gestures.setLaserOn(!gestures.isLaserOn());
    }

    void toggleTimer() {
        timer.toggle(System.nanoTime());
        showTimer();
    }

    void adjustTimer(int minutes) {
        timer.adjust(minutes, System.nanoTime());
        showTimer();
    }

    private void showTimer() {
        long now = System.nanoTime();
        show.timer.set(timer.isShown() ? timer.text(now) : null);
        show.timeUp.set(timer.isShown() && timer.isUp(now));
    }

    boolean isNoteFieldOpen() {
        return noteField.isOpen();
    }

    void openNoteField() {
        noteField.open(() -> pane.canvas().requestFocus());
    }

    /** Adds a sticky note in the middle of the view, in one undo step, and selects it. */
    void addNote(String text) {
        Bounds view = show.shown.get();
        double x = GridSnap.snap(view.centerX() - NOTE_WIDTH / 2);
        double y = GridSnap.snap(view.centerY() - NOTE_HEIGHT / 2);
        String id = Ids.after(editor.project()).next(Ids.NOTE);
        editor.execute(AddElements.of(new StickyNote(id, text, Tone.YELLOW, new Bounds(x, y, NOTE_WIDTH, NOTE_HEIGHT)),
                "command.add"));
        editor.selection().select(id);
    }

    void undo() {
        editor.undo();
    }

    void redo() {
        editor.redo();
    }

    /** A short message at the top of the screen that fades away. */
    private void notify(String text) {
        if (noticeFade != null) {
            noticeFade.stop();
        }
        notice.setText(text);
        notice.setOpacity(1);
        notice.setVisible(true);
        FadeTransition fade = new FadeTransition(Duration.millis(400), notice);
        fade.setToValue(0);
        noticeFade = new SequentialTransition(new PauseTransition(Duration.seconds(2.5)), fade);
        noticeFade.setOnFinished(e -> notice.setVisible(false));
        noticeFade.play();
    }

    PresentationKeys keys() {
        return keys;
    }

    Stage stage() {
        return stage;
    }

    FrameNavigator navigator() {
        return navigator;
    }

    ShowCanvas canvas() {
        return pane.canvas();
    }

    String notice() {
        return notice.getText();
    }
}
