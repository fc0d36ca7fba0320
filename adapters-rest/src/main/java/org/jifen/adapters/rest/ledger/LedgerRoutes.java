package org.jifen.adapters.rest.ledger;

import java.util.List;
import org.jifen.adapters.rest.shared.ApiException;
import org.jifen.adapters.rest.shared.ApiReply;
import org.jifen.adapters.rest.shared.HttpMetrics;
import org.jifen.adapters.rest.shared.IdempotentWrites;
import org.jifen.adapters.rest.shared.RouteSet;
import org.jifen.adapters.rest.shared.RouteTable;
import org.jifen.application.port.in.ledger.ClearPointsCommand;
import org.jifen.application.port.in.ledger.ClearPointsUseCase;
import org.jifen.application.port.in.ledger.ClearingResult;
import org.jifen.application.port.in.ledger.GetLedgerUseCase;
import org.jifen.application.port.in.ledger.GetScoreStatementUseCase;
import org.jifen.application.port.in.ledger.LedgerQuery;
import org.jifen.application.port.in.ledger.ScoreStatementQuery;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.PersonId;

/** A person's score statement, their ledger (oldest first), and clearing after fraud (积分清零). */
public final class LedgerRoutes implements RouteSet {

    /** {@code GET …/ledger}: every entry of the person, oldest recorded first. */
    public record LedgerResponse(String personId, List<LedgerEntryResponse> entries) {
    }

    private final GetScoreStatementUseCase statement;
    private final GetLedgerUseCase ledger;
    private final ClearPointsUseCase clear;
    private final IdempotentWrites idempotent;
    private final HttpMetrics metrics;

    public LedgerRoutes(GetScoreStatementUseCase statement, GetLedgerUseCase ledger, ClearPointsUseCase clear,
            IdempotentWrites idempotent, HttpMetrics metrics) {
        this.statement = statement;
        this.ledger = ledger;
        this.clear = clear;
        this.idempotent = idempotent;
        this.metrics = metrics;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get("/api/v1/persons/{personId}/score", call -> ApiReply.ok(ScoreStatementResponse.of(
                statement.statement(new ScoreStatementQuery(call.caller(), PersonId.of(call.path("personId")),
                        DivisionCode.of(call.requiredQuery("district")),
                        call.dateQuery("on").orElseThrow(() -> ApiException.badField("MISSING_PARAMETER", "on",
                                "required")),
                        call.instantQuery("knownAt"))))));
        routes.get("/api/v1/persons/{personId}/ledger", call -> {
            PersonId person = PersonId.of(call.path("personId"));
            List<LedgerEntryResponse> entries = ledger.entries(new LedgerQuery(call.caller(), person)).stream()
                    .map(LedgerEntryResponse::of).toList();
            return ApiReply.ok(new LedgerResponse(person.value(), entries));
        });
        String clearing = "/api/v1/persons/{personId}/clearing";
        routes.post(clearing, idempotent.creating(clearing, call -> {
            ClearingRequest request = call.body(ClearingRequest.class);
            ClearingResult result = clear.clear(new ClearPointsCommand(call.caller(), PersonId.of(call.path("personId")),
                    request.caseNumber(), request.reason()));
            metrics.ledgerPostings(result.entries().size());
            return ApiReply.ok(ClearingResponse.of(result));
        }));
    }
}
