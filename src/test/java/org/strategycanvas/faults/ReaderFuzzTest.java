package org.strategycanvas.faults;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.io.ProjectFileException;
import org.strategycanvas.io.ProjectReader;
import org.strategycanvas.io.ProjectWriter;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Project;
import org.strategycanvas.render.PlanGeometry;
import org.strategycanvas.render.PlanRenderer;
import org.strategycanvas.render.RenderView;
import org.strategycanvas.render.Surface;

/**
 * Fuzzing the reader: thousands of damaged copies of valid project files (the sample in its three format
 * versions and generated plans), damaged byte by byte or through their JSON tree (see {@link JsonMutator}), each
 * read by the app's reader. Every read must end with a valid plan (that then saves and reads back the same) or a
 * {@link ProjectFileException} whose sentence is plain in both languages: no other exception, no hang, no read
 * using more than 2 s of processor time. {@code -Dfaults.fuzzCases=N} changes the count. The seed is fixed, so that
 * {@code mvn verify} judges the same 10,000 files on every machine; {@code -Dfaults.fuzzSeed=random} explores new
 * ones and {@code -Dfaults.fuzzSeed=N} repeats a run (the seed is printed). Failing inputs are written to
 * {@code target/fuzz-failures}; each bug found this way stays as a plain regression test beside the code it fixed.
 */
class ReaderFuzzTest {

    private static final int CASES = Integer.getInteger("faults.fuzzCases", 10_000);
    private static final long FIXED_SEED = 20_261_124L;
    private static final long MAX_CPU_NANOS = 2_000_000_000L;
    private static final long HANG_SECONDS = 30;
    private static final PlanRenderer RENDERER = new PlanRenderer(new Messages(Locale.ENGLISH));
    private static final Pattern LEFTOVER = Pattern.compile("\\{\\d+}|io\\.(error|place|type|save)\\.");

    /** What one read gave, and how long it took. */
    private record Outcome(String kind, Throwable problem, long cpuNanos, long wallNanos, long allocatedBytes) {
    }

