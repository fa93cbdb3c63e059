package org.strategycanvas.ui.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.ui.editor.Editor;

/**
 * The plan beside the canvas, in tabs, in the order a plan is made: the brief, the objectives, the
 * timeline, the budget scenarios, the mix over time and the plan's mix, the saved versions. A tab's view is
 * built the first time the tab is selected: a tab pane styles and lays out every tab's content, shown or not,
 * and building them all made the window's first frame wait for views nobody looks at yet.
 */
public final class PlanPanel extends TabPane {

    private final Map<Tab, Supplier<Node>> unbuilt = new HashMap<>();
    private final Tab briefTab;
    private final Tab versionsTab;

    public PlanPanel(Messages messages, Editor editor, Consumer<String> reveal) {
        MixFigures figures = new MixFigures(messages);
        getStyleClass().add("plan-panel");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setMinHeight(0);
        briefTab = tab("tab-brief", messages.get("brief.tab"), () -> new BriefView(messages, editor));
        versionsTab = tab("tab-versions", messages.get("feedback.versions.tab"), () -> new VersionsView(messages, editor));
        getTabs().addAll(
                briefTab,
                tab("tab-objectives", messages.get("plan.objectives.tab"), () -> new ObjectivesTable(messages, editor,
                        reveal)),
                tab("tab-timeline", messages.get("timeline.tab"),
                        () -> new TimelineView(messages, editor, reveal, java.time.LocalDate::now)),
                tab("tab-scenarios", messages.get("scenarios.tab"), () -> new ScenariosView(messages, editor)),
                tab("tab-mix-over-time", messages.get("plan.mix.title"), () -> new MixOverTimeView(messages, editor,
                        figures)),
                tab("tab-plan-mix", messages.get("plan.mix.summaryTab"), () -> summary(messages, editor, figures)),
                versionsTab);
        getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> build(tab));
        build(getSelectionModel().getSelectedItem());
    }

    private static Node summary(Messages messages, Editor editor, MixFigures figures) {
        MixSummaryView summary = new MixSummaryView(messages);
        summary.setId("mix-summary");
        editor.projectProperty().addListener((obs, old, project) -> summary.show(figures.summary(project)));
        summary.show(figures.summary(editor.project()));
        ScrollPane summaryScroll = new ScrollPane(summary);
        summaryScroll.setFitToWidth(true);
        summaryScroll.setPadding(new Insets(6));
        return summaryScroll;
    }

    /** Brings the saved versions and their comparison with the plan to the front. */
    public void showVersions() {
        getSelectionModel().select(versionsTab);
    }

    /** Asks for a name and saves a version of the plan, then shows the versions. */
    public void saveVersion() {
        showVersions();
        ((VersionsView) versionsTab.getContent()).saveVersion();
    }

    /** Selects the brief's tab and puts the caret in its purpose. */
    public void showBrief() {
        getSelectionModel().select(briefTab);
        ((BriefView) briefTab.getContent()).focusPurpose();
    }

    /** A tab whose view is built when it is first selected. */
    private Tab tab(String id, String title, Supplier<Node> content) {
        Tab tab = new Tab(title);
        tab.setId(id);
        unbuilt.put(tab, content);
        return tab;
    }

    private void build(Tab tab) {
        Supplier<Node> content = tab == null ? null : unbuilt.remove(tab);
        if (content != null) {
            tab.setContent(content.get());
        }
    }
}
