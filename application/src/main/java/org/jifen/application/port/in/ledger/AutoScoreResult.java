package org.jifen.application.port.in.ledger;

import java.util.List;
import org.jifen.domain.person.PersonId;

/** The outcome of auto-scoring: one line per {@code AUTO} indicator in force. */
public record AutoScoreResult(PersonId person, List<AutoScoreLine> lines) {

    public AutoScoreResult {
        lines = List.copyOf(lines);
    }
}
