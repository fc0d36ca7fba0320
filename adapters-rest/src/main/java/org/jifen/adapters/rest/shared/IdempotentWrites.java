package org.jifen.adapters.rest.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jifen.application.port.in.shared.IdempotentResponse;
import org.jifen.application.port.in.shared.IdempotentWriteCommand;
import org.jifen.application.port.in.shared.RunIdempotentWriteUseCase;

/**
 * {@code Idempotency-Key} on creating writes (INTERFACES.md): a write sent with the header runs through
 * {@link RunIdempotentWriteUseCase}, which keeps its response under the key in the write's own transaction.
 * The key is scoped per caller subject and route ({@code POST /api/v1/persons/{personId}/household}); the
 * request's fingerprint is the SHA-256 of its path and body bytes. The same key and request answer the first
 * response again (status, body, {@code Location}) with {@code Idempotent-Replayed: true}; the same key with
 * another request is 409 {@code IDEMPOTENCY_CONFLICT}. A write that fails keeps no key.
 */
public final class IdempotentWrites {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final RunIdempotentWriteUseCase useCase;

    public IdempotentWrites(RunIdempotentWriteUseCase useCase) {
        this.useCase = useCase;
    }

    /** The endpoint of a creating write on {@code POST path}, idempotent when the request carries a key. */
    public Endpoint creating(String path, Endpoint write) {
        String scope = "POST " + path;
        return call -> {
            Optional<String> key = call.header(HEADER);
            if (key.isEmpty()) {
                return write.handle(call);
            }
            IdempotentResponse response = useCase.run(
                    new IdempotentWriteCommand(call.caller(), scope, key.get(), fingerprint(call)), () -> {
                        ApiReply reply = write.handle(call);
                        return IdempotentResponse.of(reply.status(), reply.headers().getOrDefault("Location", ""),
                                call.toJson(reply.body()));
                    });
            Map<String, String> headers = new LinkedHashMap<>();
            if (!response.location().isEmpty()) {
                headers.put("Location", response.location());
            }
            if (response.replayed()) {
                headers.put(REPLAYED_HEADER, "true");
            }
            return new ApiReply(response.status(), new RawJson(response.body()), headers);
        };
    }

    /** SHA-256 (hex) of the request's path and body: tells a repeat from another request under the same key. */
    static String fingerprint(ApiCall call) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(call.pathInfo().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(call.rawBody());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
