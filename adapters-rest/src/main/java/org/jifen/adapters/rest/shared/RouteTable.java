package org.jifen.adapters.rest.shared;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jifen.domain.access.Caller;
import spark.Request;
import spark.Response;
import spark.Service;

/**
 * Every route the server answers, registered on Spark through this table only. Each route is wrapped
 * the same way: authenticate (unless public), run the endpoint, write JSON, map any failure to a problem
 * (so Spark's HTML error page can never answer), record the metrics. The table also answers unknown
 * routes (404) and known paths with another method (405 with {@code Allow}) as problems, and lists the
 * routes for the OpenAPI document's test.
 */
public final class RouteTable {

    public static final String JSON = "application/json;charset=utf-8";

    /** One registered route: method, path template ({@code /api/v1/persons/{personId}}), public or not. */
    public record Route(String method, String path, boolean isPublic) {

        Pattern pattern() {
            return Pattern.compile(Pattern.quote(path).replaceAll("\\{[A-Za-z]+\\}", "\\\\E[^/]+\\\\Q"));
        }
    }

    private final Service spark;
    private final Json json;
    private final BearerTokens tokens;
    private final HttpMetrics metrics;
    private final List<Route> routes = new ArrayList<>();

    RouteTable(Service spark, Json json, BearerTokens tokens, HttpMetrics metrics) {
        this.spark = spark;
        this.json = json;
        this.tokens = tokens;
        this.metrics = metrics;
    }

    /** A route that needs a bearer token. */
    public void get(String path, Endpoint endpoint) {
        add("GET", path, false, endpoint);
    }

    public void post(String path, Endpoint endpoint) {
        add("POST", path, false, endpoint);
    }

    /** A route anyone may call (health, the OpenAPI document, metrics). */
    public void getPublic(String path, Endpoint endpoint) {
        add("GET", path, true, endpoint);
    }

    /** A public route answering plain text (e.g. Prometheus) rather than JSON. */
    public void getText(String path, String contentType, java.util.function.Supplier<String> text) {
        Route route = new Route("GET", path, true);
        routes.add(route);
        spark.get(sparkPath(path), (request, response) -> {
            long start = System.nanoTime();
            try {
                response.type(contentType);
                response.status(200);
                return text.get();
            } catch (Throwable failure) {
                return problem(response, ProblemMapping.toProblem(failure));
            } finally {
                metrics.record("GET", path, response.status(), java.time.Duration.ofNanos(System.nanoTime() - start));
            }
        });
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    private void add(String method, String path, boolean isPublic, Endpoint endpoint) {
        Route route = new Route(method, path, isPublic);
        if (routes.stream().anyMatch(r -> r.method().equals(method) && r.path().equals(path))) {
            throw new IllegalStateException("route registered twice: " + method + " " + path);
        }
        routes.add(route);
        spark.Route handler = (request, response) -> handle(route, endpoint, request, response);
        switch (method) {
            case "GET" -> spark.get(sparkPath(path), handler);
            case "POST" -> spark.post(sparkPath(path), handler);
            default -> throw new IllegalArgumentException("method " + method);
        }
    }

    private Object handle(Route route, Endpoint endpoint, Request request, Response response) {
        long start = System.nanoTime();
        try {
            // read the whole body (bounded by the body limit) even where the route takes none or refuses first:
            // an answer sent over an unread body made Jetty cut the connection while the client was still sending
            request.bodyAsBytes();
            Caller caller = route.isPublic() ? null : tokens.authenticate(request.headers("Authorization"));
            ApiReply reply = endpoint.handle(new ApiCall(request, json, caller));
            response.status(reply.status());
            reply.headers().forEach(response::header);
            if (reply.body() == null) {
                return "";
            }
            response.type(JSON);
            if (reply.body() instanceof RawJson raw) {
                return raw.text();
            }
            return new String(json.write(reply.body()), StandardCharsets.UTF_8);
        } catch (Throwable failure) {
            return problem(response, ProblemMapping.toProblem(failure));
        } finally {
            metrics.record(route.method(), route.path(), response.status(),
                    java.time.Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private String problem(Response response, Problem problem) {
        response.status(problem.status());
        response.type(Problem.MEDIA_TYPE);
        if (problem.status() == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return new String(json.write(problem.members()), StandardCharsets.UTF_8);
    }

    /** Unmatched requests: 405 with {@code Allow} when the path exists under another method, else 404. */
    void installFallbacks() {
        spark.notFound((request, response) -> {
            long start = System.nanoTime();
            String path = request.pathInfo();
            TreeSet<String> allowed = routes.stream()
                    .filter(r -> r.pattern().matcher(path).matches())
                    .map(Route::method)
                    .collect(Collectors.toCollection(TreeSet::new));
            try {
                if (!allowed.isEmpty()) {
                    response.header("Allow", String.join(", ", allowed));
                    return problem(response, Problem.of(405, "METHOD_NOT_ALLOWED",
                            request.requestMethod() + " is not allowed here; use " + String.join(" or ", allowed)));
                }
                return problem(response, Problem.of(404, "NOT_FOUND", "no such resource"));
            } finally {
                metrics.record(request.requestMethod(), allowed.isEmpty() ? "unmatched" : "method-not-allowed",
                        response.status(), java.time.Duration.ofNanos(System.nanoTime() - start));
            }
        });
        spark.internalServerError((request, response) -> problem(response, ProblemMapping.toProblem(
                new IllegalStateException("Spark internal error on " + request.requestMethod()))));
        spark.exception(Exception.class, (failure, request, response) -> response.body(
                problem(response, ProblemMapping.toProblem(failure))));
    }

    private static String sparkPath(String template) {
        return template.replaceAll("\\{([A-Za-z]+)\\}", ":$1");
    }

}
