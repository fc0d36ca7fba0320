package org.jifen.adapters.rest.appeal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jifen.adapters.rest.ledger.LedgerEntryResponse;
import org.jifen.adapters.rest.shared.ApiException;
import org.jifen.adapters.rest.shared.ApiReply;
import org.jifen.adapters.rest.shared.HttpMetrics;
import org.jifen.adapters.rest.shared.IdempotentWrites;
import org.jifen.adapters.rest.shared.Required;
import org.jifen.adapters.rest.shared.RouteSet;
import org.jifen.adapters.rest.shared.RouteTable;
import org.jifen.application.port.in.appeal.DecideAppealCommand;
import org.jifen.application.port.in.appeal.DecideAppealResult;
import org.jifen.application.port.in.appeal.DecideAppealUseCase;
import org.jifen.application.port.in.appeal.FileAppealCommand;
import org.jifen.application.port.in.appeal.FileAppealUseCase;
import org.jifen.domain.appeal.Appeal;
import org.jifen.domain.appeal.AppealId;
import org.jifen.domain.appeal.AppealStatus;
import org.jifen.domain.appeal.Correction;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.IndicatorCode;

/** 复核: file an appeal during the publication period; the department's decision. */
public final class AppealRoutes implements RouteSet {

    private final FileAppealUseCase file;
    private final DecideAppealUseCase decide;
    private final IdempotentWrites idempotent;
    private final HttpMetrics metrics;

    public AppealRoutes(FileAppealUseCase file, DecideAppealUseCase decide, IdempotentWrites idempotent,
            HttpMetrics metrics) {
        this.file = file;
        this.decide = decide;
        this.idempotent = idempotent;
        this.metrics = metrics;
    }

    @Override
    public void register(RouteTable routes) {
        String appeals = "/api/v1/appeals";
        routes.post(appeals, idempotent.creating(appeals, call -> {
            FileAppealRequest request = call.body(FileAppealRequest.class);
            List<String> given = Required.field(request.indicators(), "indicators");
            List<IndicatorCode> indicators = new ArrayList<>();
            for (int i = 0; i < given.size(); i++) {
                indicators.add(IndicatorCode.of(Required.field(given.get(i), "indicators[" + i + "]")));
            }
            Appeal appeal = file.file(new FileAppealCommand(call.caller(),
                    ApplicationId.of(Required.field(request.applicationId(), "applicationId")), indicators,
                    request.reason()));
            return ApiReply.created(AppealResponse.of(appeal, List.of()));
        }));
        routes.post("/api/v1/appeals/{appealId}/decision", call -> {
            DecideAppealRequest request = call.body(DecideAppealRequest.class);
            AppealStatus outcome = Required.oneOf(AppealStatus.class, request.outcome(), "outcome");
            if (outcome == AppealStatus.FILED) {
                throw ApiException.badField("INVALID_FIELD", "outcome", "UPHELD or DISMISSED expected");
            }
            List<DecideAppealRequest.CorrectionJson> given = Optional.ofNullable(request.corrections()).orElse(List.of());
            List<Correction> corrections = new ArrayList<>();
            for (int i = 0; i < given.size(); i++) {
                String at = "corrections[" + i + "].";
                DecideAppealRequest.CorrectionJson correction = Required.field(given.get(i), "corrections[" + i + "]");
                if ((correction.facts() == null) == (correction.points() == null)) {
                    throw ApiException.badField("INVALID_FACTS", at + "facts", "give facts or points, exactly one");
                }
                Facts facts = correction.facts() != null ? correction.facts().toFacts(at + "facts")
                        : new Facts.SetPoints(Required.points(correction.points(), at + "points"));
                corrections.add(new Correction(IndicatorCode.of(Required.field(correction.indicator(),
                        at + "indicator")), facts));
            }
            DecideAppealResult result = decide.decide(new DecideAppealCommand(call.caller(),
                    new AppealId(call.path("appealId")), outcome, corrections, request.reason()));
            metrics.ledgerPostings(result.corrections().size());
            return ApiReply.ok(AppealResponse.of(result.appeal(),
                    result.corrections().stream().map(LedgerEntryResponse::of).toList()));
        });
    }
}
