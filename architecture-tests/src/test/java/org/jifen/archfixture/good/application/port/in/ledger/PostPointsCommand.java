package org.jifen.archfixture.good.application.port.in.ledger;

import java.time.LocalDate;
import org.jifen.archfixture.good.domain.person.PersonId;
import org.jifen.archfixture.good.domain.shared.Points;

public record PostPointsCommand(PersonId person, Points points, LocalDate effectiveOn) {}
