package org.jifen.adapters.rest.shared;

/** A request member that must be present: 400 {@code MISSING_FIELD} naming it otherwise. */
public final class Required {

    private Required() {
    }

    public static <T> T field(T value, String field) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw ApiException.badField("MISSING_FIELD", field, "required");
        }
        return value;
    }

    /** A required enum member: 400 {@code MISSING_FIELD} when absent, {@code INVALID_FIELD} naming the values otherwise. */
    public static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field) {
        String given = field(value, field);
        try {
            return Enum.valueOf(type, given);
        } catch (IllegalArgumentException e) {
            throw ApiException.badField("INVALID_FIELD", field,
                    "one of " + java.util.Arrays.toString(type.getEnumConstants()) + " expected");
        }
    }

    /** Points as a decimal string ({@code "12.50"}): 400 {@code INVALID_POINTS} naming the field otherwise. */
    public static org.jifen.domain.shared.Points points(String value, String field) {
        String given = field(value, field);
        try {
            return org.jifen.domain.shared.Points.parse(given);
        } catch (org.jifen.domain.shared.InvalidValueException e) {
            throw ApiException.badField("INVALID_POINTS", field, "a decimal with at most two places expected ("
                    + "\"12.50\")");
        }
    }
}
