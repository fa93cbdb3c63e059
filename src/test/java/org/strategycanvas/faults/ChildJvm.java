package org.strategycanvas.faults;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A JVM of its own running a main class of the tests, on the tests' class path or a part of it, with its output
 * lines read as they come (a daemon thread per stream), so that a test can wait for a line and then kill it.
 */
final class ChildJvm implements AutoCloseable {

    /** Quick to start: the child's work is short, the client compiler is enough. */
    static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<Line> history = java.util.Collections.synchronizedList(new ArrayList<>());
    private final StringBuffer errors = new StringBuffer();
    private volatile String lastLine = "";
    private final Thread output;

    private ChildJvm(Process process) {
        this.process = process;
        output = daemon(() -> {
            try (BufferedReader in = reader(process.getInputStream())) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lastLine = line;
                    history.add(new Line(line, System.nanoTime()));
                    lines.add(line);
                }
            } catch (IOException e) {
                // the stream ends when the child is killed
            }
        });
        daemon(() -> {
            try (BufferedReader in = reader(process.getErrorStream())) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    errors.append(line).append('\n');
                }
            } catch (IOException e) {
                // as above
            }
        });
    }

    /** Starts {@code main} with the JVM options, on the class path entries {@code keep} accepts. */
    static ChildJvm start(Predicate<String> keep, List<String> jvmOptions, Class<?> main, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath(keep));
        command.add(main.getName());
        command.addAll(Arrays.asList(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        return new ChildJvm(process);
    }

    /** The tests' class path, filtered: the class folders and jars {@code keep} accepts by file name. */
    static String classPath(Predicate<String> keep) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .filter(entry -> new File(entry).isDirectory() || keep.test(new File(entry).getName()))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Waits for the next line that starts with {@code prefix}, skipping others; null if none came in time. */
    String awaitLine(String prefix, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (true) {
            long left = deadline - System.nanoTime();
            String line = lines.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (line == null || line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /** A line of the child's output and when it was read ({@link System#nanoTime()}). */
    record Line(String text, long nanos) {
    }

    /** The first line the child wrote that starts with {@code prefix}, read or not. */
    java.util.Optional<Line> firstLine(String prefix) {
        synchronized (history) {
            return history.stream().filter(line -> line.text().startsWith(prefix)).findFirst();
        }
    }

    String lastLine() {
        return lastLine;
    }

    String errors() {
        return errors.toString();
    }

    Process process() {
        return process;
    }

    /** SIGKILL on Linux and macOS: no shutdown hook, no finally block, no flush runs in the child. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        output.join(5_000); // every line it wrote before it died is read
    }

    /** Waits for the child to end by itself; its exit code, or -1 (and killed) when it did not in time. */
    int awaitExit(long timeoutMillis) throws InterruptedException {
        if (process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
            return process.exitValue();
        }
        kill();
        return -1;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static BufferedReader reader(java.io.InputStream stream) {
        return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }

    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work, "child-jvm-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
