package org.strategycanvas.ui.start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.strategycanvas.i18n.Messages;

/**
 * The first screen: a new plan (guided or blank), the templates, Open… and the recent files. Every choice
 * is a button, so Tab reaches each and Enter or Space picks it; Esc goes to the canvas.
 */
public final class StartPage extends ScrollPane {

    public static final String STYLESHEET = StartPage.class.getResource("/org/strategycanvas/ui/start.css")
            .toExternalForm();

    /** What the page's choices do. */
    public interface Actions {
        void guided();

        void blank();

        void template(Template template);

        void open();

        void openRecent(Path file);

        /** Leaves the page for the canvas. */
        void close();
    }

    private static final double CARD_TEXT_WIDTH = 204;

    private final Messages messages;
    private final Button first;

    public StartPage(Messages messages, List<Template> templates, List<Path> recent, Actions actions) {
        this.messages = messages;
        setId("start-page");
        getStyleClass().add("start-page");
        getStylesheets().add(STYLESHEET);
        setFitToWidth(true);

        first = card("start-guided", "start.guided.name", "start.guided.line", actions::guided);
        first.getStyleClass().add("start-card-main");
        TilePane news = cards(first, card("start-blank", "start.blank.name", "start.blank.line", actions::blank));
        TilePane models = cards(templates.stream().map(t -> templateCard(t, actions)).toArray(Node[]::new));

        Button open = new Button(messages.get("start.open"));
        open.setId("start-open");
        open.setOnAction(e -> actions.open());
        VBox opening = new VBox(8, open, recentFiles(recent, actions));

        Button close = new Button(messages.get("start.close"));
        close.setId("start-close");
        close.getStyleClass().add("start-close");
        close.setOnAction(e -> actions.close());
        Label title = new Label(messages.get("start.title"));
        title.getStyleClass().add("start-title");
        Label subtitle = new Label(messages.get("start.subtitle"));
        subtitle.getStyleClass().add("start-subtitle");
        subtitle.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(16, new VBox(4, title, subtitle), spacer, close);
        header.setAlignment(Pos.TOP_LEFT);

        VBox column = new VBox(10, header,
                section("start.section.new"), news,
                section("start.section.templates"), models,
                section("start.section.open"), opening);
        column.getStyleClass().add("start-column");
        column.setMaxWidth(1040);
        StackPane centred = new StackPane(column);
        centred.setAlignment(Pos.TOP_CENTER);
        centred.getStyleClass().add("start-background");
        setContent(centred);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                actions.close();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof ButtonBase button) {
                button.fire();
                e.consume();
            }
        });
    }

    /** Puts the keyboard on the first choice, the guided new plan. */
    public void focusFirst() {
        Focus.when(first);
    }

    private Label section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("start-section");
        return label;
    }

    /** Cards side by side, as many as fit on a line, all as high as the highest. */
    private static TilePane cards(Node... cards) {
        TilePane pane = new TilePane(14, 14, cards);
        pane.getStyleClass().add("start-cards");
        pane.setTileAlignment(Pos.TOP_LEFT);
        pane.setPrefColumns(cards.length);
        for (Node card : cards) {
            ((Region) card).setMaxHeight(Double.MAX_VALUE);
        }
        return pane;
    }

    private Button templateCard(Template template, Actions actions) {
        Button card = card("start-template-" + template.id(), template.nameKey(), template.lineKey(),
                () -> actions.template(template));
        String languageName = Locale.forLanguageTag(template.language()).getDisplayLanguage(messages.locale());
        ((VBox) card.getGraphic()).getChildren().add(
                wrapped(messages.get("start.template.language", languageName), "start-card-tag"));
        return card;
    }

    /** A large button: a name in bold and one line saying what it gives. */
    private Button card(String id, String nameKey, String lineKey, Runnable action) {
        String nameText = messages.get(nameKey);
        VBox text = new VBox(6, wrapped(nameText, "start-card-name"), wrapped(messages.get(lineKey), "start-card-line"));
        Button card = new Button(nameText, text);
        card.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        card.setId(id);
        card.getStyleClass().add("start-card");
        card.setAlignment(Pos.TOP_LEFT);
        card.setOnAction(e -> action.run());
        return card;
    }

    /**
     * Text wrapped at the card's width. A Text rather than a Label: a button asks its graphic's height before
     * giving it a width, and a wrapping Label would then break after every word.
     */
    static Text wrapped(String content, String styleClass) {
        Text text = new Text(content);
        text.getStyleClass().add(styleClass);
        text.setWrappingWidth(CARD_TEXT_WIDTH);
        return text;
    }

    private Node recentFiles(List<Path> recent, Actions actions) {
        VBox list = new VBox(4);
        list.getStyleClass().add("start-recent");
        if (recent.isEmpty()) {
            Label none = new Label(messages.get("start.recent.none"));
            none.getStyleClass().add("start-note");
            list.getChildren().add(none);
            return list;
        }
        Label heading = new Label(messages.get("start.recent"));
        heading.getStyleClass().add("start-subsection");
        list.getChildren().add(heading);
        for (int i = 0; i < recent.size(); i++) {
            Path file = recent.get(i);
            boolean missing = !Files.isRegularFile(file);
            Path folder = file.getParent();
            Label name = new Label(String.valueOf(file.getFileName()));
            name.getStyleClass().add("start-recent-name");
            Label where = new Label(missing ? messages.get("start.recent.missing", String.valueOf(folder))
                    : String.valueOf(folder));
            where.getStyleClass().add("start-recent-folder");
            Button item = new Button(name.getText(), new HBox(12, name, where));
            item.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            item.setMnemonicParsing(false);
            item.setId("start-recent-" + i);
            item.getStyleClass().add("start-recent-item");
            if (missing) {
                item.getStyleClass().add("missing");
                item.setDisable(true);
            }
            item.setOnAction(e -> actions.openRecent(file));
            list.getChildren().add(item);
        }
        return list;
    }
}
