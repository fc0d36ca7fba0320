package org.jifen.application.port.in.shared;

import java.util.Objects;

/**
 * The response of a creating write, as a driving adapter renders it: status (2xx), the location of what
 * it created (empty when none) and the body; {@code replayed} when it is the first response answered again.
 */
public record IdempotentResponse(int status, String location, String body, boolean replayed) {

    public IdempotentResponse {
        location = location == null ? "" : location;
        Objects.requireNonNull(body, "body");
    }

    /** A response produced now. */
    public static IdempotentResponse of(int status, String location, String body) {
        return new IdempotentResponse(status, location, body, false);
    }
}
