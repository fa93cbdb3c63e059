package org.strategycanvas.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.strategycanvas.io.ProjectJson.FileJson;
import org.strategycanvas.model.Project;

/**
 * Reads project file bytes, strictly: text checks, JSON syntax and limits, the format marker and version,
 * migrations, binding to the layout, then every rule of the model. Each failure is one plain sentence.
 */
public final class ProjectReader {

    /** What was read, and the format version the file was written in (lower than current when migrated). */
    public record Result(Project project, int fileVersion) {
    }

    private final Migrations migrations;

    public ProjectReader() {
        this(Migrations.production());
    }

    public ProjectReader(Migrations migrations) {
        this.migrations = migrations;
    }

    /** @param file the name to use in messages, usually the file's name */
    public Result read(byte[] bytes, String file) throws ProjectFileException {
        ObjectMapper mapper = JsonMappers.reader();
        byte[] body = TextBytes.withoutBom(bytes);
        // The text checks and the duplicate-key scan only decide whether the quick reading below may be kept: they
        // run on another processor meanwhile.
        CompletableFuture<byte[]> checked = CompletableFuture.supplyAsync(() -> checkText(bytes, file),
                SideWork.executor());
        AtomicBoolean keysWanted = new AtomicBoolean(true);
        CompletableFuture<Boolean> keysOnce = CompletableFuture.supplyAsync(
                () -> eachKeyOnce(mapper, body, keysWanted), SideWork.executor());
        Project quick = null;
        ProjectFileException quickProblem = null;
        FileJson current = bindCurrent(body);
        if (current == null) {
            keysWanted.set(false); // the careful path below finds duplicate keys itself
        } else {
            try {
                quick = new JsonToProject(file).convert(current);
            } catch (ProjectFileException e) {
                quickProblem = e;
            }
        }
        byte[] text = checkedText(checked);
        if (current != null && keysOnce.join()) {
            if (quickProblem != null) {
                throw quickProblem;
            }
            return new Result(quick, migrations.currentVersion());
        }
        JsonNode tree = parse(mapper, text, file);
        if (!(tree instanceof ObjectNode root) || !ProjectFormat.FORMAT_MARKER.equals(root.path("format").textValue())) {
            throw new ProjectFileException("io.error.notProject", file);
        }
        int version = versionOf(root, file);
        FileJson layout;
        try {
            if (version == migrations.currentVersion()) {
                // Straight from the text, so that type errors keep their line and column.
                layout = mapper.readValue(text, FileJson.class);
            } else {
                Optional<Class<?>> oldLayout = migrations.layoutOf(version);
                if (oldLayout.isPresent()) {
                    mapper.readValue(text, oldLayout.get()); // its own layout first: errors keep line and column
                }
                migrations.migrate(root, version, file);
                layout = mapper.treeToValue(root, FileJson.class);
            }
        } catch (JsonProcessingException e) {
            throw JacksonErrors.ofBinding(e, root, file);
        } catch (IOException e) {
            throw new ProjectFileException(e, "io.error.unreadable", file);
        }
        RequiredKeys.check(root, file);
        return new Result(new JsonToProject(file).convert(layout), version);
    }

    private static byte[] checkText(byte[] bytes, String file) {
        try {
            return TextBytes.check(bytes, file);
        } catch (ProjectFileException e) {
            throw new CompletionException(e);
        }
    }

    private static byte[] checkedText(CompletableFuture<byte[]> checked) throws ProjectFileException {
        try {
            return checked.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ProjectFileException problem) {
                throw problem;
            }
            throw e;
        }
    }

    /**
     * The file bound straight from its text when it is a well-formed file of the current version with every key
     * present (what the app writes), else null: then the careful path reads it again, step by step, and says what
     * is wrong. Parsing once instead of twice makes large plans open about twice as fast. A key given twice is not
     * seen here (the last one wins): {@link #eachKeyOnce} decides whether this binding is kept.
     */
    private FileJson bindCurrent(byte[] text) {
        try {
            FileJson layout = JsonMappers.readerWithoutDuplicateCheck().readerFor(FileJson.class)
                    .with(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES).readValue(text);
            boolean ours = layout != null && ProjectFormat.FORMAT_MARKER.equals(layout.format())
                    && Integer.valueOf(migrations.currentVersion()).equals(layout.schemaVersion());
            return ours ? layout : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether the text parses with no key twice in an object, reading tokens only; the careful path says where.
     * Stops early, answering no, once the answer is no longer wanted.
     */
    private static boolean eachKeyOnce(ObjectMapper strict, byte[] text, AtomicBoolean wanted) {
        try (JsonParser parser = strict.createParser(text)) {
            while (parser.nextToken() != null) { // the parser itself refuses a key seen twice in the same object
                if (!wanted.get()) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Text to tree: syntax, duplicate keys, limits and trailing content, each with a line and column. */
    private static JsonNode parse(ObjectMapper mapper, byte[] text, String file) throws ProjectFileException {
        checkObjectWidths(mapper, text, file);
        try (JsonParser parser = mapper.createParser(text)) {
            try {
                JsonNode tree = mapper.readTree(parser);
                if (parser.nextToken() != null) {
                    JsonLocation at = parser.currentTokenLocation();
                    throw new ProjectFileException("io.error.trailing", file, at.getLineNr(), at.getColumnNr());
                }
                return tree;
            } catch (JsonProcessingException e) {
                throw JacksonErrors.ofSyntax(e, parser.currentLocation(), file);
            } catch (NumberFormatException e) {
                // A number such as 1e999999999999 is read as a decimal when the tree is built, and refused there.
                JsonLocation at = parser.currentTokenLocation();
                throw new ProjectFileException(e, "io.error.numberOutOfRangeAt", file, at.getLineNr(),
                        at.getColumnNr());
            }
        } catch (IOException e) {
            throw new ProjectFileException(e, "io.error.unreadable", file);
        }
    }

    /**
     * Refuses an object with more keys than {@link ProjectFormat#MAX_KEYS_PER_OBJECT}, reading the tokens only, before
     * the tree is built: one object of millions of made-up keys took seconds and most of a gigabyte to hold. Any other
     * problem is left to the parse, which says where it is.
     */
    private static void checkObjectWidths(ObjectMapper mapper, byte[] text, String file) throws ProjectFileException {
        int[] keys = new int[ProjectFormat.MAX_NESTING_DEPTH + 2];
        int depth = 0;
        try (JsonParser parser = mapper.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructStart()) {
                    keys[++depth] = 0;
                } else if (token.isStructEnd()) {
                    depth--;
                } else if (token == JsonToken.FIELD_NAME && ++keys[depth] > ProjectFormat.MAX_KEYS_PER_OBJECT) {
                    JsonLocation at = parser.currentTokenLocation();
                    throw new ProjectFileException("io.error.limit", file, at.getLineNr(), at.getColumnNr());
                }
            }
        } catch (IOException e) {
            // a syntax error or a limit: the parse finds it again and says it with its place
        }
    }

    private int versionOf(ObjectNode root, String file) throws ProjectFileException {
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            throw new ProjectFileException("io.error.badVersion", file);
        }
        if (version.intValue() > migrations.currentVersion()) {
            throw new ProjectFileException("io.error.newerVersion", file, version.intValue());
        }
        return version.intValue();
    }
}
