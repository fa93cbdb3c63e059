package org.strategycanvas.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.io.OpenAhead;
import org.strategycanvas.ui.shell.FxFileDialogs;
import org.strategycanvas.ui.shell.StartingScene;

/** The desktop application. Started through {@link Launcher}, never as the jar's main class. */
public final class StrategyCanvasApp extends Application {

    private AppSession session;

    @Override
    public void start(Stage stage) {
        Settings settings = Settings.forUser();
        Locale locale = Messages.supported(settings.language().orElse(Locale.getDefault()));
        List<String> args = getParameters().getUnnamed();
        // The window is on the screen at once; the editor is built once that first frame is out, while the plan
        // is read on the other processor (started earlier, its class loading slowed the first frame by a third).
        StartingScene.show(stage, new Messages(locale).get("app.name"), () -> {
            if (!args.isEmpty()) {
                OpenAhead.start(Path.of(args.get(0)));
            }
            session = new AppSession(settings, locale, new FxFileDialogs(new Messages(locale)));
            session.start(stage, args);
            FirstFrameProbe.installIfAsked(stage.getScene());
        });
    }

    @Override
    public void stop() {
        if (session != null) {
            session.stop();
        }
    }
}
