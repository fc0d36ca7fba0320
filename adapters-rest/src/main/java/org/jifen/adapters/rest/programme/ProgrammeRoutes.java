package org.jifen.adapters.rest.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jifen.adapters.rest.shared.ApiReply;
import org.jifen.adapters.rest.shared.HttpMetrics;
import org.jifen.adapters.rest.shared.IdempotentWrites;
import org.jifen.adapters.rest.shared.Required;
import org.jifen.adapters.rest.shared.RouteSet;
import org.jifen.adapters.rest.shared.RouteTable;
import org.jifen.application.port.in.programme.DefineProgrammeCommand;
import org.jifen.application.port.in.programme.DefineProgrammeUseCase;
import org.jifen.application.port.in.programme.GetRoundUseCase;
import org.jifen.application.port.in.programme.RoundQuery;
import org.jifen.application.port.in.programme.RunRoundCommand;
import org.jifen.application.port.in.programme.RunRoundUseCase;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.programme.Beneficiary;
import org.jifen.domain.programme.PlaceCode;
import org.jifen.domain.programme.Programme;
import org.jifen.domain.programme.ProgrammeCode;
import org.jifen.domain.programme.ProgrammeKind;
import org.jifen.domain.programme.Round;
import org.jifen.domain.programme.RoundCandidate;
import org.jifen.domain.programme.RoundId;
import org.jifen.domain.programme.TieBreak;

/** Programmes (积分应用项目), their allocation rounds, and a stored round. Beneficiary ID numbers are masked. */
public final class ProgrammeRoutes implements RouteSet {

    private final DefineProgrammeUseCase define;
    private final RunRoundUseCase run;
    private final GetRoundUseCase get;
    private final IdempotentWrites idempotent;
    private final HttpMetrics metrics;

    public ProgrammeRoutes(DefineProgrammeUseCase define, RunRoundUseCase run, GetRoundUseCase get,
            IdempotentWrites idempotent, HttpMetrics metrics) {
        this.define = define;
        this.run = run;
        this.get = get;
        this.idempotent = idempotent;
        this.metrics = metrics;
    }

    @Override
    public void register(RouteTable routes) {
        String programmes = "/api/v1/programmes";
        routes.post(programmes, idempotent.creating(programmes, call -> {
            DefineProgrammeRequest request = call.body(DefineProgrammeRequest.class);
            Programme programme = new Programme(new ProgrammeCode(Required.field(request.code(), "code")),
                    Required.oneOf(ProgrammeKind.class, request.kind(), "kind"), request.name(),
                    DivisionCode.of(Required.field(request.district(), "district")),
                    Required.field(request.cutoffDate(), "cutoffDate"), Required.points(request.minScore(), "minScore"),
                    Required.field(request.excludeTrialRun(), "excludeTrialRun"), tieBreaks(request.tieBreaks()),
                    places(Required.field(request.places(), "places"), "places"));
            return ApiReply.created(ProgrammeResponse.of(define.define(new DefineProgrammeCommand(call.caller(),
                    programme))));
        }));
        String rounds = "/api/v1/programmes/{code}/rounds";
        routes.post(rounds, idempotent.creating(rounds, call -> {
            RunRoundRequest request = call.body(RunRoundRequest.class);
            List<RunRoundRequest.CandidateJson> given = Required.field(request.candidates(), "candidates");
            List<RoundCandidate> candidates = new ArrayList<>();
            for (int i = 0; i < given.size(); i++) {
                String at = "candidates[" + i + "].";
                RunRoundRequest.CandidateJson candidate = Required.field(given.get(i), "candidates[" + i + "]");
                RunRoundRequest.BeneficiaryJson beneficiary = Required.field(candidate.beneficiary(), at + "beneficiary");
                candidates.add(new RoundCandidate(PersonId.of(Required.field(candidate.personId(), at + "personId")),
                        new Beneficiary(IdNumber.parse(Required.field(beneficiary.idNumber(), at + "beneficiary.idNumber")),
                                beneficiary.name()),
                        placeCodes(Required.field(candidate.preferences(), at + "preferences")),
                        Set.copyOf(placeCodes(Optional.ofNullable(candidate.catchment()).orElse(List.of())))));
            }
            Round round = run.run(new RunRoundCommand(call.caller(), new ProgrammeCode(call.path("code")), candidates,
                    places(Optional.ofNullable(request.places()).orElse(Map.of()), "places"),
                    Optional.ofNullable(request.knownAt())));
            metrics.roundRun(round.kind().name());
            return ApiReply.created(RoundResponse.of(round), "/api/v1/rounds/" + round.id().value());
        }));
        routes.get("/api/v1/rounds/{roundId}", call -> ApiReply.ok(RoundResponse.of(
                get.round(new RoundQuery(call.caller(), RoundId.of(call.path("roundId")))))));
    }

    private static List<TieBreak> tieBreaks(List<String> given) {
        if (given == null) {
            return TieBreak.DEFAULT_CHAIN;
        }
        List<TieBreak> chain = new ArrayList<>();
        for (String step : given) {
            chain.add(ProgrammeResponse.EARLIER_SUBMISSION.equals(step) ? new TieBreak.EarlierSubmission()
                    : new TieBreak.IndicatorPoints(IndicatorCode.of(Required.field(step, "tieBreaks"))));
        }
        return chain;
    }

    private static Map<PlaceCode, Integer> places(Map<String, Integer> given, String field) {
        Map<PlaceCode, Integer> places = new LinkedHashMap<>();
        given.forEach((code, seats) -> places.put(new PlaceCode(code), Required.field(seats, field + "." + code)));
        return places;
    }

    private static List<PlaceCode> placeCodes(List<String> codes) {
        return codes.stream().map(PlaceCode::new).toList();
    }
}
