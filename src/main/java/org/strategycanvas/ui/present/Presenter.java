package org.strategycanvas.ui.present;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.strategycanvas.app.Settings;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Frames;
import org.strategycanvas.ui.editor.Editor;

/**
 * Shows the plan to a room: the presentation mode (F5) and the projector window, which share what they show.
 * Both close with the editor window, and when its content is rebuilt (a change of language).
 */
public final class Presenter {

    private final Stage owner;
    private final Messages messages;
    private final Editor editor;
    private final Settings settings;
    private final Node editorCanvas;
    private final Show show = new Show();
    private final WorkshopTimer timer = new WorkshopTimer();
    private final ReadOnlyBooleanWrapper projectorOpen = new ReadOnlyBooleanWrapper(this, "projectorOpen");
    private final InvalidationListener followCanvas = o -> followWholeCanvas();
    private final EventHandler<WindowEvent> ownerHidden = e -> closeAll();
    private Presentation presentation;
    private ProjectorWindow projector;

    public Presenter(Stage owner, Messages messages, Editor editor, Settings settings, Node editorCanvas) {
        this.owner = owner;
        this.messages = messages;
        this.editor = editor;
        this.settings = settings;
        this.editorCanvas = editorCanvas;
        owner.addEventHandler(WindowEvent.WINDOW_HIDDEN, ownerHidden);
        owner.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene old, Scene now) {
                if (now != null && editorCanvas.getScene() != now) {
                    owner.sceneProperty().removeListener(this);
                    owner.removeEventHandler(WindowEvent.WINDOW_HIDDEN, ownerHidden);
                    closeAll();
                }
            }
        });
    }

    /** Starts presenting: on the editor's screen when a projector window shows the room, else on the chosen one. */
    public void present() {
        if (presentation != null) {
            presentation.stage().requestFocus();
            return;
        }
        List<Rectangle2D> screens = screens();
        int editorScreen = editorScreen(screens);
        int target = projector != null ? editorScreen
                : ScreenChoice.choose(screens, editorScreen, settings.projectorScreen().orElse(null));
        presentation = new Presentation(owner, screens.get(target), editor, show, messages, settings, timer,
                this::presentationEnded);
        presentation.start();
    }

    private void presentationEnded() {
        presentation = null;
        followWholeCanvas();
        owner.requestFocus();
        editorCanvas.requestFocus();
    }

    /** Asks which screen the projector is, remembers it, and opens the projector window there. */
    public void chooseProjectorScreen() {
        List<Rectangle2D> screens = screens();
        int primary = Math.max(0, Screen.getScreens().indexOf(Screen.getPrimary()));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < screens.size(); i++) {
            names.add(describe(screens.get(i), i, i == primary));
        }
        int chosen = ScreenChoice.choose(screens, primary, settings.projectorScreen().orElse(null));
        ChoiceDialog<String> dialog = new ChoiceDialog<>(names.get(chosen), names);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("presentation.screen.title"));
        dialog.setHeaderText(messages.get("presentation.screen.header"));
        dialog.setContentText(messages.get("presentation.screen.label"));
        dialog.showAndWait().ifPresent(name -> {
            int index = names.indexOf(name);
            settings.setProjectorScreen(ScreenChoice.remember(screens, index));
            settings.save();
            openProjector(screens.get(index));
        });
    }

    private String describe(Rectangle2D screen, int index, boolean primary) {
        String name = messages.get("presentation.screen.item", index + 1, (long) screen.getWidth(),
                (long) screen.getHeight());
        return primary ? messages.get("presentation.screen.primary", name) : name;
    }

    /** Opens the projector window on a screen (moving it there if it is open). */
    void openProjector(Rectangle2D screen) {
        if (projector != null) {
            projector.close();
        }
        boolean editorsScreen = screen.equals(screens().get(editorScreen(screens())));
        projector = new ProjectorWindow(editor, show, messages, screen, editorsScreen,
                new ProjectorWindow.Keys() {
                    @Override
                    public boolean pressed(KeyEvent e) {
                        if (presentation != null) {
                            presentation.keys().pressed(e);
                            return true;
                        }
                        if (e.getCode() == KeyCode.F5) {
                            present();
                            return true;
                        }
                        return false;
                    }

                    @Override
                    public void typed(KeyEvent e) {
                        if (presentation != null) {
                            presentation.keys().typed(e);
                        }
                    }
                }, this::projectorClosed);
        editor.projectProperty().addListener(followCanvas);
        projectorOpen.set(true);
        followWholeCanvas();
        // The room watches the projector; the facilitator keeps typing in the editor.
        owner.requestFocus();
        editorCanvas.requestFocus();
    }

    private void projectorClosed() {
        editor.projectProperty().removeListener(followCanvas);
        projector = null;
        projectorOpen.set(false);
    }

    public void closeProjector() {
        if (projector != null) {
            projector.close();
        }
    }

    public ReadOnlyBooleanProperty projectorOpenProperty() {
        return projectorOpen.getReadOnlyProperty();
    }

    /** Out of a presentation, the projector shows the whole canvas, following it as it grows. */
    private void followWholeCanvas() {
        if (presentation == null) {
            show.shown.set(Frames.wholeCanvas(editor.project()).bounds());
        }
    }

    private void closeAll() {
        if (presentation != null) {
            presentation.exit();
        }
        closeProjector();
    }

    private static List<Rectangle2D> screens() {
        return Screen.getScreens().stream().map(Screen::getBounds).toList();
    }

    /** The screen most of the editor window is on. */
    private int editorScreen(List<Rectangle2D> screens) {
        List<Screen> under = Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                Math.max(1, owner.getHeight()));
        Screen screen = under.isEmpty() ? Screen.getPrimary() : under.get(0);
        return Math.max(0, screens.indexOf(screen.getBounds()));
    }

    Presentation presentation() {
        return presentation;
    }

    ProjectorWindow projector() {
        return projector;
    }

    Show show() {
        return show;
    }
}
