package org.jifen.application.service.programme;

import org.jifen.application.port.in.programme.GetRoundUseCase;
import org.jifen.application.port.in.programme.RoundQuery;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.out.programme.RoundRepository;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Role;
import org.jifen.domain.programme.Round;

/** Reads a stored round for staff covering the programme's district. */
public final class GetRoundService implements GetRoundUseCase {

    private final RoundRepository rounds;

    public GetRoundService(RoundRepository rounds) {
        this.rounds = rounds;
    }

    @Override
    public Round round(RoundQuery query) {
        AccessPolicy.requireRole(query.caller(), Role.CLERK, Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN,
                Role.AUDITOR);
        Round round = rounds.find(query.round())
                .orElseThrow(() -> new NotFoundException("ROUND_NOT_FOUND", "no round " + query.round()));
        AccessPolicy.requireJurisdiction(query.caller(), round.district());
        return round;
    }
}
