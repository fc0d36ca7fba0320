package org.jifen.adapters.rest.shared;

import java.util.Map;

/** What an endpoint answers: the status, a response record (serialised as JSON) and extra headers. */
public record ApiReply(int status, Object body, Map<String, String> headers) {

    public ApiReply {
        headers = Map.copyOf(headers);
    }

    public static ApiReply ok(Object body) {
        return new ApiReply(200, body, Map.of());
    }

    /** 201 for something created that has no resource of its own to read back. */
    public static ApiReply created(Object body) {
        return new ApiReply(201, body, Map.of());
    }

    public static ApiReply created(Object body, String location) {
        return new ApiReply(201, body, Map.of("Location", location));
    }
}
