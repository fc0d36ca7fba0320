package org.jifen.adapters.rest.shared;

import java.util.List;
import java.util.Objects;

/**
 * A request the adapter itself refuses before any use case runs (no or bad token, a body that is not
 * JSON, an unknown field, a malformed value): its HTTP status, a stable code and the fields at fault.
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient List<FieldError> errors;

    public ApiException(int status, String code, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.errors = List.copyOf(errors);
    }

    public ApiException(int status, String code, String detail) {
        this(status, code, detail, List.of());
    }

    /** 400 with one field named. */
    public static ApiException badField(String code, String field, String message) {
        return new ApiException(400, code, field + ": " + message, List.of(new FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
