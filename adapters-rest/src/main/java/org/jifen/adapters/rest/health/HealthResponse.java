package org.jifen.adapters.rest.health;

/** {@code {"status":"UP","database":{"status":"UP"}}}. */
public record HealthResponse(String status, Component database) {

    /** One checked component. */
    public record Component(String status) {
    }
}
