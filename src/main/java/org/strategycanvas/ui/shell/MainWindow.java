package org.strategycanvas.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.strategycanvas.app.Settings;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.ui.canvas.CanvasKeys;
import org.strategycanvas.ui.canvas.CanvasView;
import org.strategycanvas.ui.help.AboutBox;
import org.strategycanvas.ui.inspector.InspectorView;
import org.strategycanvas.ui.keys.FirstField;
import org.strategycanvas.ui.keys.KeyHelp;
import org.strategycanvas.ui.keys.KeyNames;
import org.strategycanvas.ui.keys.MenuShortcuts;
import org.strategycanvas.ui.keys.PanelKeys;
import org.strategycanvas.ui.keys.ShortcutSheet;
import org.strategycanvas.ui.palette.DropTarget;
import org.strategycanvas.ui.palette.PaletteView;
import org.strategycanvas.ui.plan.PlanPanel;
import org.strategycanvas.ui.plan.ScenarioSwitcher;
import org.strategycanvas.ui.present.Presenter;
import org.strategycanvas.ui.print.PageSources;
import org.strategycanvas.ui.print.Printers;

/**
 * The editor window's content: menus on top, the palette on the left, the canvas in the middle, the
 * inspector on the right and a status line below. Built again, around the same document, when the
 * language changes.
 */
public final class MainWindow {

    private final StackPane root = new StackPane();
    private final CanvasView canvas;
    private final DocumentActions documents;
    private final PrintActions printing;
    private final BackupActions backups;
    private final PlanPanel planPanel;
    private final Presenter presenter;
    private final SplitPane centre;
    private final ReadOnlyBooleanWrapper planPanelShown = new ReadOnlyBooleanWrapper(true);
    private final Stage stage;
    private final Messages messages;
    private final InspectorView inspector;
    private final MenuBar menuBar;
    private final BorderPane layout;
    private final SplitPane panes;
    private final Region status;
    private final StartScreens start;
    private ShortcutSheet shortcuts;

