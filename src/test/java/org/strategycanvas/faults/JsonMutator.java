package org.strategycanvas.faults;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Damages a valid project file, the same way for a given {@link Random}: at the byte level (flip, overwrite,
 * insert, delete, truncate, duplicate ranges) or through its JSON tree (delete, replace with hostile values,
 * retype, swap, duplicate, dangle references, wrong versions, unknown keys, deep nesting, shuffles).
 */
final class JsonMutator {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final byte[] INTERESTING_BYTES = {'{', '}', '[', ']', '"', ',', ':', '\\', '0', '-', 'e', '.',
            '\n', ' ', 0, (byte) 0xC3, (byte) 0xA9, (byte) 0xFF, (byte) 0xED, (byte) 0x80, (byte) 0xEF};
    private static final String[] INTERESTING_TEXT = {"1e999", "-", "null", "\"", "\\u0000", "\\ud800", "{}", "[]",
            "NaN", "-Infinity", "\uFEFF", "/*x*/", "'", "0x1F", "00", "1.", ".5", "\"\":", ",,", "true", "\\",
            "\"schemaVersion\": 3,", "\u00e9", "\u0301", "\ud83d\ude00"};
    /** Keys whose values point at other things in the file. */
    private static final List<String> REFERENCES = List.of("from", "to", "touchpoint", "objective", "activeScenario",
            "id", "stage", "stages", "type", "kind", "tone", "unit");

    private static final List<String> GEOMETRY = List.of("x", "y", "width", "height");

    private final Random random;

    JsonMutator(Random random) {
        this.random = random;
    }

