package org.jifen.application.port.in.ledger;

import java.util.List;
import org.jifen.domain.entitlement.Entitlement;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.person.PersonId;

/** What a clearing did: the clearing entries, the entitlements revoked, and whether the credit record went out. */
public record ClearingResult(PersonId person, String caseNumber, List<LedgerEntry> entries,
        List<Entitlement> revoked, boolean creditRecordSent) {

    public ClearingResult {
        entries = List.copyOf(entries);
        revoked = List.copyOf(revoked);
    }
}
