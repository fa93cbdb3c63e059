package org.strategycanvas.ui.plan;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.ui.editor.Editor;

/**
 * The plan beside the canvas, in tabs, in the order a plan is made: the brief, the objectives, the
 * timeline, the budget scenarios, the mix over time and the plan's mix, the saved versions.
 */
public final class PlanPanel extends TabPane {

    private final BriefView brief;
    private final VersionsView versions;
    private final Tab versionsTab;

    public PlanPanel(Messages messages, Editor editor, Consumer<String> reveal) {
        MixFigures figures = new MixFigures(messages);
        getStyleClass().add("plan-panel");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setMinHeight(0);
        MixSummaryView summary = new MixSummaryView(messages);
        summary.setId("mix-summary");
        editor.projectProperty().addListener((obs, old, project) -> summary.show(figures.summary(project)));
        summary.show(figures.summary(editor.project()));
        ScrollPane summaryScroll = new ScrollPane(summary);
        summaryScroll.setFitToWidth(true);
        summaryScroll.setPadding(new Insets(6));
        brief = new BriefView(messages, editor);
        versions = new VersionsView(messages, editor);
        versionsTab = tab("tab-versions", messages.get("feedback.versions.tab"), versions);
        getTabs().addAll(
                tab("tab-brief", messages.get("brief.tab"), brief),
                tab("tab-objectives", messages.get("plan.objectives.tab"), new ObjectivesTable(messages, editor, reveal)),
                tab("tab-timeline", messages.get("timeline.tab"),
                        new TimelineView(messages, editor, reveal, java.time.LocalDate::now)),
                tab("tab-scenarios", messages.get("scenarios.tab"), new ScenariosView(messages, editor)),
                tab("tab-mix-over-time", messages.get("plan.mix.title"), new MixOverTimeView(messages, editor, figures)),
                tab("tab-plan-mix", messages.get("plan.mix.summaryTab"), summaryScroll),
                versionsTab);
    }

    /** Brings the saved versions and their comparison with the plan to the front. */
    public void showVersions() {
        getSelectionModel().select(versionsTab);
    }

    /** Asks for a name and saves a version of the plan, then shows the versions. */
    public void saveVersion() {
        showVersions();
        versions.saveVersion();
    }

    /** Selects the brief's tab and puts the caret in its purpose. */
    public void showBrief() {
        getTabs().stream().filter(tab -> tab.getContent() == brief).findFirst()
                .ifPresent(tab -> getSelectionModel().select(tab));
        brief.focusPurpose();
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
