package org.jifen.adapters.rest.shared;

import java.io.IOException;
import java.time.Duration;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * The security headers of every response, set before any handler runs, so refusals (401, 404, 405, 411,
 * 413, 429, 500) carry them as well: {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY},
 * a {@code Content-Security-Policy} that allows nothing (the API serves no page), {@code Referrer-Policy:
 * no-referrer}; {@code Cache-Control: no-store} on {@code /api/v1} (personal data must not be kept by
 * proxies or browsers); {@code Strict-Transport-Security} only when configured (TLS terminates at the
 * district's proxy).
 */
final class SecurityHeadersHandler extends HandlerWrapper {

    static final String API_PREFIX = "/api/v1";

    private final String strictTransportSecurity;

    SecurityHeadersHandler(Duration strictTransportSecurity) {
        this.strictTransportSecurity = strictTransportSecurity.isZero() ? null
                : "max-age=" + strictTransportSecurity.toSeconds();
    }

    @Override
    public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
            throws IOException, javax.servlet.ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (target.equals(API_PREFIX) || target.startsWith(API_PREFIX + "/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (strictTransportSecurity != null) {
            response.setHeader("Strict-Transport-Security", strictTransportSecurity);
        }
        super.handle(target, base, request, response);
    }
}
