package org.jifen.adapters.rest.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.jifen.domain.access.Caller;
import spark.Request;

/**
 * One HTTP call as an endpoint sees it: the authenticated caller, path and query parameters, headers
 * and the JSON body (415 unless the body is declared JSON). Keeps Spark's request out of the routes.
 */
public final class ApiCall {

    private final Request request;
    private final Json json;
    private final Caller caller;

    ApiCall(Request request, Json json, Caller caller) {
        this.request = request;
        this.json = json;
        this.caller = caller;
    }

    /** The authenticated caller (only on routes that require authentication). */
    public Caller caller() {
        if (caller == null) {
            throw new IllegalStateException("this route is public: there is no caller");
        }
        return caller;
    }

    /** A path parameter, by its name in the route ({@code {personId}} → {@code personId}). */
    public String path(String name) {
        return request.params(":" + name);
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(request.queryParams(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    public String requiredQuery(String name) {
        return query(name).orElseThrow(() -> ApiException.badField("MISSING_PARAMETER", name, "required"));
    }

    public Optional<LocalDate> dateQuery(String name) {
        return query(name).map(v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw ApiException.badField("INVALID_PARAMETER", name, "a date YYYY-MM-DD was expected");
            }
        });
    }

    public Optional<Instant> instantQuery(String name) {
        return query(name).map(v -> {
            try {
                return Instant.parse(v);
            } catch (DateTimeParseException e) {
                throw ApiException.badField("INVALID_PARAMETER", name, "an ISO-8601 UTC instant was expected");
            }
        });
    }

    public boolean flag(String name) {
        return query(name).map(v -> {
            if (v.equalsIgnoreCase("true")) {
                return true;
            }
            if (v.equalsIgnoreCase("false")) {
                return false;
            }
            throw ApiException.badField("INVALID_PARAMETER", name, "true or false expected");
        }).orElse(false);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(request.headers(name));
    }

    /** The address of the peer that sent the request: never taken from {@code X-Forwarded-For}. */
    public String clientAddress() {
        return request.ip();
    }

    /** The request's scheme as received ({@code http}): never taken from {@code X-Forwarded-Proto}. */
    public String scheme() {
        return request.scheme();
    }

    /** The {@code Host} the request was sent to: never taken from {@code X-Forwarded-Host}. */
    public String host() {
        return request.host();
    }

    /** The request's path as sent (without the query). */
    public String pathInfo() {
        return request.pathInfo();
    }

    /** A response value as the JSON text the server would send. */
    public String toJson(Object value) {
        return new String(json.write(value), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The body as a JSON array of request records (415/400 as {@link #body}). */
    public <T> java.util.List<T> bodyList(Class<T[]> type) {
        return java.util.Arrays.asList(body(type));
    }

    /** The raw body bytes (already bounded by the server's body limit). */
    public byte[] rawBody() {
        byte[] body = request.bodyAsBytes();
        return body == null ? new byte[0] : body;
    }

    /** The body as a request record: 415 when not declared JSON, 400 when malformed or with unknown fields. */
    public <T> T body(Class<T> type) {
        String contentType = Optional.ofNullable(request.contentType()).orElse("").toLowerCase(Locale.ROOT);
        String mediaType = contentType.split(";", 2)[0].strip();
        if (!mediaType.equals("application/json") && !(mediaType.startsWith("application/") && mediaType.endsWith("+json"))) {
            throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE",
                    "the body must be application/json" + (mediaType.isEmpty() ? "" : ", not " + mediaType));
        }
        if (contentType.contains("charset=") && !contentType.contains("charset=utf-8")) {
            throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE", "the body must be UTF-8");
        }
        return json.read(rawBody(), type);
    }
}
