package org.jifen.application.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jifen.domain.ledger.DuplicateEntryException;
import org.jifen.application.port.out.ledger.LedgerRepository;
import org.jifen.domain.ledger.IdempotencyKey;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.person.PersonId;

/**
 * The ledger in memory: append-only lists per person. Postings are safe under concurrent writers
 * when they run inside {@link InMemoryTransactionRunner} (one transaction at a time).
 */
public final class InMemoryLedgerRepository implements LedgerRepository, Snapshotting {

    private record State(Map<PersonId, List<LedgerEntry>> byPerson, Set<IdempotencyKey> keys) {
    }

    private volatile State state = new State(Map.of(), Set.of());

    @Override
    public Ledger load(PersonId person) {
        return Ledger.of(person, state.byPerson().getOrDefault(person, List.of()));
    }

    @Override
    public Ledger loadForPosting(PersonId person) {
        return load(person);
    }

    @Override
    public Map<PersonId, Ledger> loadAll(Collection<PersonId> persons) {
        State current = state;
        Map<PersonId, Ledger> ledgers = new LinkedHashMap<>();
        for (PersonId person : persons) {
            ledgers.computeIfAbsent(person, p -> Ledger.of(p, current.byPerson().getOrDefault(p, List.of())));
        }
        return ledgers;
    }

    /** Nothing to take: {@link InMemoryTransactionRunner} runs one transaction at a time. */
    @Override
    public void lockForPosting(Collection<PersonId> persons) {
    }

    @Override
    public synchronized void append(List<LedgerEntry> entries) {
        State current = state;
        Set<IdempotencyKey> keys = new HashSet<>(current.keys());
        for (LedgerEntry entry : entries) {
            if (!keys.add(entry.key())) {
                throw new DuplicateEntryException(entry.key());
            }
        }
        Map<PersonId, List<LedgerEntry>> byPerson = new HashMap<>(current.byPerson());
        for (LedgerEntry entry : entries) {
            List<LedgerEntry> list = new ArrayList<>(byPerson.getOrDefault(entry.person(), List.of()));
            list.add(entry);
            byPerson.put(entry.person(), List.copyOf(list));
        }
        state = new State(Map.copyOf(byPerson), Set.copyOf(keys));
    }

    @Override
    public Object snapshot() {
        return state;
    }

    @Override
    public synchronized void restore(Object snapshot) {
        state = (State) snapshot;
    }
}
