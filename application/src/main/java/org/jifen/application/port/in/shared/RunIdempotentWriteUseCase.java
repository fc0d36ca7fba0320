package org.jifen.application.port.in.shared;

import java.util.function.Supplier;

/**
 * 幂等写入 (INTERFACES.md: {@code Idempotency-Key}): runs a creating write and keeps its response under
 * the caller's key for the route, in one transaction with the write itself — the write and its key are
 * kept together or not at all. The same key with the same request answers the first response again
 * (status and body, {@code replayed}) and writes nothing; with another request it is refused with
 * {@code IDEMPOTENCY_CONFLICT}. A write that fails keeps no key, so it may be retried. Keys are scoped
 * per caller subject and route. The write itself authorizes its caller, as every use case does.
 */
public interface RunIdempotentWriteUseCase {

    IdempotentResponse run(IdempotentWriteCommand command, Supplier<IdempotentResponse> write);
}
