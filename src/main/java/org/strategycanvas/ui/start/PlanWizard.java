package org.strategycanvas.ui.start;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.strategycanvas.i18n.Messages;

/**
 * The guided start of a new plan, one step a screen: purpose, starting point, resources, objectives,
 * touchpoints. Back, Next and Skip (which forgets the step's answers) move between steps; Finish makes the
 * plan from what was answered, at any step; Esc or Cancel leaves with nothing changed.
 */
public final class PlanWizard extends BorderPane {

    private static final double COLUMN_WIDTH = 900;

    private final Messages messages;
    private final List<WizardStep> steps = new ArrayList<>();
    private final TextsStep purpose;
    private final TextsStep startingPoint;
    private final ResourcesStep resources;
    private final ObjectivesStep objectives;
    private final TouchpointsStep touchpoints;
    private final IntegerProperty current = new SimpleIntegerProperty(-1);
    private final Consumer<GuidedAnswers> finish;
    private final Label stepOf = new Label();
    private final Label title = new Label();
    private final Label intro = new Label();
    private final FlowPane progress = new FlowPane();
    private final StackPane body = new StackPane();
    private final Button next;

    /**
     * @param currency the plan's currency, for the budget's unit
     * @param finish   given the answers when the person finishes
     * @param cancel   run when the person cancels
     */
    public PlanWizard(Messages messages, String currency, Consumer<GuidedAnswers> finish, Runnable cancel) {
        this.messages = messages;
        this.finish = finish;
        setId("plan-wizard");
        getStyleClass().add("plan-wizard");
        getStylesheets().add(StartPage.STYLESHEET);
        purpose = new TextsStep(messages, "purpose", "purpose");
        startingPoint = new TextsStep(messages, "startingPoint", "startingPoint", "futureState");
        resources = new ResourcesStep(messages, currency);
        objectives = new ObjectivesStep(messages);
        touchpoints = new TouchpointsStep(messages);
        steps.addAll(List.of(purpose, startingPoint, resources, objectives, touchpoints));

        Button cancelButton = button("wizard-cancel", "start.wizard.cancel", cancel);
        Button back = button("wizard-back", "start.wizard.back", () -> show(current.get() - 1));
        Button skip = button("wizard-skip", "start.wizard.skip", this::skip);
        next = button("wizard-next", "start.wizard.next", () -> show(current.get() + 1));
        Button done = button("wizard-finish", "start.wizard.finish", this::finish);
        back.disableProperty().bind(current.lessThanOrEqualTo(0));
        BooleanBinding last = current.isEqualTo(steps.size() - 1);
        next.visibleProperty().bind(last.not());
        next.managedProperty().bind(next.visibleProperty());
        next.defaultButtonProperty().bind(last.not());
        done.defaultButtonProperty().bind(last);
        done.disableProperty().bind(allValid().not());
        HBox moves = new HBox(10, back, skip, next, done);
        moves.setAlignment(Pos.CENTER_RIGHT);
        // Cancel on the left, but last for Tab: from a field, Tab goes on to Back, Skip, Next and Finish.
        BorderPane buttons = new BorderPane();
        buttons.setRight(moves);
        buttons.setLeft(cancelButton);
        BorderPane.setAlignment(cancelButton, Pos.CENTER_LEFT);
        buttons.setMaxWidth(COLUMN_WIDTH);
        StackPane bar = new StackPane(buttons);
        bar.getStyleClass().add("wizard-buttons");

        Label heading = new Label(messages.get("start.wizard.title"));
        heading.getStyleClass().add("start-title");
        stepOf.getStyleClass().add("wizard-step-of");
        title.getStyleClass().add("wizard-step-title");
        title.setId("wizard-step-title");
        intro.getStyleClass().add("wizard-intro");
        intro.setWrapText(true);
        progress.getStyleClass().add("wizard-progress");
        VBox column = new VBox(10, new HBox(16, heading, stepOf), progress, title, intro, body);
        column.getStyleClass().add("start-column");
        column.setMaxWidth(COLUMN_WIDTH);
        StackPane centred = new StackPane(column);
        centred.setAlignment(Pos.TOP_CENTER);
        centred.getStyleClass().add("start-background");
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        setBottom(bar);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancel.run();
            }
        });
        show(0);
    }

    private BooleanBinding allValid() {
        BooleanBinding all = Bindings.createBooleanBinding(() -> true);
        for (WizardStep step : steps) {
            all = all.and(Bindings.createBooleanBinding(step.valid()::get, step.valid()));
        }
        return all;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Puts the keyboard in the step's first field. */
    public void focusFirst() {
        Focus.when(steps.get(current.get()).firstField());
    }

    private void show(int index) {
        if (index < 0 || index >= steps.size()) {
            return;
        }
        if (current.get() >= 0) {
            next.disableProperty().unbind();
        }
        current.set(index);
        WizardStep step = steps.get(index);
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> !step.valid().get(), step.valid()));
        stepOf.setText(messages.get("start.wizard.stepOf", index + 1, steps.size()));
        title.setText(messages.get("start.wizard." + step.key() + ".title"));
        intro.setText(messages.get("start.wizard." + step.key() + ".intro"));
        body.getChildren().setAll(step.view());
        progress.getChildren().clear();
        for (int i = 0; i < steps.size(); i++) {
            Label name = new Label((i + 1) + ". " + messages.get("start.wizard." + steps.get(i).key() + ".title"));
            name.getStyleClass().add(i == index ? "wizard-progress-current"
                    : i < index ? "wizard-progress-done" : "wizard-progress-todo");
            progress.getChildren().add(name);
        }
        focusFirst();
    }

    private void skip() {
        steps.get(current.get()).clear();
        if (current.get() == steps.size() - 1) {
            finish();
        } else {
            show(current.get() + 1);
        }
    }

    private void finish() {
        finish.accept(answers());
    }

    /** What has been answered so far, on every step. */
    GuidedAnswers answers() {
        return new GuidedAnswers(purpose.text(0), startingPoint.text(0), startingPoint.text(1),
                resources.resources(), objectives.objectives(), touchpoints.ticked());
    }
}
