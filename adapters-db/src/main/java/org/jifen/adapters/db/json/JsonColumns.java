package org.jifen.adapters.db.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jifen.adapters.db.StorageException;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.shared.Points;

/**
 * The JSON text of the columns that hold structured values: declared or found {@link Facts} and lists
 * of strings (evidence references, indicator and place codes), written and read with Jackson.
 *
 * <p>Facts are an object with a {@code kind} and the fields of that kind. Quantities and points are
 * JSON strings ({@code "13.5"}, {@code "8.50"}), never JSON numbers, so that a quantity comes back
 * with its scale ({@code 61} stays {@code 61}, {@code 61.0} stays {@code 61.0}); dates are ISO text.
 * What cannot be read back is a {@code STORAGE_FAILURE} naming the column, never a parser's message.
 */
public final class JsonColumns {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    static final String QUANTITY = "QUANTITY";
    static final String SPAN = "SPAN";
    static final String LEVEL_HELD = "LEVEL_HELD";
    static final String EVENTS = "EVENTS";
    static final String HOLDING = "HOLDING";
    static final String SET_POINTS = "SET_POINTS";
    static final String BIRTH_DATE = "BIRTH_DATE";

    private JsonColumns() {
    }

    /** The JSON text of facts. */
    public static String facts(Facts facts) {
        ObjectNode node = MAPPER.createObjectNode();
        if (facts instanceof Facts.Quantity quantity) {
            node.put("kind", QUANTITY).put("amount", quantity.amount().toString());
        } else if (facts instanceof Facts.Span span) {
            node.put("kind", SPAN).put("from", span.from().toString()).put("to", span.to().toString());
        } else if (facts instanceof Facts.LevelHeld level) {
            node.put("kind", LEVEL_HELD).put("level", level.level());
        } else if (facts instanceof Facts.Events events) {
            node.put("kind", EVENTS);
            ArrayNode list = node.putArray("events");
            for (Facts.Event event : events.events()) {
                list.addObject().put("level", event.level()).put("ref", event.ref());
            }
        } else if (facts instanceof Facts.Holding holding) {
            node.put("kind", HOLDING).put("held", holding.held());
        } else if (facts instanceof Facts.SetPoints points) {
            node.put("kind", SET_POINTS).put("points", points.points().toString());
        } else if (facts instanceof Facts.BirthDate birth) {
            node.put("kind", BIRTH_DATE).put("date", birth.date().toString());
        } else {
            throw new IllegalArgumentException("facts of an unknown kind: " + facts.getClass().getName());
        }
        return write(node);
    }

    /** Facts read back from their JSON text; {@code column} names where they were stored, for errors. */
    public static Facts facts(String json, String column) {
        JsonNode node = read(json, column);
        try {
            String kind = text(node, "kind");
            return switch (kind) {
                case QUANTITY -> new Facts.Quantity(new BigDecimal(text(node, "amount")));
                case SPAN -> new Facts.Span(LocalDate.parse(text(node, "from")), LocalDate.parse(text(node, "to")));
                case LEVEL_HELD -> new Facts.LevelHeld(text(node, "level"));
                case EVENTS -> {
                    List<Facts.Event> events = new ArrayList<>();
                    JsonNode list = node.get("events");
                    if (list == null || !list.isArray()) {
                        throw unreadable(column);
                    }
                    for (JsonNode event : list) {
                        events.add(new Facts.Event(text(event, "level"), text(event, "ref")));
                    }
                    yield new Facts.Events(events);
                }
                case HOLDING -> {
                    JsonNode held = node.get("held");
                    if (held == null || !held.isBoolean()) {
                        throw unreadable(column);
                    }
                    yield new Facts.Holding(held.booleanValue());
                }
                case SET_POINTS -> new Facts.SetPoints(Points.parse(text(node, "points")));
                case BIRTH_DATE -> new Facts.BirthDate(LocalDate.parse(text(node, "date")));
                default -> throw unreadable(column);
            };
        } catch (MissingField | NumberFormatException | DateTimeParseException e) {
            throw unreadable(column);
        }
    }

    /** The JSON text of a list of strings, in its order. */
    public static String strings(List<String> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(array::add);
        return write(array);
    }

    /** A list of strings read back from its JSON text. */
    public static List<String> strings(String json, String column) {
        try {
            List<String> values = MAPPER.readValue(json, STRINGS);
            if (values == null || values.contains(null)) {
                throw unreadable(column);
            }
            return values;
        } catch (JsonProcessingException e) {
            throw unreadable(column);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new MissingField();
        }
        return value.textValue();
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings cannot fail to serialise", e);
        }
    }

    private static JsonNode read(String json, String column) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || !node.isObject()) {
                throw unreadable(column);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw unreadable(column);
        }
    }

    private static StorageException unreadable(String column) {
        return new StorageException("STORAGE_FAILURE", "the stored value of " + column + " cannot be read");
    }

    /** A field of a stored JSON object is missing or of the wrong type. */
    private static final class MissingField extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingField() {
            super(null, null, false, false);
        }
    }
}
