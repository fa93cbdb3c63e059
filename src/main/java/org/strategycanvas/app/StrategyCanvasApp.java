package org.strategycanvas.app;

import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.ui.shell.FxFileDialogs;

/** The desktop application. Started through {@link Launcher}, never as the jar's main class. */
public final class StrategyCanvasApp extends Application {

    private AppSession session;

    @Override
    public void start(Stage stage) {
        Settings settings = Settings.forUser();
        Locale locale = Messages.supported(settings.language().orElse(Locale.getDefault()));
        session = new AppSession(settings, locale, new FxFileDialogs(new Messages(locale)));
        session.start(stage, getParameters().getUnnamed());
        FirstFrameProbe.installIfAsked(stage.getScene());
    }

    @Override
    public void stop() {
        if (session != null) {
            session.stop();
        }
    }
}
