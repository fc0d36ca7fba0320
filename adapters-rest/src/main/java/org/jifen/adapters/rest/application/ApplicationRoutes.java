package org.jifen.adapters.rest.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jifen.adapters.rest.ledger.LedgerEntryResponse;
import org.jifen.adapters.rest.shared.ApiException;
import org.jifen.adapters.rest.shared.FieldError;
import org.jifen.adapters.rest.shared.HttpMetrics;
import org.jifen.adapters.rest.shared.IdempotentWrites;
import org.jifen.adapters.rest.shared.ApiReply;
import org.jifen.adapters.rest.shared.Required;
import org.jifen.adapters.rest.shared.RouteSet;
import org.jifen.adapters.rest.shared.RouteTable;
import org.jifen.application.port.in.application.ApplicationQuery;
import org.jifen.application.port.in.application.ClaimRequest;
import org.jifen.application.port.in.application.GetApplicationUseCase;
import org.jifen.application.port.in.application.PublishApplicationCommand;
import org.jifen.application.port.in.application.PublishApplicationResult;
import org.jifen.application.port.in.application.PublishApplicationUseCase;
import org.jifen.application.port.in.application.SubmitApplicationCommand;
import org.jifen.application.port.in.application.SubmitApplicationUseCase;
import org.jifen.application.port.in.review.ClaimOutcome;
import org.jifen.application.port.in.review.DecideClaimCommand;
import org.jifen.application.port.in.review.DecideClaimUseCase;
import org.jifen.application.port.in.review.GiveSecondApprovalCommand;
import org.jifen.application.port.in.review.GiveSecondApprovalResult;
import org.jifen.application.port.in.review.GiveSecondApprovalUseCase;
import org.jifen.application.port.in.review.RecordDeductionCommand;
import org.jifen.application.port.in.review.RecordDeductionResult;
import org.jifen.application.port.in.review.RecordDeductionUseCase;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.application.Channel;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.application.VerificationMethod;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.InvalidFactsException;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.InvalidValueException;
import org.jifen.domain.shared.Points;

/**
 * Applications: submit (an {@code Idempotency-Key} makes a resubmission return the first application;
 * the same key with other content is 409 {@code IDEMPOTENCY_CONFLICT}, stored durably by the application's
 * repository), read, decide a claim, publish; record a penalty event (扣分, with {@code Idempotency-Key});
 * the second approval (双人复核) of a claim decision or of a penalty event — extensions of INTERFACES.md.
 */
public final class ApplicationRoutes implements RouteSet {

    private final SubmitApplicationUseCase submit;
    private final GetApplicationUseCase get;
    private final DecideClaimUseCase decide;
    private final PublishApplicationUseCase publish;
    private final RecordDeductionUseCase deduct;
    private final GiveSecondApprovalUseCase secondApproval;
    private final IdempotentWrites idempotent;
    private final HttpMetrics metrics;

    public ApplicationRoutes(SubmitApplicationUseCase submit, GetApplicationUseCase get, DecideClaimUseCase decide,
            PublishApplicationUseCase publish, RecordDeductionUseCase deduct, GiveSecondApprovalUseCase secondApproval,
            IdempotentWrites idempotent, HttpMetrics metrics) {
        this.submit = submit;
        this.get = get;
        this.decide = decide;
        this.publish = publish;
        this.deduct = deduct;
        this.secondApproval = secondApproval;
        this.idempotent = idempotent;
        this.metrics = metrics;
    }

