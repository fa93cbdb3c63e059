package org.strategycanvas.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Validates project file bytes against the published JSON Schema of the format (current: version 3). */
public final class SchemaCheck {

    public static final Path SCHEMA = Path.of("assets/schema/strategy-project-3.schema.json");
    /** Version 1, kept as the documentation of older files. */
    public static final Path SCHEMA_V1 = Path.of("assets/schema/strategy-project-1.schema.json");
    /** Version 2, kept likewise. */
    public static final Path SCHEMA_V2 = Path.of("assets/schema/strategy-project-2.schema.json");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final JsonSchema CURRENT = load(SCHEMA);
    private static final JsonSchema VERSION_1 = load(SCHEMA_V1);
    private static final JsonSchema VERSION_2 = load(SCHEMA_V2);

    private SchemaCheck() {
    }

    public static Set<ValidationMessage> problems(byte[] json) {
        return problems(CURRENT, json);
    }

    public static void assertValid(byte[] json) {
        assertNoProblems(problems(CURRENT, json));
    }

    /** For the kept version 2 files. */
    public static void assertValidVersion2(byte[] json) {
        assertNoProblems(problems(VERSION_2, json));
    }

    /** For the kept version 1 files. */
    public static void assertValidVersion1(byte[] json) {
        assertNoProblems(problems(VERSION_1, json));
    }

    private static Set<ValidationMessage> problems(JsonSchema schema, byte[] json) {
        try {
            return schema.validate(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertNoProblems(Set<ValidationMessage> problems) {
        if (!problems.isEmpty()) {
            fail("file does not match the schema: " + problems);
        }
    }

    private static JsonSchema load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