    /** One damaged copy of a valid file, whose tree is given (it is not changed). */
    byte[] mutate(byte[] valid, JsonNode tree) {
        int kind = random.nextInt(10);
        if (kind < 4) {
            return bytes(valid, 1 + random.nextInt(3));
        }
        JsonNode copy = tree.deepCopy();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            copy = structure(copy);
        }
        byte[] out = write(copy);
        return kind == 9 ? bytes(out, 1) : out;
    }

    // ---- bytes

    byte[] bytes(byte[] in, int times) {
        byte[] out = in;
        for (int i = 0; i < times; i++) {
            out = byteMutation(out);
        }
        return out;
    }

    private byte[] byteMutation(byte[] in) {
        if (in.length == 0) {
            return insert(in, 0, someBytes());
        }
        int at = random.nextInt(in.length);
        switch (random.nextInt(7)) {
            case 0: {
                byte[] out = in.clone();
                out[at] ^= (byte) (1 << random.nextInt(8));
                return out;
            }
            case 1: {
                byte[] out = in.clone();
                out[at] = random.nextBoolean() ? (byte) random.nextInt(256)
                        : INTERESTING_BYTES[random.nextInt(INTERESTING_BYTES.length)];
                return out;
            }
            case 2:
                return insert(in, at, someBytes());
            case 3: {
                int length = Math.min(in.length - at, random.nextBoolean() ? 1 + random.nextInt(8)
                        : 1 + random.nextInt(Math.max(1, in.length / 4)));
                return concat(Arrays.copyOfRange(in, 0, at), Arrays.copyOfRange(in, at + length, in.length));
            }
            case 4:
                return Arrays.copyOf(in, at);
            case 5: {
                int length = Math.min(in.length - at, 1 + random.nextInt(random.nextBoolean() ? 16 : 4096));
                byte[] range = Arrays.copyOfRange(in, at, at + length);
                return insert(in, random.nextInt(in.length + 1), range);
            }
            default: {
                // a range copied over another place, as a bad merge would
                int length = Math.min(in.length - at, 1 + random.nextInt(256));
                int to = random.nextInt(in.length);
                byte[] out = in.clone();
                System.arraycopy(in, at, out, to, Math.min(length, in.length - to));
                return out;
            }
        }
    }

    private byte[] someBytes() {
        if (random.nextBoolean()) {
            return INTERESTING_TEXT[random.nextInt(INTERESTING_TEXT.length)].getBytes(StandardCharsets.UTF_8);
        }
        byte[] bytes = new byte[1 + random.nextInt(16)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = random.nextBoolean() ? (byte) random.nextInt(256)
                    : INTERESTING_BYTES[random.nextInt(INTERESTING_BYTES.length)];
        }
        return bytes;
    }

    private static byte[] insert(byte[] in, int at, byte[] piece) {
        return concat(concat(Arrays.copyOfRange(in, 0, at), piece), Arrays.copyOfRange(in, at, in.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    // ---- tree

    /** A place in the tree: a field of an object or an item of an array. */
    private record Slot(JsonNode container, String field, int index) {
        JsonNode get() {
            return field != null ? container.get(field) : container.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) container).set(field, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }

        void remove() {
            if (field != null) {
                ((ObjectNode) container).remove(field);
            } else {
                ((ArrayNode) container).remove(index);
            }
        }
    }

    private static void slots(JsonNode node, List<Slot> into) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                into.add(new Slot(node, name, -1));
                slots(node.get(name), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                into.add(new Slot(node, null, i));
                slots(node.get(i), into);
            }
        }
    }

    /** One change to the tree; returns the tree (a new root when the root itself was replaced). */
    JsonNode structure(JsonNode root) {
        List<Slot> slots = new ArrayList<>();
        slots(root, slots);
        if (slots.isEmpty() || random.nextInt(200) == 0) {
            return hostileValue(); // the whole file is one value
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        switch (random.nextInt(13)) {
            case 0:
                slot.remove();
                break;
            case 12:
                extremeGeometry(slots);
                break;
            case 1:
            case 2:
                slot.set(hostileValue());
                break;
            case 3:
                slot.set(retyped(slot.get()));
                break;
            case 4: {
                Slot other = slots.get(random.nextInt(slots.size()));
                JsonNode mine = slot.get().deepCopy();
                JsonNode theirs = other.get().deepCopy();
                slot.set(theirs);
                if (other.get() != null) {
                    other.set(mine);
                }
                break;
            }
            case 5:
                duplicateItem(slots);
                break;
            case 6:
                dangle(slots);
                break;
            case 7:
                wrongVersion(root);
                break;
            case 8:
                unknownKey(slots, root);
                break;
            case 9:
                slot.set(deep(30 + random.nextInt(80)));
                break;
            case 10:
                shuffle(slots);
                break;
            default:
                slot.set(numeric(slot.get()));
                break;
        }
        return root;
    }

    private JsonNode hostileValue() {
        switch (random.nextInt(31)) {
            case 0: return NODES.nullNode();
            case 1: return NODES.booleanNode(random.nextBoolean());
            case 2: return NODES.textNode("");
            case 3: return NODES.textNode(" ");
            case 4: return NODES.textNode("NaN");
            case 5: return NODES.textNode("Infinity");
            case 6: return NODES.textNode("1e400");
            case 7: return NODES.textNode("2025-02-30");
            case 8: return NODES.textNode(random.nextBoolean() ? "9999-12-31" : "+99999-01-01");
            case 9: return NODES.textNode("\u0000\u202e\n\t");
            case 10: return NODES.textNode("x".repeat(1 + random.nextInt(20_000)));
            case 11: return NODES.numberNode(0);
            case 12: return NODES.numberNode(-1);
            case 13: return NODES.numberNode(-0.0);
            case 14: return NODES.numberNode(2_147_483_648L);
            case 15: return NODES.numberNode(-2_147_483_649L);
            case 16: return NODES.numberNode(Long.MAX_VALUE);
            case 17: return NODES.numberNode(new BigInteger("9".repeat(1 + random.nextInt(400))));
            case 18: return NODES.numberNode(new BigDecimal("1E+" + random.nextInt(1000)));
            case 19: return NODES.numberNode(new BigDecimal("1E-" + random.nextInt(1000)));
            case 20: return NODES.numberNode(1e308);
            case 21: return NODES.numberNode(-1e308);
            case 22: return NODES.numberNode(Double.MIN_VALUE);
            case 23: return NODES.numberNode(0.5);
            case 24: return NODES.numberNode(random.nextInt(202) - 1);
            case 25: return NODES.numberNode(-random.nextInt(1000) - 1);
            case 26: return NODES.objectNode();
            case 27: return NODES.arrayNode();
            case 28: return NODES.textNode("ghost-" + random.nextInt(10));
            case 29: return NODES.textNode(random.nextBoolean() ? "half \ud83d" : "\ude00 whole \ud83d\ude00");
            default: return NODES.numberNode(new BigDecimal("-" + "9".repeat(1 + random.nextInt(60)) + ".5"));
        }
    }

    private JsonNode retyped(JsonNode node) {
        if (node.isTextual()) {
            try {
                return NODES.numberNode(new BigDecimal(node.textValue()));
            } catch (NumberFormatException e) {
                return NODES.arrayNode().add(node);
            }
        }
        if (node.isNumber() || node.isBoolean()) {
            return NODES.textNode(node.asText());
        }
        if (node.isObject()) {
            ArrayNode values = NODES.arrayNode();
            node.elements().forEachRemaining(values::add);
            return values;
        }
        if (node.isArray()) {
            ObjectNode object = NODES.objectNode();
            for (int i = 0; i < node.size(); i++) {
                object.set(String.valueOf(i), node.get(i));
            }
            return object;
        }
        return NODES.objectNode();
    }

    private JsonNode numeric(JsonNode node) {
        if (!node.isNumber()) {
            return hostileValue();
        }
        BigDecimal value = node.decimalValue();
        switch (random.nextInt(5)) {
            case 0: return NODES.numberNode(value.negate());
            case 1: return NODES.numberNode(value.multiply(BigDecimal.valueOf(1_000_000)));
            case 2: return NODES.numberNode(value.add(new BigDecimal("0.5")));
            case 3: return NODES.numberNode(value.add(BigDecimal.ONE));
            default: return NODES.numberNode(value.subtract(BigDecimal.ONE));
        }
    }

    /** Repeats an item of a list: two items with the same id. */
    private void duplicateItem(List<Slot> slots) {
        List<Slot> items = slots.stream().filter(s -> s.field() == null).toList();
        if (!items.isEmpty()) {
            Slot item = items.get(random.nextInt(items.size()));
            ((ArrayNode) item.container()).add(item.get().deepCopy());
        }
    }

    /** Points a reference at nothing, or at something of the wrong kind. */
    private void dangle(List<Slot> slots) {
        List<Slot> references = slots.stream().filter(s -> s.field() != null && REFERENCES.contains(s.field()))
                .toList();
        if (references.isEmpty()) {
            return;
        }
        Slot reference = references.get(random.nextInt(references.size()));
        List<Slot> ids = slots.stream().filter(s -> "id".equals(s.field())).toList();
        reference.set(random.nextBoolean() || ids.isEmpty() ? NODES.textNode("ghost-" + random.nextInt(5))
                : ids.get(random.nextInt(ids.size())).get().deepCopy());
    }

    /** A position or size that is a finite number, but an absurd one. */
    private void extremeGeometry(List<Slot> slots) {
        List<Slot> geometry = slots.stream().filter(s -> s.field() != null && GEOMETRY.contains(s.field())).toList();
        if (!geometry.isEmpty()) {
            double[] extremes = {1e308, -1e308, 1e300, 1e15, -1e15, 1e9, -1e9, 1e7, Double.MIN_VALUE, 1e-300};
            geometry.get(random.nextInt(geometry.size())).set(
                    NODES.numberNode(extremes[random.nextInt(extremes.length)]));
        }
    }

    private void wrongVersion(JsonNode root) {
        if (!(root instanceof ObjectNode object)) {
            return;
        }
        JsonNode[] versions = {NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(1), NODES.numberNode(2),
                NODES.numberNode(3), NODES.numberNode(4), NODES.numberNode(99), NODES.textNode("3"),
                NODES.numberNode(3.0), NODES.nullNode(), NODES.numberNode(2_147_483_648L),
                NODES.numberNode(new BigDecimal("3.0"))};
        if (random.nextInt(4) == 0) {
            object.put("format", random.nextBoolean() ? "strategy-canvas-2" : "");
        } else {
            object.set("schemaVersion", versions[random.nextInt(versions.length)]);
        }
    }

    private void unknownKey(List<Slot> slots, JsonNode root) {
        List<JsonNode> objects = new ArrayList<>();
        if (root.isObject()) {
            objects.add(root);
        }
        slots.stream().map(Slot::get).filter(JsonNode::isObject).forEach(objects::add);
        if (objects.isEmpty()) {
            return;
        }
        ObjectNode object = (ObjectNode) objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        if (!names.isEmpty() && random.nextBoolean()) {
            String name = names.get(random.nextInt(names.size()));
            object.set(name.toUpperCase(java.util.Locale.ROOT) + (random.nextBoolean() ? "" : "_"),
                    object.remove(name));
        } else {
            object.put("extra" + random.nextInt(3), random.nextInt(10));
        }
    }

    private JsonNode deep(int depth) {
        JsonNode node = NODES.numberNode(1);
        for (int i = 0; i < depth; i++) {
            node = random.nextBoolean() ? NODES.arrayNode().add(node) : NODES.objectNode().set("a", node);
        }
        return node;
    }

    private void shuffle(List<Slot> slots) {
        List<JsonNode> arrays = slots.stream().map(Slot::get).filter(JsonNode::isArray).toList();
        if (arrays.isEmpty()) {
            return;
        }
        ArrayNode array = (ArrayNode) arrays.get(random.nextInt(arrays.size()));
        List<JsonNode> items = new ArrayList<>();
        array.elements().forEachRemaining(items::add);
        if (random.nextInt(3) == 0) {
            array.removeAll();
            return;
        }
        Collections.shuffle(items, random);
        array.removeAll();
        items.forEach(array::add);
    }

    private byte[] write(JsonNode tree) {
        try {
            return random.nextBoolean() ? PLAIN.writeValueAsBytes(tree)
                    : PLAIN.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tree of a valid file. */
    static JsonNode tree(byte[] valid) {
        try {
            return PLAIN.readTree(valid);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
