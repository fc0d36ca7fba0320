package org.jifen.adapters.rest.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * Checks every request's framing before anything reads its body. A chunked body is refused with 411
 * and {@code Connection: close}: Jetty 9.4.58 can be made to smuggle a request through chunk extensions
 * (CVE-2026-2332), so chunked bodies are never parsed and the connection is not reused. A declared
 * {@code Content-Length} above the limit is refused with 413 (Spark reads whole bodies into memory),
 * also closing the connection so the unread body is never parsed as a next request.
 */
final class RequestGuardHandler extends HandlerWrapper {

    private final long maxBodyBytes;
    private final Json json;

    RequestGuardHandler(long maxBodyBytes, Json json) {
        this.maxBodyBytes = maxBodyBytes;
        this.json = json;
    }

    @Override
    public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
            throws IOException, javax.servlet.ServletException {
        if (request.getHeader("Transfer-Encoding") != null) {
            refuse(base, response, Problem.of(411, "LENGTH_REQUIRED",
                    "chunked request bodies are not accepted; send the body with a Content-Length"));
            return;
        }
        long length = request.getContentLengthLong();
        if (length > maxBodyBytes) {
            refuse(base, response, Problem.of(413, "BODY_TOO_LARGE",
                    "the body is larger than " + maxBodyBytes + " bytes"));
            return;
        }
        super.handle(target, base, request, response);
    }

    private void refuse(Request base, HttpServletResponse response, Problem problem) throws IOException {
        base.setHandled(true);
        byte[] body = new String(json.write(problem.members()), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
        response.setStatus(problem.status());
        response.setHeader("Connection", "close");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
