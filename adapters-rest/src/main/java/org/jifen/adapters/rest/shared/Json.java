package org.jifen.adapters.rest.shared;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;

/**
 * The adapter's JSON: java.time as ISO strings, unknown fields refused (naming the field), numbers
 * never coerced into enums or text into numbers silently. Responses are records of this adapter;
 * domain types are never serialised straight.
 */
public final class Json {

    private final ObjectMapper mapper;

    public Json() {
        this.mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** Parses a request body; malformed JSON, unknown fields and wrong types are 400 with the field named. */
    public <T> T read(byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            throw new ApiException(400, "MISSING_BODY", "a JSON body is required");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw new ApiException(400, "MISSING_BODY", "a JSON body is required");
            }
            return value;
        } catch (StreamConstraintsException tooComplex) {
            throw tooComplex(tooComplex);
        } catch (UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            throw new ApiException(400, "UNKNOWN_FIELD", "unknown field: " + field,
                    List.of(new FieldError(field, "unknown field")));
        } catch (MismatchedInputException mismatch) {
            String field = path(mismatch);
            String message = "a " + simpleName(mismatch.getTargetType()) + " was expected";
            throw new ApiException(400, "INVALID_FIELD", field + ": " + message, List.of(new FieldError(field, message)));
        } catch (JsonMappingException mapping) {
            Throwable cause = mapping.getCause();
            if (cause instanceof org.jifen.domain.shared.DomainException domain) {
                throw domain;
            }
            if (cause instanceof StreamConstraintsException tooComplex) {
                throw tooComplex(tooComplex);
            }
            if (cause instanceof com.fasterxml.jackson.core.JsonParseException malformed) {
                // a syntax error inside a list or an object Jackson was binding: still not well-formed JSON
                throw malformed(malformed);
            }
            String field = path(mapping);
            throw new ApiException(400, "INVALID_FIELD", field + ": not a valid value",
                    List.of(new FieldError(field, "not a valid value")));
        } catch (JsonProcessingException malformed) {
            throw malformed(malformed);
        } catch (java.io.IOException io) {
            throw new ApiException(400, "MALFORMED_JSON", "the body could not be read");
        }
    }

    /** Not well-formed: where, when the parser knows it (a failure found past the input has no location). */
    private static ApiException malformed(JsonProcessingException malformed) {
        JsonLocation at = malformed.getLocation();
        return new ApiException(400, "MALFORMED_JSON", "the body is not well-formed JSON"
                + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    }

    /** Beyond the parser's limits (nesting depth, number or text length): which limit, never the content. */
    private static ApiException tooComplex(StreamConstraintsException tooComplex) {
        return new ApiException(400, "JSON_TOO_COMPLEX", "the body goes beyond the JSON limits: "
                + tooComplex.getOriginalMessage());
    }

    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable: " + e.getOriginalMessage(), e);
        }
    }

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (java.time.LocalDate.class.equals(type)) {
            return "date (YYYY-MM-DD)";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        if (type.isRecord() || java.util.Map.class.isAssignableFrom(type)) {
            return "object";
        }
        return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    /** The JSON path of a mapping failure: {@code claims[0].indicator}. */
    static String path(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : failure.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "$" : path.toString();
    }
}
