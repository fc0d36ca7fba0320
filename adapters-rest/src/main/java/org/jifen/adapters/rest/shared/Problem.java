package org.jifen.adapters.rest.shared;

import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem ({@code application/problem+json}): type, title, status, detail, the stable
 * machine {@code code}, the fields at fault, and extension members (e.g. {@code personId} of an existing
 * person, {@code reference} of an internal error).
 */
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors,
        Map<String, String> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = List.copyOf(errors);
        extensions = Map.copyOf(extensions);
    }

    public static Problem of(int status, String code, String detail) {
        return new Problem(typeOf(code), titleOf(status), status, detail, code, List.of(), Map.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, code, fieldErrors, extensions);
    }

    public Problem with(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Problem(type, title, status, detail, code, errors, more);
    }

    /** The JSON members in RFC 9457 order, extensions last; {@code errors} only when there are some. */
    public Map<String, Object> members() {
        Map<String, Object> members = new java.util.LinkedHashMap<>();
        members.put("type", type);
        members.put("title", title);
        members.put("status", status);
        members.put("detail", detail);
        members.put("code", code);
        if (!errors.isEmpty()) {
            members.put("errors", errors);
        }
        extensions.forEach(members::putIfAbsent);
        return members;
    }

    static String typeOf(String code) {
        return "urn:jifen:problem:" + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 411 -> "Length Required";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 503 -> "Service Unavailable";
            default -> "Internal Server Error";
        };
    }
}
