package org.jifen.application.port.out.ledger;

import java.util.Objects;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.Points;

/** A person's usable score (可用积分) in a district: the total of the score statement, within [0, 300]. */
public record UsableScore(PersonId person, Points total) {

    public UsableScore {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(total, "total");
    }
}
