package org.jifen.archfixture.good.application.port.in.ledger;

import org.jifen.archfixture.good.domain.person.PersonId;
import org.jifen.archfixture.good.domain.shared.Points;

public record LedgerView(PersonId person, Points balance) {}
