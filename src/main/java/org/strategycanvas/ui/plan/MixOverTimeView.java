package org.strategycanvas.ui.plan;

import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Project;
import org.strategycanvas.ui.editor.Editor;

/**
 * How the mix moves over time: the periods' settings and the chart of target against planned mix, with
 * the selected periods' phase and target to edit beside it.
 */
final class MixOverTimeView extends HBox {

    private final MixFigures figures;
    private final MixChartView chart;
    private final MixPlanSettings settings;
    private final PeriodEditor periods;

    MixOverTimeView(Messages messages, Editor editor, MixFigures figures) {
        super(10);
        this.figures = figures;
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
        getChildren().addAll(timeline, periodScroll);
        setPadding(new Insets(6));
        editor.projectProperty().addListener((obs, old, project) -> refresh(project));
        refresh(editor.project());
        chart.select(0, 0);
    }

    private void refresh(Project project) {
        chart.show(figures.columns(project));
        settings.show(project.mixPlan());
        showPeriods(project, chart.first(), chart.last());
    }

    private void showPeriods(Project project, int first, int last) {
        periods.show(first, last, figures.describe(project, first, last), figures.planned(project, first));
    }
}
