package org.strategycanvas.ui.palette;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Family;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.render.Palette;
import org.strategycanvas.ui.format.SearchText;
import org.strategycanvas.ui.theme.PlanColours;

/** The touchpoint types, grouped by family, with a search field that filters them as one types. */
public final class PaletteView extends VBox {

    private final Messages messages;
    private final TextField search = new TextField();
    private final VBox groups = new VBox();
    private final List<PaletteItem> items = new ArrayList<>();

    public PaletteView(Messages messages, DropTarget target, Pane dragLayer) {
        this.messages = messages;
        getStyleClass().add("palette");
        search.setPromptText(messages.get("palette.search"));
        search.setId("palette-search");
        groups.getStyleClass().add("palette-groups");
        for (Family family : Family.values()) {
            FontIcon icon = new FontIcon(family.icon());
            PlanColours.icon(icon, Palette.family(family), 16);
            Label header = new Label(messages.get("family." + family.id()), icon);
            header.getStyleClass().addAll("palette-family", "family-" + family.id());
            groups.getChildren().add(header);
            for (TouchpointType type : TouchpointType.ofFamily(family)) {
                String name = messages.get("type." + type.id());
                PaletteItem item = new PaletteItem(type, name, target, dragLayer);
                item.setId("palette-" + type.id());
                MediaSplit usual = type.defaultSplit();
                item.setTooltip(new Tooltip(messages.get("tooltip.palette.item", name, usual.owned(), usual.earned(),
                        usual.paid())));
                items.add(item);
                groups.getChildren().add(item);
            }
        }
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        search.textProperty().addListener((obs, old, text) -> filter(text));
        search.setOnAction(e -> firstVisible().ifPresent(item -> target.addAtCentre(item.type())));
        getChildren().addAll(search, scroll);
    }

    /** Shows the types whose name, or whose family's name, contains the text (accents and case ignored). */
    void filter(String text) {
        String wanted = SearchText.fold(text);
        for (var node : groups.getChildren()) {
            if (node instanceof PaletteItem item) {
                String family = messages.get("family." + item.type().family().id());
                boolean match = wanted.isEmpty() || SearchText.fold(item.getText()).contains(wanted)
                        || SearchText.fold(family).contains(wanted) || item.type().id().contains(wanted);
                item.setVisible(match);
                item.setManaged(match);
            }
        }
        for (var node : groups.getChildren()) {
            if (!(node instanceof PaletteItem)) {
                Label header = (Label) node;
                boolean any = items.stream().anyMatch(i -> i.isVisible()
                        && header.getStyleClass().contains("family-" + i.type().family().id()));
                header.setVisible(any);
                header.setManaged(any);
            }
        }
    }

    private java.util.Optional<PaletteItem> firstVisible() {
        return items.stream().filter(PaletteItem::isVisible).findFirst();
    }
}
