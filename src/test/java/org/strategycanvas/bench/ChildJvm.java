package org.strategycanvas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A fresh JVM on the benchmark's class path, run to its end: the same java executable, the given flags, a main
 * class and its arguments. Its standard output is given back as lines; its error output goes to a log file.
 */
final class ChildJvm {

    private static final long TIMEOUT_SECONDS = 120;

    private final List<String> flags;
    private final Path errorLog;

    ChildJvm(List<String> flags, Path errorLog) {
        this.flags = List.copyOf(flags);
        this.errorLog = errorLog;
    }

    List<String> flags() {
        return flags;
    }

    List<String> run(String mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        Path out = Files.createTempFile(errorLog.getParent(), "child", ".out");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(errorLog.toFile())).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(mainClass + " did not end within " + TIMEOUT_SECONDS + " s; see " + errorLog);
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        Files.delete(out);
        return lines;
    }

    /** The value after {@code prefix} on the first line that starts with it. */
    static Optional<String> value(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).trim())
                .findFirst();
    }

    static List<Double> numbers(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix))
                .map(l -> Double.parseDouble(l.substring(prefix.length()).trim())).toList();
    }
}
