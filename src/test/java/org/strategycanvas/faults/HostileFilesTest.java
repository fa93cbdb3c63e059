package org.strategycanvas.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made to hurt a reader: nesting 100,000 deep, a 50 MB string, numbers of 400 digits or 1e400, a million
 * keys, 60 MB of tiny values, and a 200 MB file. Each is opened through the app's entry point in a JVM of its own
 * with a heap of 512 MB, less than a small laptop gives the app: each must be refused with its plain sentence,
 * none may run out of memory, and the 200 MB file must be refused from its size, before any byte is read.
 * (Before the token limit, 60 MB of "{}," made the reader run out of memory on a 2 GB heap.) The files are made
 * at test time, in a temporary folder.
 */
class HostileFilesTest {

    private static final int MB = 1 << 20;
    private static final String HEAD = "{\"format\": \"strategy-canvas\", \"schemaVersion\": 3, ";

    @TempDir
    Path folder;

    @Test
    void hostileFilesAreRefusedPlainlyWithinABoundedHeap() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(repeat("deep-arrays.json", "", "[", 100_000, ""), "io.error.tooDeep");
        expected.put(repeat("deep-objects.json", "", "{\"a\": ", 100_000, ""), "io.error.tooDeep");
        expected.put(repeat("long-string.json", HEAD + "\"project\": {\"title\": \"", "x", 50 * MB, "\"}}"),
                "io.error.stringTooLong");
        expected.put(sample("huge-exponent.json", "\"budget\": 600,", "\"budget\": 1e400,"),
                "io.error.numberOutOfRange");
        expected.put(sample("huge-exponent-position.json", "\"x\": 420.0,", "\"x\": 1e400,"), "io.error.notFinite");
        expected.put(sample("long-integer.json", "\"budget\": 600,", "\"budget\": " + "9".repeat(400) + ","),
                "io.error.numberTooLong");
        expected.put(manyKeys("many-keys.json", 1_000_000), "io.error.limit");
        expected.put(repeat("many-objects.json", HEAD + "\"touchpoints\": [", "{},", 60 * MB / 3, "{}]}"),
                "io.error.limit");
        expected.put(repeat("many-strings.json", HEAD + "\"touchpoints\": [", "\"a\",", 60 * MB / 4, "\"a\"]}"),
                "io.error.limit");
        String huge = "huge.strategy.json";
        try (RandomAccessFile file = new RandomAccessFile(folder.resolve(huge).toFile(), "rw")) {
            file.setLength(200L * MB); // sparse: 200 MB long, nothing written
        }
        expected.put(huge, "io.error.tooLarge");

        List<String> args = new ArrayList<>();
        expected.keySet().forEach(name -> args.add(folder.resolve(name).toString()));
        long started = System.nanoTime();
        try (ChildJvm child = ChildJvm.start(name -> true, List.of("-Xmx512m", "-Djava.awt.headless=true"),
                HostileRead.class, args.toArray(String[]::new))) {
            assertEquals(0, child.awaitExit(600_000), child::errors);
            List<String> lines = new ArrayList<>();
            for (String line = child.awaitLine("", 1_000); line != null && !line.equals("done");
                 line = child.awaitLine("", 1_000)) {
                lines.add(line);
            }
            assertEquals(expected.size(), lines.size(), () -> lines + child.errors());
            List<String> wrong = new ArrayList<>();
            for (String line : lines) {
                String[] parts = line.split("\t", -1);
                if (!parts[1].equals(expected.get(parts[0]))) {
                    wrong.add(parts[0] + ": " + parts[1] + " instead of " + expected.get(parts[0]));
                }
            }
            assertEquals(List.of(), wrong, "every file refused with its sentence");
            for (String line : lines) {
                String[] parts = line.split("\t", -1);
                String name = parts[0];
                for (String sentence : List.of(parts[4], parts[5])) {
                    assertTrue(sentence.contains(name) && sentence.endsWith("."), sentence);
                    assertFalse(sentence.contains("Exception") || sentence.contains("StreamReadConstraints"),
                            sentence);
                }
                System.out.printf("Hostile file %s (%d MB): %s in %s ms, %s MB allocated: \"%s\"%n", name,
                        Files.size(folder.resolve(name)) / MB, parts[1], parts[2], parts[3], parts[4]);
                if (name.equals(huge)) {
                    assertTrue(Integer.parseInt(parts[3]) < 16, "refused from its size, unread: " + line);
                }
            }
        }
        System.out.printf("Hostile files: %d refused plainly in a 512 MB heap in %d s.%n", expected.size(),
                (System.nanoTime() - started) / 1_000_000_000L);
    }

    /** {@code head}, then {@code unit} {@code times} over, then {@code tail}. */
    private String repeat(String name, String head, String unit, int times, String tail) throws IOException {
        byte[] piece = unit.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(folder.resolve(name)), 1 << 16)) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < times; i++) {
                out.write(piece);
            }
            out.write(tail.getBytes(StandardCharsets.UTF_8));
        }
        return name;
    }

    /** The sample plan with its first {@code from} replaced. */
    private String sample(String name, String from, String to) throws IOException {
        String text = Files.readString(Path.of("assets", "samples", "boulangerie-martin.strategy.json"));
        assertTrue(text.contains(from), from);
        Files.writeString(folder.resolve(name), text.replaceFirst(java.util.regex.Pattern.quote(from), to));
        return name;
    }

    private String manyKeys(String name, int count) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(folder.resolve(name)), 1 << 16)) {
            out.write(HEAD.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < count; i++) {
                out.write(("\"key" + i + "\": 0, ").getBytes(StandardCharsets.UTF_8));
            }
            out.write("\"end\": 0}".getBytes(StandardCharsets.UTF_8));
        }
        return name;
    }
}
