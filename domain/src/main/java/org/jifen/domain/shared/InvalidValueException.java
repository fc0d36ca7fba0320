package org.jifen.domain.shared;

/**
 * A value that cannot exist: a malformed division code, an amount with three decimals, a negative
 * cap. The field is named so that the caller can point at the input that caused it.
 */
public final class InvalidValueException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidValueException(String code, String field, String message) {
        super(code, field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
