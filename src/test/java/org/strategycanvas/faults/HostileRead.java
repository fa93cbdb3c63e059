package org.strategycanvas.faults;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.strategycanvas.io.ProjectFileException;
import org.strategycanvas.io.ProjectFiles;

/**
 * The child JVM of {@link HostileFilesTest}: opens each file given through the app's entry point, one after the
 * other, and prints one tab-separated line each: the file name, the outcome ("valid", the message key, or "crash"
 * and the exception), milliseconds, megabytes this thread allocated, and the sentence in English and French.
 */
public final class HostileRead {

    private HostileRead() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (String arg : args) {
            Path file = Path.of(arg);
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long started = System.nanoTime();
            String outcome;
            String english = "";
            String french = "";
            try {
                new ProjectFiles().open(file);
                outcome = "valid";
            } catch (ProjectFileException e) {
                outcome = e.key();
                english = e.message(Locale.ENGLISH);
                french = e.message(Locale.FRENCH);
            } catch (Throwable t) {
                outcome = "crash " + t;
            }
            out.println(String.join("\t", file.getFileName().toString(), outcome,
                    String.valueOf((System.nanoTime() - started) / 1_000_000),
                    String.valueOf((threads.getCurrentThreadAllocatedBytes() - allocated) >> 20), english, french));
        }
        out.println("done");
    }
}
