package org.jifen.application.port.out.ledger;

import java.util.List;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.ledger.DuplicateEntryException;
import org.jifen.domain.ledger.LedgerEntry;

/**
 * The score ledger (积分台账): append-only. There is no way to change or remove an entry.
 */
public interface LedgerRepository {

    /** The person's ledger, every entry ever recorded (an empty ledger when there is none). */
    Ledger load(PersonId person);

    /**
     * The person's ledger for a posting: inside a transaction, no other writer can post to this
     * person until it ends, so a balance read here stays true until the entries are appended
     * (caps hold under concurrent writers).
     */
    Ledger loadForPosting(PersonId person);

    /**
     * Appends entries atomically. An idempotency key already in the ledger refuses the whole call
     * with {@link DuplicateEntryException}; nothing is appended.
     */
    void append(List<LedgerEntry> entries);
}
