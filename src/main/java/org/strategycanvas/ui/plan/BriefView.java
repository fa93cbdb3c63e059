package org.strategycanvas.ui.plan;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.plan.BriefCompleteness;
import org.strategycanvas.model.plan.BriefText;
import org.strategycanvas.ui.editor.Editor;
import org.strategycanvas.ui.inspector.CommitTextArea;

/**
 * The strategy brief as a form that scrolls, in five sections: why and where to, the audiences, the
 * resources with their gaps, the offer (the four Ps) and the people involved. A line on top says how much
 * of it is filled. The texts grow with what they hold; each commits when focus leaves it (Tab goes on to
 * the next field), as one undo step. The form follows the document (undo, another file) without
 * overwriting the field being typed in.
 */
public final class BriefView extends ScrollPane {

    /** Room kept above and below a revealed field, for its label. */
    private static final double REVEAL_MARGIN = 28;
    /** Beyond this many empty parts, the top line gives their number only. */
    private static final int MISSING_LISTED = 6;

    private final Messages messages;
    private final BriefEdits edits;
    private final Map<BriefText, Consumer<String>> texts = new EnumMap<>(BriefText.class);
    private final ProgressBar progress = new ProgressBar();
    private final Label completeness = new Label();
    private final ResourceGrid resources;
    private final PeopleList people;
    private CommitTextArea purpose;

    BriefView(Messages messages, Editor editor) {
        this.messages = messages;
        this.edits = new BriefEdits(editor);
        this.resources = new ResourceGrid(messages, edits);
        this.people = new PeopleList(messages, edits);
        setId("brief");
        getStyleClass().add("brief-view");
        getStylesheets().add(BriefView.class.getResource("brief.css").toExternalForm());
        setFitToWidth(true);
        VBox content = new VBox(header(),
                section("brief.section.why", columns(3, why(BriefText.PURPOSE), why(BriefText.STARTING_POINT),
                        why(BriefText.FUTURE_STATE))),
                section("brief.section.audiences", columns(2, audience(BriefText.SOCIAL_FOOTPRINT),
                        audience(BriefText.INTEREST_COMMUNITIES), audience(BriefText.DIGITAL_TARGET),
                        audience(BriefText.SHARED_VALUES))),
                section("brief.section.resources", resourcesWithHint()),
                section("brief.section.offer", columns(2, note(BriefText.PRODUCT), note(BriefText.PRICE),
                        note(BriefText.PLACE), note(BriefText.PROMOTION))),
                section("brief.section.people", people));
        content.getStyleClass().add("brief-content");
        setContent(content);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, owner) -> reveal(content, owner));
            }
        });
        editor.projectProperty().addListener((obs, old, project) -> show(project));
        show(editor.project());
    }

    /** Brings the form to its top and puts the caret in the purpose, ready to type. */
    public void focusPurpose() {
        setVvalue(getVmin());
        purpose.requestFocus();
    }

    /** Scrolls just enough to show a field that takes the focus inside the form (Tab from field to field). */
    private void reveal(Node content, Node owner) {
        Node n = owner;
        while (n != null && n != content) {
            n = n.getParent();
        }
        double extra = content.getLayoutBounds().getHeight() - getViewportBounds().getHeight();
        if (n == null || extra <= 0) {
            return;
        }
        Bounds field = content.sceneToLocal(owner.localToScene(owner.getLayoutBounds()));
        double top = getVvalue() * extra;
        double above = field.getMinY() - REVEAL_MARGIN;
        double below = field.getMaxY() + REVEAL_MARGIN - getViewportBounds().getHeight();
        if (above < top) {
            setVvalue(Math.max(0, above) / extra);
        } else if (below > top) {
            setVvalue(Math.min(extra, below) / extra);
        }
    }

    private void show(Project project) {
        texts.forEach((part, field) -> field.accept(part.of(project.brief())));
        resources.show(project);
        people.show(project.brief().people());
        BriefCompleteness filled = BriefCompleteness.of(project.brief());
        progress.setProgress((double) filled.filled() / filled.total());
        completeness.setText(completenessText(filled));
    }

    /** "16 of 17 parts filled · Still to fill: expertise"; the list only once it is short enough to read. */
    private String completenessText(BriefCompleteness filled) {
        if (filled.isComplete()) {
            return messages.get("brief.completeness.done", filled.total());
        }
        String count = messages.get("brief.completeness", filled.filled(), filled.total());
        if (filled.missing().size() > MISSING_LISTED) {
            return count;
        }
        return count + " \u00b7 " + messages.get("brief.completeness.missing", filled.missing().stream()
                .map(id -> messages.get("brief.part." + id)).collect(Collectors.joining(", ")));
    }

    private Node header() {
        completeness.setId("brief-completeness");
        completeness.setWrapText(true);
        completeness.getStyleClass().add("brief-completeness");
        progress.getStyleClass().add("brief-progress");
        progress.setMinWidth(120);
        HBox header = new HBox(10, progress, completeness);
        header.getStyleClass().add("brief-header");
        HBox.setHgrow(completeness, Priority.ALWAYS);
        return header;
    }

    private Node section(String titleKey, Node body) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("brief-section-title");
        VBox section = new VBox(6, title, body);
        section.getStyleClass().add("brief-section");
        return section;
    }

    /** Equal columns, filled row by row. */
    private static GridPane columns(int count, Node... cells) {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(10);
        for (int c = 0; c < count; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / count);
            column.setFillWidth(true);
            grid.getColumnConstraints().add(column);
        }
        for (int i = 0; i < cells.length; i++) {
            grid.add(cells[i], i % count, i / count);
        }
        return grid;
    }

    private Node why(BriefText part) {
        CommitTextArea area = area(part, 2);
        area.setPromptText(messages.get("brief.prompt." + part.id()));
        if (part == BriefText.PURPOSE) {
            purpose = area;
        }
        return labelled(part, null, area);
    }

    private Node audience(BriefText part) {
        return labelled(part, messages.get("brief.hint." + part.id()), area(part, 2));
    }

    private CommitTextArea area(BriefText part, int rows) {
        CommitTextArea area = new CommitTextArea(text -> commit(part, text));
        area.setId("brief-" + part.id());
        FitToText.apply(area, rows, 10);
        area.setMinHeight(USE_PREF_SIZE);
        tabLeaves(area);
        texts.put(part, area::show);
        return area;
    }

    private Node note(BriefText part) {
        CommitTextArea area = area(part, 1);
        area.setPromptText(messages.get("brief.prompt." + part.id()));
        return labelled(part, null, area);
    }

    private VBox labelled(BriefText part, String hint, Node field) {
        Label label = new Label(messages.get("brief.label." + part.id()));
        label.setLabelFor(field);
        label.setWrapText(true);
        label.getStyleClass().add("brief-label");
        VBox cell = new VBox(3, label);
        if (hint != null) {
            Label line = new Label(hint);
            line.setWrapText(true);
            line.getStyleClass().add("brief-hint");
            cell.getChildren().add(line);
        }
        cell.getChildren().add(field);
        return cell;
    }

    private Node resourcesWithHint() {
        Label hint = new Label(messages.get("brief.resources.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("brief-hint");
        return new VBox(6, hint, resources);
    }

    private void commit(BriefText part, String text) {
        edits.apply("command.brief.edit", b -> part.in(b, text.strip()));
    }

    /** In a form, Tab goes to the next field rather than typing a tab (Ctrl+Tab does the same in a text area). */
    static void tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isShiftDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(),
                        e.getText(), e.getCode(), false, true, e.isAltDown(), e.isMetaDown()));
            }
        });
    }
}
