package org.jifen.adapters.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jifen.adapters.rest.RestServerFixture;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    @Test
    void everyRegisteredRouteIsDocumented_andEveryDocumentedRouteExists() {
        try (RestServerFixture api = RestServerFixture.start()) {
            JsonNode served = RestServerFixture.json(api.get("/api/v1/openapi.json", null));
            Set<String> documented = new TreeSet<>();
            for (Iterator<String> paths = served.get("paths").fieldNames(); paths.hasNext(); ) {
                String path = paths.next();
                served.get("paths").get(path).fieldNames().forEachRemaining(
                        method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path));
            }
            Set<String> registered = api.server().routes().stream()
                    .map(r -> r.method() + " " + r.path())
                    .collect(Collectors.toCollection(TreeSet::new));

            assertThat(served.get("openapi").asText()).startsWith("3.");
            assertThat(documented).isEqualTo(registered);
        }
    }
}
