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

/** Validates project file bytes against the published JSON Schema of the format. */
public final class SchemaCheck {

    public static final Path SCHEMA = Path.of("assets/schema/strategy-project-1.schema.json");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final JsonSchema SCHEMA_V1 = load();

    private SchemaCheck() {
    }

    public static Set<ValidationMessage> problems(byte[] json) {
        try {
            return SCHEMA_V1.validate(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertValid(byte[] json) {
        Set<ValidationMessage> problems = problems(json);
        if (!problems.isEmpty()) {
            fail("file does not match the schema: " + problems);
        }
    }

    private static JsonSchema load() {
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