    public MainWindow(Stage stage, Messages messages, DocumentSession session, Settings settings,
                      FileDialogs dialogs, Printers printers, Consumer<Locale> switchLanguage) {
        this.stage = stage;
        this.messages = messages;
        Pane dragLayer = new Pane();
        dragLayer.setMouseTransparent(true);
        dragLayer.setPickOnBounds(false);

        canvas = new CanvasView(session.editor(), messages);
        canvas.setId("canvas");
        presenter = new Presenter(stage, messages, session.editor(), settings, canvas);
        Prompts prompts = new Prompts(messages, stage);
        documents = new DocumentActions(session, messages, settings, dialogs, prompts, stage);
        session.editActions().askWhenRemoving(prompts::askTouchpointRemoval);
        documents.onDocumentReplaced(canvas::fitToContent);
        backups = new BackupActions(session, documents, messages, settings, stage);
        // The plan document's pages come in here once it is made; until then choosing it says it is not ready.
        printing = new PrintActions(session, messages, dialogs, prompts, stage, printers,
                new PageSources(messages));
        InsertActions insert = new InsertActions(session.editor(), messages, canvas::visibleCenterInWorld,
                canvas::fitToContent);

        PaletteView palette = new PaletteView(messages, new CanvasDropTarget(), dragLayer);
        palette.setId("palette");
        inspector = new InspectorView(messages, session.editor(), this::openBrief);
        inspector.setId("inspector");

        planPanel = new PlanPanel(messages, session.editor(), canvas::reveal);
        planPanel.setId("plan-panel");
        centre = new SplitPane(withEmptyHint(messages, session), planPanel);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.62);
        SplitPane.setResizableWithParent(planPanel, false);
        panes = new SplitPane(palette, centre, inspector);
        panes.setDividerPositions(0.17, 0.77);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspector, false);

        layout = new BorderPane(panes);
        menuBar = AppMenus.build(messages, session, documents, printing, insert, this, settings,
                () -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                        javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)), switchLanguage);
        layout.setTop(menuBar);
        canvas.onShortcutsRequested(this::showShortcuts);
        status = statusBar(messages, session);
        layout.setBottom(status);
        start = new StartScreens(this, session, messages, settings, documents, prompts);
        root.getChildren().addAll(layout, dragLayer);
        root.getStyleClass().add("main-window");
        root.getStylesheets().add(ShortcutSheet.STYLESHEET);
    }

    /** On an empty plan, a line in the middle of the canvas says how to start. */
    private StackPane withEmptyHint(Messages messages, DocumentSession session) {
        Label hint = new Label(messages.get("window.emptyHint"));
        hint.getStyleClass().add("canvas-empty-hint");
        hint.setMouseTransparent(true);
        hint.setWrapText(true);
        hint.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> session.editor().project().isEmpty(), session.editor().projectProperty()));
        StackPane stack = new StackPane(canvas, hint);
        SplitPane.setResizableWithParent(stack, true);
        return stack;
    }

    private Region statusBar(Messages messages, DocumentSession session) {
        Label counts = new Label();
        counts.setId("status-counts");
        Runnable updateCounts = () -> {
            var p = session.editor().project();
            counts.setText(messages.get("status.counts", p.touchpoints().size(), p.objectives().size(),
                    p.links().size()));
        };
        session.editor().projectProperty().addListener((obs, o, n) -> updateCounts.run());
        updateCounts.run();
        Label zoom = new Label();
        zoom.setId("status-zoom");
        zoom.textProperty().bind(canvas.zoomProperty().multiply(100).asString("%.0f %%"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        WarningsButton warnings = new WarningsButton(messages, session.editor(), canvas);
        ScenarioSwitcher scenarios = new ScenarioSwitcher(messages, session.editor());
        HBox bar = new HBox(12, counts, warnings, spacer, scenarios, zoom);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    public Parent root() {
        return root;
    }

    /** Shows a page (the start page, the guided start) under the menus in place of the editor; null: the editor. */
    void showPage(Node page) {
        layout.setCenter(page == null ? panes : page);
        layout.setBottom(page == null ? status : null);
    }

    /** The start page: a new plan, the templates, Open… and the recent files. */
    public void showStartPage() {
        start.show();
    }

    public boolean isStartPageShown() {
        return start.isShown();
    }

    public CanvasView canvas() {
        return canvas;
    }

    /** The presentation mode and the projector window. */
    public Presenter presenter() {
        return presenter;
    }

    public boolean isPlanPanelShown() {
        return centre.getItems().contains(planPanel);
    }

    /** Shows or hides the plan panel below the canvas. */
    public void showPlanPanel(boolean shown) {
        if (shown && !isPlanPanelShown()) {
            centre.getItems().add(planPanel);
            centre.setDividerPositions(0.62);
        } else if (!shown) {
            centre.getItems().remove(planPanel);
        }
        planPanelShown.set(isPlanPanelShown());
    }

    public ReadOnlyBooleanProperty planPanelShownProperty() {
        return planPanelShown.getReadOnlyProperty();
    }

    /** Shows the plan panel if it is hidden, on the brief's tab, ready to type the purpose. */
    public void openBrief() {
        showPlanPanel(true);
        planPanel.showBrief();
    }

    /** Shows the plan panel on its saved versions, to compare one with the plan. */
    void showVersions() {
        showPlanPanel(true);
        planPanel.showVersions();
    }

    /** Saves a version of the plan under a name asked for, and shows it among the versions. */
    void saveVersion() {
        showPlanPanel(true);
        planPanel.saveVersion();
    }

    /** Shows the keyboard shortcuts, all of them, grouped; the menus' are read from the menus. */
    void showShortcuts() {
        if (shortcuts == null || !shortcuts.stage().isShowing()) {
            KeyNames names = new KeyNames(messages);
            List<List<KeyHelp>> menus = MenuShortcuts.of(menuBar, messages, names);
            List<KeyHelp> lines = new ArrayList<>();
            // File, Edit and Insert first; then the canvas, the panels, and the other menus (View, Help).
            int split = Math.min(3, menus.size());
            menus.subList(0, split).forEach(lines::addAll);
            lines.addAll(CanvasKeys.help(messages, names));
            lines.addAll(PanelKeys.help(messages, names));
            menus.subList(split, menus.size()).forEach(lines::addAll);
            shortcuts = new ShortcutSheet(stage, messages, lines);
        }
        shortcuts.show();
    }

    /** Help ▸ About: the version, what the application is, its licences, and the way to the shortcuts. */
    void showAbout() {
        new AboutBox(stage, messages, this::showShortcuts).show();
    }

    /** Puts the keyboard in the inspector's first field, to edit the selection's details. */
    void focusInspector() {
        FirstField.focus(inspector);
    }

    BackupActions backups() {
        return backups;
    }

    PrintActions printing() {
        return printing;
    }

    public DocumentActions documents() {
        return documents;
    }

    public boolean openFile(Path path) {
        return documents.openFile(path);
    }

    /** Drops from the palette land on the canvas; keyboard adds go to the middle of what it shows. */
    private final class CanvasDropTarget implements DropTarget {
        @Override
        public boolean acceptDrop(TouchpointType type, double sceneX, double sceneY) {
            return canvas.acceptDrop(type, sceneX, sceneY);
        }

        @Override
        public void addAtCentre(TouchpointType type) {
            Point2D centre = canvas.localToScene(canvas.getWidth() / 2, canvas.getHeight() / 2);
            canvas.acceptDrop(type, centre.getX(), centre.getY());
        }
    }
}
