package org.jifen.adapters.rest.shared;

/** One input at fault in a problem's {@code errors}: the field (a JSON path such as {@code claims[0].indicator}) and why. */
public record FieldError(String field, String message) {
}
