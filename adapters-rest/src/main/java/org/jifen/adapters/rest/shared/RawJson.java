package org.jifen.adapters.rest.shared;

import java.util.Objects;

/** A response body already serialised as JSON (e.g. the first response kept for an idempotency key). */
public record RawJson(String text) {

    public RawJson {
        Objects.requireNonNull(text, "text");
    }
}
