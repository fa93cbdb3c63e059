package org.strategycanvas.app;

import java.util.Locale;
import javafx.application.Application;
import org.strategycanvas.io.ProjectFiles;

/**
 * The jar's entry point. Not an Application subclass, so that the command line runs without JavaFX
 * and a shaded jar starts the window without module-path tricks.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            Application.launch(StrategyCanvasApp.class, args);
        } else {
            // "upgrade" keeps the files it rewrites among the backups, as the app's saves do.
            Cli cli = new Cli(new ProjectFiles(Settings.forUser().backups()), Locale.getDefault());
            System.exit(cli.run(args, System.out, System.err));
        }
    }

    /** No argument, or a single one that is neither a command nor an option: a file to open. */
    static boolean opensWindow(String[] args) {
        return args.length == 0 || (args.length == 1 && !Cli.isCommand(args[0]));
    }
}
