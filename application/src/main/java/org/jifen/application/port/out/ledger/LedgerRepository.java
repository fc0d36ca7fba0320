package org.jifen.application.port.out.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jifen.domain.ledger.DuplicateEntryException;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.person.PersonId;

/**
 * The score ledger (积分台账): append-only. There is no way to change or remove an entry.
 */
public interface LedgerRepository {

    /** The person's ledger, every entry ever recorded (an empty ledger when there is none). */
    Ledger load(PersonId person);

    /**
     * The ledgers of many persons, read set-based (never one query per person): every person asked for
     * is a key, with an empty ledger when there is none.
     */
    Map<PersonId, Ledger> loadAll(Collection<PersonId> persons);

    /**
     * The person's ledger for a posting: inside a transaction, no other writer can post to this
     * person until it ends, so a balance read here stays true until the entries are appended
     * (caps hold under concurrent writers).
     */
    Ledger loadForPosting(PersonId person);

    /**
     * Takes, inside a transaction, the posting lock of every one of these persons (in a stable order, so
     * two bulk writers never deadlock): until the transaction ends no other writer can post to them, and
     * ledgers then read with {@link #loadAll} stay true until the entries are appended.
     */
    void lockForPosting(Collection<PersonId> persons);

    /**
     * Appends entries atomically. An idempotency key already in the ledger refuses the whole call
     * with {@link DuplicateEntryException}; nothing is appended.
     */
    void append(List<LedgerEntry> entries);
}
