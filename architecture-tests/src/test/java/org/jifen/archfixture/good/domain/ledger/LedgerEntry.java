package org.jifen.archfixture.good.domain.ledger;

import java.time.Instant;
import java.time.LocalDate;
import org.jifen.archfixture.good.domain.person.PersonId;

public record LedgerEntry(PersonId person, Posting posting, EntryKind kind, LocalDate effectiveOn, Instant knownAt) {}
