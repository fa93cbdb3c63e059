package org.strategycanvas.ui.help;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.strategycanvas.app.AppVersion;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.ui.theme.AppIcons;

/**
 * Help ▸ About Strategy Canvas: the icon, the version, what the application is for, what it is built with and
 * under which licences, and the way to the keyboard shortcuts. Escape or Close closes it.
 */
public final class AboutBox {

    private static final double TEXT_WIDTH = 430;

    private final Stage stage = new Stage();

    public AboutBox(Window owner, Messages messages, Runnable showShortcuts) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setResizable(false);
        stage.setTitle(messages.get("about.title"));

        ImageView icon = new ImageView(AppIcons.image(128));
        icon.setFitWidth(96);
        icon.setFitHeight(96);
        Label name = new Label(messages.get("app.name"));
        name.getStyleClass().add("title-2");
        Label version = new Label(messages.get("about.version", AppVersion.get()));
        version.setId("about-version");
        version.getStyleClass().add("about-version");
        Label what = wrapped(messages.get("about.what"), "about-what");
        Label credits = wrapped(messages.get("about.credits"), "about-credits");

        Button shortcuts = new Button(messages.get("about.shortcuts"), new FontIcon("mdi2k-keyboard-outline"));
        shortcuts.setId("about-shortcuts");
        shortcuts.setOnAction(e -> {
            stage.close();
            showShortcuts.run();
        });
        Button close = new Button(messages.get("about.close"));
        close.setId("about-close");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, shortcuts, spacer, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox text = new VBox(8, name, version, what, credits, buttons);
        VBox.setMargin(buttons, new Insets(8, 0, 0, 0));
        HBox root = new HBox(20, icon, text);
        root.setId("about-box");
        root.getStyleClass().add("about-box");
        root.setPadding(new Insets(22, 24, 20, 22));
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
        stage.setScene(scene);
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setPrefWidth(TEXT_WIDTH);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }
}
