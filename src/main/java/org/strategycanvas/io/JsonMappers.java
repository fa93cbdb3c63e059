package org.strategycanvas.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The two Jackson set-ups of the io layer: a strict, bounded reader and a canonical writer. No default
 * typing anywhere: the file only ever becomes the records of {@link ProjectJson}.
 */
public final class JsonMappers {

    private static final ObjectMapper READER = buildReader(true);
    private static final ObjectMapper UNCHECKED_KEYS_READER = buildReader(false);
    private static final ObjectMapper WRITER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .addModule(WholeCharacters.module())
            .build();

    private JsonMappers() {
    }

    /** Refuses comments, NaN, single quotes, duplicate keys, trailing content, unknown keys and coercions. */
    static ObjectMapper reader() {
        return READER;
    }

    /**
     * The same reader without the duplicate-key check, for a binding whose result is kept only once another pass
     * has found no key twice: that check costs a sixth of a large file's binding, and the other pass runs meanwhile.
     */
    static ObjectMapper readerWithoutDuplicateCheck() {
        return UNCHECKED_KEYS_READER;
    }

    /** Writes 2-space indented JSON with "\n" line ends on every system, {@code "key": value}. */
    public static ObjectWriter canonicalWriter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return WRITER.writer(printer);
    }

    private static ObjectMapper buildReader(boolean duplicateCheck) {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(ProjectFormat.MAX_NESTING_DEPTH)
                .maxStringLength(ProjectFormat.MAX_STRING_CHARS)
                .maxNumberLength(ProjectFormat.MAX_NUMBER_CHARS)
                .maxNameLength(ProjectFormat.MAX_NAME_CHARS)
                .maxDocumentLength(ProjectFormat.MAX_FILE_BYTES)
                .maxTokenCount(ProjectFormat.MAX_TOKENS)
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(limits)
                // Interning each new key name made a file of a million made-up keys take three times longer to refuse.
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, duplicateCheck)
                .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .disable(JsonReadFeature.ALLOW_YAML_COMMENTS)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
                .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Collection, c -> c
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.POJO, c -> c
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .build();
    }
}
