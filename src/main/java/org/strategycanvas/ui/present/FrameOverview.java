package org.strategycanvas.ui.present;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Frame;
import org.strategycanvas.model.Project;
import org.strategycanvas.render.Fitting;
import org.strategycanvas.render.PlanRenderer;
import org.strategycanvas.render.RenderView;
import org.strategycanvas.ui.canvas.FxSurface;

/**
 * All the frames at a glance, over the presentation: a grid of tiles, each a small picture of its frame with
 * its number and title; the current one stands out. Clicking a tile (or Enter on it) shows that frame.
 */
final class FrameOverview extends VBox {

    private static final double GAP = 16;
    private static final double MAX_TILE = 360;
    /** A tile's padding and border around its picture, both sides together (see presentation.css). */
    private static final double TILE_EXTRA = 28;
    /** Room for a title on two lines of 24 px type, below the picture. */
    private static final double TITLE_HEIGHT = 80;
    /** The overview's own padding, title and hint above the tiles, and a scroll bar. */
    private static final double CHROME_WIDTH = 2 * 32 + 24;
    private static final double CHROME_HEIGHT = 2 * 32 + 150;

    private final Messages messages;
    private final PlanRenderer renderer;
    private final TilePane tiles = new TilePane(GAP, GAP);
    private final IntConsumer choose;

    FrameOverview(Messages messages, IntConsumer choose) {
        this.messages = messages;
        this.renderer = new PlanRenderer(messages);
        this.choose = choose;
        Label title = new Label(messages.get("presentation.overview.title"));
        title.getStyleClass().add("frame-overview-title");
        Label hint = new Label(messages.get("presentation.overview.hint"));
        hint.getStyleClass().add("frame-overview-hint");
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(title, hint, scroll);
        getStyleClass().add("frame-overview");
        setId("frame-overview");
        setVisible(false);
    }

    /** Shows the frames of the plan as it is now, sized to fit a view of this width and height. */
    void open(Project project, List<Frame> frames, int current, double width, double height) {
        int columns = columns(frames.size(), width - CHROME_WIDTH, height - CHROME_HEIGHT);
        double tileWidth = pictureWidth(columns, width - CHROME_WIDTH);
        tiles.getChildren().clear();
        tiles.setPrefColumns(columns);
        tiles.setPrefTileWidth(tileWidth + TILE_EXTRA);
        tiles.setPrefTileHeight(tileHeight(tileWidth));
        for (int i = 0; i < frames.size(); i++) {
            tiles.getChildren().add(tile(project, frames.get(i), i, i == current, tileWidth));
        }
        setVisible(true);
        tiles.getChildren().get(current).requestFocus();
    }

    /**
     * How many columns give the largest tiles with every tile in view; when none does (a great many frames),
     * the columns of tiles at least 160 wide, and the grid scrolls.
     */
    static int columns(int count, double width, double height) {
        int best = 1;
        double bestWidth = 0;
        for (int columns = 1; columns <= count; columns++) {
            int rows = (count + columns - 1) / columns;
            double picture = pictureWidth(columns, width);
            boolean fits = rows * tileHeight(picture) + (rows - 1) * GAP <= height;
            if (fits && picture > bestWidth) {
                best = columns;
                bestWidth = picture;
            }
        }
        return bestWidth > 0 ? best : Math.max(1, (int) ((width + GAP) / (160 + TILE_EXTRA + GAP)));
    }

    private static double tileHeight(double pictureWidth) {
        return pictureWidth * 9 / 16 + TITLE_HEIGHT + TILE_EXTRA;
    }

    private static double pictureWidth(int columns, double width) {
        return Math.min(MAX_TILE, (width - (columns - 1) * GAP) / columns - TILE_EXTRA);
    }

    void close() {
        setVisible(false);
        tiles.getChildren().clear();
    }

    private Node tile(Project project, Frame frame, int index, boolean current, double width) {
        double height = width * 9 / 16;
        Canvas picture = new Canvas(width, height);
        RenderView view = Fitting.view(frame.bounds(), width, height, Fitting.FRAME_MAX_SCALE);
        renderer.render(project, view, new FxSurface(picture.getGraphicsContext2D()));
        Button tile = new Button((index + 1) + ". " + FrameTitles.of(frame, messages), picture);
        tile.getStyleClass().add("frame-tile");
        if (current) {
            tile.getStyleClass().add("current");
        }
        tile.setWrapText(true);
        tile.setPrefSize(width + TILE_EXTRA, tileHeight(width));
        tile.setMaxSize(width + TILE_EXTRA, tileHeight(width));
        tile.setOnAction(e -> choose.accept(index));
        return tile;
    }
}