    @Test
    void everyDamagedFileIsReadOrRefusedWithAPlainSentence() throws Exception {
        String asked = System.getProperty("faults.fuzzSeed", String.valueOf(FIXED_SEED));
        long seed = asked.equals("random") ? System.nanoTime() : Long.parseLong(asked);
        Random random = new Random(seed);
        JsonMutator mutator = new JsonMutator(random);
        Map<String, byte[]> seeds = seeds();
        List<String> names = new ArrayList<>(seeds.keySet());
        Map<String, JsonNode> trees = new LinkedHashMap<>();
        seeds.forEach((name, bytes) -> trees.put(name, JsonMutator.tree(bytes)));

        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long maxWall = 0;
        long maxAllocated = 0;
        long maxCpu = 0;
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        AtomicReference<Thread> loaderThread = new AtomicReference<>();
        ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
            loaderThread.set(daemon(r, "fuzz-load"));
            return loaderThread.get();
        });
        try {
            for (int n = 0; n < CASES; n++) {
                String name = names.get(random.nextInt(names.size()));
                byte[] damaged = mutator.mutate(seeds.get(name), trees.get(name));
                Future<Outcome> read = loader.submit(() -> read(damaged));
                Outcome outcome;
                try {
                    outcome = read.get(HANG_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    // The stuck thread cannot be stopped: the run ends here, with this case.
                    Throwable where = new Throwable("stuck here");
                    where.setStackTrace(loaderThread.get().getStackTrace());
                    failures.add(report(n, name, damaged, "no answer after " + HANG_SECONDS + " s", where));
                    break;
                }
                outcomes.merge(outcome.kind(), 1, Integer::sum);
                maxAllocated = Math.max(maxAllocated, outcome.allocatedBytes());
                maxWall = Math.max(maxWall, outcome.wallNanos());
                maxCpu = Math.max(maxCpu, outcome.cpuNanos());
                if (outcome.problem() != null) {
                    failures.add(report(n, name, damaged, outcome.kind(), outcome.problem()));
                } else if (outcome.cpuNanos() > MAX_CPU_NANOS) {
                    failures.add(report(n, name, damaged, "took " + outcome.cpuNanos() / 1_000_000 + " ms", null));
                }
            }
        } finally {
            loader.shutdownNow();
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        long peakMb = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
        long allocatedMb = maxAllocated >> 20;
        int valid = outcomes.getOrDefault("valid", 0);
        System.out.printf("Reader fuzz (seed %d): %d damaged files in %d s: %d read as valid plans, %d refused with a"
                        + " plain sentence, %d failures; slowest read %d ms (%d ms of processor time); at most %d MB"
                        + " allocated by one read; peak heap %d MB (garbage included).%n", seed, CASES, seconds, valid,
                CASES - valid - failures.size(), failures.size(), maxWall / 1_000_000, maxCpu / 1_000_000, allocatedMb,
                peakMb);
        System.out.println("Reader fuzz outcomes: " + outcomes.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        assertTrue(failures.isEmpty(), failures.size() + " failures (seed " + seed + "), the first ones:\n"
                + failures.stream().limit(5).collect(Collectors.joining("\n")));
    }

    /** One read on the loader thread: its outcome, with a problem when it is not one of the two allowed. */
    private static Outcome read(byte[] damaged) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long allocated = threads.getCurrentThreadAllocatedBytes();
        long wall = System.nanoTime();
        String kind;
        Throwable problem = null;
        try {
            ProjectReader.Result result = new ProjectReader().read(damaged, "fuzz.strategy.json");
            kind = "valid";
            problem = roundTripProblem(result.project());
            drawn(result.project());
        } catch (ProjectFileException e) {
            kind = e.key();
            problem = sentenceProblem(e);
        } catch (Throwable t) {
            kind = "crash " + t.getClass().getSimpleName();
            problem = t;
        }
        return new Outcome(kind, problem, threads.getCurrentThreadCpuTime() - cpu, System.nanoTime() - wall,
                threads.getCurrentThreadAllocatedBytes() - allocated);
    }

    /**
     * A plan that was read is drawn as the window first shows it: the whole content fitted to a 1600 × 1000 view
     * (at the window's smallest zoom at least), and at 100 % from the origin. A value the reader lets through must
     * not hang the drawing.
     */
    private static void drawn(Project project) {
        Surface nowhere = new CountingSurface();
        Bounds content = PlanGeometry.contentBounds(project).orElse(new Bounds(0, 0, 1600, 1000));
        double scale = Math.max(0.05, Math.min(1600 / content.width(), 1000 / content.height()));
        RENDERER.render(project, RenderView.of(content, scale), nowhere);
        RENDERER.render(project, RenderView.of(new Bounds(0, 0, 1600, 1000), 1), nowhere);
    }

    /** A plan that was read must save and read back as the same plan. */
    private static Throwable roundTripProblem(Project project) {
        try {
            Project again = new ProjectReader().read(new ProjectWriter().write(project), "again").project();
            return again.equals(project) ? null : new AssertionError("saved and read back, the plan differs");
        } catch (ProjectFileException e) {
            return new AssertionError("the plan read does not read back once saved: " + e.getMessage(), e);
        }
    }

    /** The sentence in each language: one line, not too long, every placeholder and key filled in. */
    private static Throwable sentenceProblem(ProjectFileException e) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            String sentence = e.message(locale);
            if (sentence.isBlank() || sentence.contains("\n") || sentence.contains("\r") || sentence.length() > 400
                    || sentence.contains("Exception") || sentence.contains("com.fasterxml")
                    || LEFTOVER.matcher(sentence).find()) {
                return new AssertionError("not a plain sentence (" + locale + "): " + sentence);
            }
        }
        return null;
    }

    private static String report(int n, String seedName, byte[] damaged, String what, Throwable problem)
            throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "fuzz-failures"));
        Path file = folder.resolve("case-" + n + ".json");
        Files.write(file, damaged);
        StringWriter trace = new StringWriter();
        if (problem != null) {
            problem.printStackTrace(new PrintWriter(trace));
        }
        String shortTrace = trace.toString().lines().limit(12).collect(Collectors.joining("\n"));
        return "case " + n + " (from " + seedName + ", saved as " + file + "): " + what + "\n" + shortTrace;
    }

    /** The valid files damaged: the sample in formats 3, 2 and 1, and generated plans of 3, 25 and 150 cards. */
    private static Map<String, byte[]> seeds() throws IOException {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.put("sample", Files.readAllBytes(Path.of("assets", "samples", "boulangerie-martin.strategy.json")));
        seeds.put("sample v2", Files.readAllBytes(Path.of("src", "test", "resources", "v2",
                "boulangerie-martin.strategy.json")));
        seeds.put("sample v1", Files.readAllBytes(Path.of("src", "test", "resources", "v1",
                "boulangerie-martin.strategy.json")));
        ProjectWriter writer = new ProjectWriter();
        seeds.put("3 cards", writer.write(FaultPlans.generate(3, 11, 0)));
        seeds.put("25 cards", writer.write(FaultPlans.generate(25, 12, 1)));
        seeds.put("150 cards", writer.write(FaultPlans.generate(150, 13, 0)));
        return seeds;
    }

    private static Thread daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }
}
