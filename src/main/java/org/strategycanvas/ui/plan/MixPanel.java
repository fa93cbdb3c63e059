package org.strategycanvas.ui.plan;

import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Project;
import org.strategycanvas.ui.editor.Editor;

/**
 * The plan's media mix: on the left its mix now, overall and by family; on the right how it moves over
 * time, target against planned, with the selected periods' phase and target to edit.
 */
public final class MixPanel extends BorderPane {

    private final Editor editor;
    private final MixFigures figures;
    private final MixSummaryView summary;
    private final MixChartView chart;
    private final MixPlanSettings settings;
    private final PeriodEditor periods;

    public MixPanel(Messages messages, Editor editor) {
        this.editor = editor;
        this.figures = new MixFigures(messages);
        getStyleClass().add("mix-panel");
        summary = new MixSummaryView(messages);
        summary.setId("mix-summary");
        chart = new MixChartView(messages);
        chart.setId("mix-chart");
        settings = new MixPlanSettings(messages, editor);
        periods = new PeriodEditor(messages, editor);
        chart.onSelect((first, last) -> showPeriods(editor.project(), first, last));
        VBox timeline = new VBox(6, settings, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        HBox.setHgrow(timeline, Priority.ALWAYS);
        ScrollPane periodScroll = new ScrollPane(periods);
        periodScroll.setFitToWidth(true);
        periodScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        periodScroll.setMinWidth(400);
        periodScroll.setPrefWidth(415);
        HBox overTime = new HBox(10, timeline, periodScroll);
        overTime.setPadding(new Insets(6));
        ScrollPane summaryScroll = new ScrollPane(summary);
        summaryScroll.setFitToWidth(true);
        summaryScroll.setPadding(new Insets(6));
        Tab overTimeTab = new Tab(messages.get("plan.mix.title"), overTime);
        Tab summaryTab = new Tab(messages.get("plan.mix.summaryTab"), summaryScroll);
        overTimeTab.setId("tab-mix-over-time");
        summaryTab.setId("tab-plan-mix");
        TabPane tabs = new TabPane(overTimeTab, summaryTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        setMinHeight(0);
        editor.projectProperty().addListener((obs, old, project) -> refresh(project));
        refresh(editor.project());
        chart.select(0, 0);
    }

    private void refresh(Project project) {
        summary.show(figures.summary(project));
        chart.show(figures.columns(project));
        settings.show(project.mixPlan());
        showPeriods(project, chart.first(), chart.last());
    }

    private void showPeriods(Project project, int first, int last) {
        periods.show(first, last, figures.describe(project, first, last), figures.planned(project, first));
    }

    MixChartView chart() {
        return chart;
    }

    MixSummaryView summary() {
        return summary;
    }
}
