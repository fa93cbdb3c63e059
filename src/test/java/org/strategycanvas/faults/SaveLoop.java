package org.strategycanvas.faults;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.strategycanvas.io.ProjectFiles;
import org.strategycanvas.model.Project;

/**
 * The child JVM of {@link KillDuringSaveIT}: saves two editions of a generated plan over the same file, turn
 * about, through the app's save path, until it is killed. Says "writing i" before each save and "saved i n"
 * (n nanoseconds) after it, so that the parent knows where the kill landed.
 *
 * <p>Arguments: the file, the number of cards, the seed, and the edition to start with (0 or 1).
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        int cards = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        int first = Integer.parseInt(args[3]);
        Project[] editions = {FaultPlans.generate(cards, seed, 0), FaultPlans.generate(cards, seed, 1)};
        ProjectFiles files = new ProjectFiles(KillDuringSaveIT.backupsOf(target));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("ready");
        for (long i = 0; ; i++) {
            out.println("writing " + i);
            long started = System.nanoTime();
            files.save(editions[(int) ((first + i) % 2)], target);
            out.println("saved " + i + " " + (System.nanoTime() - started));
        }
    }
}
