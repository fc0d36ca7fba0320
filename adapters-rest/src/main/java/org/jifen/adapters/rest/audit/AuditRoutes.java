package org.jifen.adapters.rest.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jifen.adapters.rest.shared.ApiReply;
import org.jifen.adapters.rest.shared.RouteSet;
import org.jifen.adapters.rest.shared.RouteTable;
import org.jifen.application.port.in.audit.AuditEventsQuery;
import org.jifen.application.port.in.audit.AuditVerification;
import org.jifen.application.port.in.audit.ReadAuditLogUseCase;
import org.jifen.application.port.in.audit.VerifyAuditChainUseCase;
import org.jifen.application.port.out.audit.AuditQuery;

/** The audit log (AUDITOR): events by subject, actor and time range [from, to); the hash chain verified. */
public final class AuditRoutes implements RouteSet {

    /** {@code GET /api/v1/audit}: the events, oldest first. */
    public record AuditEventsResponse(List<AuditEventResponse> events) {
    }

    /** {@code GET /api/v1/audit/verify}: valid and how many events, or where the chain breaks and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VerificationResponse(boolean valid, long events, Long firstBrokenSequence, String problem) {
    }

    private final ReadAuditLogUseCase read;
    private final VerifyAuditChainUseCase verify;

    public AuditRoutes(ReadAuditLogUseCase read, VerifyAuditChainUseCase verify) {
        this.read = read;
        this.verify = verify;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get("/api/v1/audit", call -> ApiReply.ok(new AuditEventsResponse(read.events(new AuditEventsQuery(
                call.caller(), new AuditQuery(call.query("subject"), call.query("actor"), call.instantQuery("from"),
                        call.instantQuery("to")))).stream().map(AuditEventResponse::of).toList())));
        routes.get("/api/v1/audit/verify", call -> {
            AuditVerification result = verify.verify(call.caller());
            return ApiReply.ok(new VerificationResponse(result.valid(), result.events(),
                    result.firstBrokenSequence().orElse(null), result.problem().orElse(null)));
        });
    }
}
