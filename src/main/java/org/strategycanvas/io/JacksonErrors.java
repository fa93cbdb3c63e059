package org.strategycanvas.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Turns Jackson's exceptions into plain sentences with a line and column. Jackson's own text is read
 * only to tell apart the limits it enforces; it is never shown.
 */
final class JacksonErrors {

    private JacksonErrors() {
    }

    /** An error while parsing the text into a tree: syntax, limits, duplicates, trailing content. */
    static ProjectFileException ofSyntax(JsonProcessingException e, JsonLocation parserAt, String file) {
        JsonLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : parserAt;
        long line = at == null ? 0 : at.getLineNr();
        long column = at == null ? 0 : at.getColumnNr();
        String text = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
        String key;
        if (e instanceof StreamConstraintsException) {
            key = text.contains("nesting depth") ? "io.error.tooDeep"
                    : text.contains("string value length") ? "io.error.stringTooLong"
                    : text.contains("number value length") ? "io.error.numberTooLong"
                    : "io.error.limit";
        } else if (e instanceof MismatchedInputException) {
            key = "io.error.trailing"; // FAIL_ON_TRAILING_TOKENS is the only binding check on a bare tree
        } else if (e instanceof JsonEOFException || text.contains("end-of-input")) {
            key = "io.error.truncated";
        } else if (text.contains("duplicate")) {
            key = "io.error.duplicateKey";
        } else {
            key = "io.error.syntax";
        }
        if (line <= 0) {
            return new ProjectFileException(key + ".noLocation", file);
        }
        return new ProjectFileException(e, key, file, line, column);
    }

    /** An error while binding the tree or the text to the layout records: unknown keys, wrong types. */
    static ProjectFileException ofBinding(JsonProcessingException e, JsonNode root, String file) {
        JsonLocation at = e.getLocation();
        boolean located = at != null && at.getLineNr() > 0;
        if (e instanceof UnrecognizedPropertyException u) {
            String name = Places.shown(String.valueOf(u.getPropertyName()));
            Text place = placeOf(u.getPath(), root);
            return located
                    ? new ProjectFileException(e, "io.error.unknownField", file, name, place, at.getLineNr(),
                    at.getColumnNr())
                    : new ProjectFileException(e, "io.error.unknownField.noLocation", file, name, place);
        }
        if (e instanceof InputCoercionException || e.getCause() instanceof InputCoercionException) {
            return located
                    ? new ProjectFileException(e, "io.error.numberOutOfRangeAt", file, at.getLineNr(),
                    at.getColumnNr())
                    : new ProjectFileException(e, "io.error.limit.noLocation", file);
        }
        List<JsonMappingException.Reference> path = e instanceof JsonMappingException m ? m.getPath() : List.of();
        Text expected = e instanceof MismatchedInputException m ? expected(m.getTargetType()) : expected(null);
        String field = fieldOf(path);
        Text place = placeOf(path, root);
        return located
                ? new ProjectFileException(e, "io.error.wrongType", file, field, place, at.getLineNr(),
                at.getColumnNr(), expected)
                : new ProjectFileException(e, "io.error.wrongType.noLocation", file, field, place, expected);
    }

    private static String fieldOf(List<JsonMappingException.Reference> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            String name = path.get(i).getFieldName();
            if (name != null) {
                return Places.shown(name);
            }
        }
        return "";
    }

    /** The list item the path goes through, else the project details, else the header. */
    private static Text placeOf(List<JsonMappingException.Reference> path, JsonNode root) {
        if (path.size() >= 2 && Places.isList(path.get(0).getFieldName()) && path.get(1).getIndex() >= 0) {
            String list = path.get(0).getFieldName();
            int index = path.get(1).getIndex();
            JsonNode id = root.path(list).path(index).path("id");
            return Places.item(list, index + 1, id.isTextual() ? id.asText() : null);
        }
        if (!path.isEmpty() && "project".equals(path.get(0).getFieldName()) && path.size() > 1) {
            return Places.projectDetails();
        }
        if (!path.isEmpty() && "brief".equals(path.get(0).getFieldName()) && path.size() > 1) {
            return Places.brief();
        }
        if (!path.isEmpty() && "mixPlan".equals(path.get(0).getFieldName()) && path.size() > 1) {
            return placeInMixPlan(path, root.path("mixPlan"));
        }
        return Places.header();
    }

    /** A phase or a target of the mix plan when the path goes through one, else the mix plan itself. */
    private static Text placeInMixPlan(List<JsonMappingException.Reference> path, JsonNode mixPlan) {
        if (path.size() >= 3 && path.get(2).getIndex() >= 0) {
            String list = path.get(1).getFieldName();
            int index = path.get(2).getIndex();
            if ("phases".equals(list)) {
                JsonNode name = mixPlan.path("phases").path(index).path("name");
                return Places.phase(index + 1, name.isTextual() ? name.asText() : null);
            }
            if ("targets".equals(list)) {
                return Places.target(index + 1);
            }
        }
        return Places.mixPlan();
    }

    private static Text expected(Class<?> type) {
        if (type == null) {
            return Text.of("io.type.other");
        }
        if (type == Integer.class || type == int.class) {
            return Text.of("io.type.wholeNumber");
        }
        if (type == Double.class || type == double.class || type == BigDecimal.class) {
            return Text.of("io.type.number");
        }
        if (type == String.class) {
            return Text.of("io.type.text");
        }
        if (Collection.class.isAssignableFrom(type)) {
            return Text.of("io.type.list");
        }
        return Text.of("io.type.object");
    }
}