    @Override
    public void register(RouteTable routes) {
        routes.post("/api/v1/applications", call -> {
            SubmitApplicationRequest request = call.body(SubmitApplicationRequest.class);
            List<ClaimRequest> claims = new ArrayList<>();
            List<SubmitApplicationRequest.ClaimJson> given = Optional.ofNullable(request.claims()).orElse(List.of());
            for (int i = 0; i < given.size(); i++) {
                SubmitApplicationRequest.ClaimJson claim = Required.field(given.get(i), "claims[" + i + "]");
                String at = "claims[" + i + "].";
                claims.add(new ClaimRequest(IndicatorCode.of(Required.field(claim.indicator(), at + "indicator")),
                        Required.field(claim.facts(), at + "facts").toFacts(at + "facts"),
                        evidence(claim.evidence(), at + "evidence")));
            }
            PointsApplication application = submit.submit(new SubmitApplicationCommand(call.caller(),
                    call.header("Idempotency-Key"), PersonId.of(Required.field(request.personId(), "personId")),
                    DivisionCode.of(Required.field(request.district(), "district")),
                    enumOf(Channel.class, Required.field(request.channel(), "channel"), "channel"), claims));
            return ApiReply.created(PointsApplicationResponse.of(application),
                    "/api/v1/applications/" + application.id().value());
        });
        routes.get("/api/v1/applications/{applicationId}", call -> ApiReply.ok(PointsApplicationResponse.of(
                get.get(new ApplicationQuery(call.caller(), ApplicationId.of(call.path("applicationId")))))));
        routes.post("/api/v1/applications/{applicationId}/claims/{indicator}/decision", call -> {
            DecideClaimRequest request = call.body(DecideClaimRequest.class);
            ClaimOutcome outcome = enumOf(ClaimOutcome.class, Required.field(request.outcome(), "outcome"), "outcome");
            if (request.facts() != null && request.points() != null) {
                throw ApiException.badField("INVALID_FACTS", "points", "give facts or points, not both");
            }
            Optional<Facts> facts = Optional.ofNullable(request.facts()).map(f -> f.toFacts("facts"))
                    .or(() -> Optional.ofNullable(request.points()).map(p -> new Facts.SetPoints(Points.parse(p))));
            PointsApplication application = decide.decide(new DecideClaimCommand(call.caller(),
                    ApplicationId.of(call.path("applicationId")), IndicatorCode.of(call.path("indicator")), outcome,
                    facts, Optional.ofNullable(request.reason()),
                    Optional.ofNullable(request.method()).map(m -> enumOf(VerificationMethod.class, m, "method"))));
            return ApiReply.ok(PointsApplicationResponse.of(application));
        });
        routes.post("/api/v1/applications/{applicationId}/publish", call -> {
            PublishApplicationResult result = publish.publishAndPost(new PublishApplicationCommand(call.caller(),
                    ApplicationId.of(call.path("applicationId"))));
            metrics.ledgerPostings(result.posted().size());
            return ApiReply.ok(PointsApplicationResponse.of(result.application()));
        });
        String deductions = "/api/v1/applications/{applicationId}/deductions";
        routes.post(deductions, idempotent.creating(deductions, call -> {
            RecordDeductionRequest request = call.body(RecordDeductionRequest.class);
            RecordDeductionRequest.EventJson event = Required.field(request.event(), "event");
            RecordDeductionResult result;
            try {
                result = deduct.record(new RecordDeductionCommand(call.caller(),
                        ApplicationId.of(call.path("applicationId")),
                        IndicatorCode.of(Required.field(request.indicator(), "indicator")),
                        Optional.ofNullable(event.level()), Required.field(event.ref(), "event.ref"),
                        Required.field(event.date(), "event.date"),
                        Required.oneOf(VerificationMethod.class, request.method(), "method")));
            } catch (InvalidValueException invalid) {
                if (invalid.field().equals("level") || invalid.field().equals("eventRef")) {
                    String field = invalid.field().equals("level") ? "event.level" : "event.ref";
                    throw new ApiException(400, invalid.code(), field + ": " + invalid.getMessage(),
                            List.of(new FieldError(field, invalid.getMessage())));
                }
                throw invalid;
            } catch (InvalidFactsException invalid) {
                throw new ApiException(400, invalid.code(), "event.level: " + invalid.getMessage(),
                        List.of(new FieldError("event.level", invalid.getMessage())));
            }
            metrics.ledgerPostings(result.posted().isPresent() ? 1 : 0);
            String id = result.application().id().value();
            return ApiReply.created(new DeductionResultResponse(PointsApplicationResponse.of(result.application()),
                    PointsApplicationResponse.deduction(result.deduction()),
                    result.posted().map(LedgerEntryResponse::of).orElse(null)), "/api/v1/applications/" + id);
        }));
        routes.post("/api/v1/applications/{applicationId}/claims/{indicator}/second-approval", call -> approved(
                secondApproval.approve(GiveSecondApprovalCommand.forClaim(call.caller(),
                        ApplicationId.of(call.path("applicationId")), IndicatorCode.of(call.path("indicator"))))));
        routes.post("/api/v1/applications/{applicationId}/deductions/{eventRef}/second-approval", call -> approved(
                secondApproval.approve(GiveSecondApprovalCommand.forDeduction(call.caller(),
                        ApplicationId.of(call.path("applicationId")), call.path("eventRef")))));
    }

    private ApiReply approved(GiveSecondApprovalResult result) {
        metrics.ledgerPostings(result.posted().isPresent() ? 1 : 0);
        return ApiReply.ok(new DeductionResultResponse(PointsApplicationResponse.of(result.application()), null,
                result.posted().map(LedgerEntryResponse::of).orElse(null)));
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        return Required.oneOf(type, value, field);
    }

    /** The evidence references of a claim: none when absent; a null reference is a missing field (named). */
    private static List<String> evidence(List<String> given, String at) {
        List<String> evidence = new ArrayList<>();
        List<String> references = Optional.ofNullable(given).orElse(List.of());
        for (int j = 0; j < references.size(); j++) {
            evidence.add(Required.field(references.get(j), at + "[" + j + "]"));
        }
        return evidence;
    }
}
