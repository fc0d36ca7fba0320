package org.jifen.adapters.rest.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jifen.adapters.rest.shared.ApiReply;
import org.jifen.adapters.rest.shared.RouteSet;
import org.jifen.adapters.rest.shared.RouteTable;

/** {@code GET /api/v1/openapi.json}: the OpenAPI 3 document maintained beside this class. */
public final class OpenApiRoutes implements RouteSet {

    public static final String RESOURCE = "openapi.json";

    private final JsonNode document;

    public OpenApiRoutes() {
        this.document = load();
    }

    /** The document as shipped. */
    public static JsonNode load() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document is missing from the jar");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document cannot be read", e);
        }
    }

    @Override
    public void register(RouteTable routes) {
        routes.getPublic("/api/v1/openapi.json", call -> ApiReply.ok(document));
    }
}
