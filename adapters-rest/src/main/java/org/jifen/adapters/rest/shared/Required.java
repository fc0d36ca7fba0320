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
}
