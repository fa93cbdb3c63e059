package org.strategycanvas.ui.plan;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.ui.editor.Editor;

/** The plan beside the canvas, in tabs: the brief, the mix over time, the plan's mix, the objectives. */
public final class PlanPanel extends TabPane {

    private final BriefView brief;

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
        getTabs().addAll(
                tab("tab-brief", messages.get("brief.tab"), brief),
                tab("tab-mix-over-time", messages.get("plan.mix.title"), new MixOverTimeView(messages, editor, figures)),
                tab("tab-plan-mix", messages.get("plan.mix.summaryTab"), summaryScroll),
                tab("tab-objectives", messages.get("plan.objectives.tab"), new ObjectivesTable(messages, editor, reveal)));
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
