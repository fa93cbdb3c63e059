package org.strategycanvas.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.io.OpenAhead;
import org.strategycanvas.ui.shell.AppWindow;
import org.strategycanvas.ui.shell.FxFileDialogs;
import org.strategycanvas.ui.shell.StartingScene;

/** The desktop application. Started through {@link Launcher}, never as the jar's main class. */
public final class StrategyCanvasApp extends Application {

    @Override
    public void start(Stage stage) {
        Settings settings = Settings.forUser();
        Locale locale = Messages.supported(settings.language().orElse(Locale.getDefault()));
        // The window is on the screen at once; the editor is built once that first frame is out.
        StartingScene.show(stage, new Messages(locale).get("app.name"), () -> startEditor(stage, settings, locale));
    }

    private void startEditor(Stage stage, Settings settings, Locale locale) {
        List<String> args = getParameters().getUnnamed();
        Optional<Path> file = args.isEmpty() ? Optional.empty() : Optional.of(Path.of(args.get(0)));
        // The plan is read on the other processor while this thread builds the editor.
        file.ifPresent(OpenAhead::start);
        AppWindow window = new AppWindow(stage, settings, new FxFileDialogs(new Messages(locale)), locale);
        window.show();
        file.ifPresent(window::openFile);
    }
}
