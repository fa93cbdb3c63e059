package org.strategycanvas.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.ui.shell.AppWindow;
import org.strategycanvas.ui.shell.FxFileDialogs;

/** The desktop application. Started through {@link Launcher}, never as the jar's main class. */
public final class StrategyCanvasApp extends Application {

    @Override
    public void start(Stage stage) {
        Settings settings = Settings.forUser();
        Locale locale = Messages.supported(settings.language().orElse(Locale.getDefault()));
        AppWindow window = new AppWindow(stage, settings, new FxFileDialogs(new Messages(locale)), locale);
        window.show();
        List<String> args = getParameters().getUnnamed();
        if (!args.isEmpty()) {
            window.openFile(Path.of(args.get(0)));
        }
        FirstFrameProbe.installIfAsked(stage.getScene());
    }
}
