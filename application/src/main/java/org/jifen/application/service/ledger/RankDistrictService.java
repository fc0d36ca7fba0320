package org.jifen.application.service.ledger;

import java.time.Instant;
import org.jifen.application.port.in.ledger.DistrictRanking;
import org.jifen.application.port.in.ledger.DistrictRankingQuery;
import org.jifen.application.port.in.ledger.RankDistrictUseCase;
import org.jifen.application.port.out.ledger.UsableScoreQuery;
import org.jifen.application.port.out.shared.Clock;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Role;
import org.jifen.domain.jurisdiction.DivisionLevel;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import org.jifen.domain.shared.InvalidValueException;

/** Ranks a district's residents by usable score, computed where the ledger is ({@link UsableScoreQuery}). */
public final class RankDistrictService implements RankDistrictUseCase {

    private final UsableScoreQuery usableScores;
    private final Clock clock;
    private final DivisionRegistry divisions;

    public RankDistrictService(UsableScoreQuery usableScores, Clock clock, DivisionRegistry divisions) {
        this.usableScores = usableScores;
        this.clock = clock;
        this.divisions = divisions;
    }

    @Override
    public DistrictRanking rank(DistrictRankingQuery query) {
        AccessPolicy.requireRole(query.caller(), Role.CLERK, Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN);
        AccessPolicy.requireJurisdiction(query.caller(), query.district());
        divisions.require(query.district());
        if (query.district().level() != DivisionLevel.DISTRICT) {
            throw new InvalidValueException("NOT_A_DISTRICT", "district",
                    "a score is used in a district, not in " + query.district());
        }
        Instant knownAt = query.knownAt().orElseGet(clock::now);
        return new DistrictRanking(query.district(), query.on(), knownAt,
                usableScores.rank(query.district(), query.on(), knownAt));
    }
}
