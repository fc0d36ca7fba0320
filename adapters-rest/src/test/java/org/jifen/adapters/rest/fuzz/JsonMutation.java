package org.jifen.adapters.rest.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * One change to a valid JSON body: on the tree (a field dropped, a value replaced by a hostile one, a field
 * added, a value wrapped in an array or an object) or on the bytes (cut short, bytes inserted, replaced
 * whole). {@code target} picks the node or the position, modulo what the body has.
 */
record JsonMutation(Kind kind, int target, HostileValue value) {

    enum Kind {
        DROP, REPLACE, ADD_FIELD, WRAP_IN_ARRAY, WRAP_IN_OBJECT, TRUNCATE, INSERT_BYTES, REPLACE_BODY
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String toString() {
        return kind + "@" + target + (kind == Kind.DROP || kind == Kind.TRUNCATE ? "" : " " + value);
    }

    /** A valid body mutated in order: tree changes first while the body still parses, then byte changes. */
    static byte[] apply(String validBody, List<JsonMutation> mutations) {
        JsonNode tree = validBody.isBlank() ? JsonNodeFactory.instance.objectNode() : read(validBody);
        byte[] bytes = null;
        for (JsonMutation mutation : mutations) {
            if (bytes == null && mutation.kind.ordinal() < Kind.TRUNCATE.ordinal()) {
                tree = mutation.onTree(tree);
            } else {
                if (bytes == null) {
                    bytes = write(tree);
                }
                bytes = mutation.onBytes(bytes);
            }
        }
        return bytes == null ? write(tree) : bytes;
    }

    private JsonNode onTree(JsonNode root) {
        List<Location> locations = new ArrayList<>();
        locations.add(new Location(null, null, -1, root));
        collect(root, locations);
        Location at = locations.get(Math.floorMod(target, locations.size()));
        JsonNode replacement = switch (kind) {
            case DROP -> null;
            case REPLACE -> value.node();
            case ADD_FIELD -> {
                if (at.node instanceof ObjectNode object) {
                    object.set(value.fieldName(), value.node());
                    yield at.node;
                }
                yield value.node();
            }
            case WRAP_IN_ARRAY -> JsonNodeFactory.instance.arrayNode().add(at.node);
            case WRAP_IN_OBJECT -> JsonNodeFactory.instance.objectNode().set(value.fieldName(), at.node);
            default -> throw new IllegalStateException(kind.name());
        };
        if (at.parent == null) {
            return replacement == null ? JsonNodeFactory.instance.missingNode() : replacement;
        }
        if (at.parent instanceof ObjectNode object) {
            if (replacement == null) {
                object.remove(at.field);
            } else {
                object.set(at.field, replacement);
            }
        } else if (at.parent instanceof ArrayNode array) {
            if (replacement == null) {
                array.remove(at.index);
            } else {
                array.set(at.index, replacement);
            }
        }
        return root;
    }

    private byte[] onBytes(byte[] body) {
        int position = body.length == 0 ? 0 : Math.floorMod(target, body.length + 1);
        return switch (kind) {
            case TRUNCATE -> java.util.Arrays.copyOf(body, position);
            case INSERT_BYTES -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(body, 0, position);
                out.writeBytes(value.bytes());
                out.write(body, position, body.length - position);
                yield out.toByteArray();
            }
            case REPLACE_BODY -> value.bytes();
            default -> body;
        };
    }

    private record Location(ContainerNode<?> parent, String field, int index, JsonNode node) {
    }

    private static void collect(JsonNode node, List<Location> into) {
        if (node instanceof ObjectNode object) {
            Iterator<String> names = object.fieldNames();
            List<String> fields = new ArrayList<>();
            names.forEachRemaining(fields::add);
            for (String field : fields) {
                JsonNode child = object.get(field);
                into.add(new Location(object, field, -1, child));
                collect(child, into);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                into.add(new Location(array, null, i, array.get(i)));
                collect(array.get(i), into);
            }
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("the valid body is not JSON: " + body, e);
        }
    }

    private static byte[] write(JsonNode tree) {
        if (tree.isMissingNode()) {
            return new byte[0];
        }
        try {
            return JSON.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
