package org.jifen.benchmarks.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jifen.benchmarks.Population;
import org.jifen.domain.ledger.LedgerEntry;

/**
 * The first {@code total} ledger entries of the population (or every entry of its first residents), resident after resident (each resident's
 * earlier scorings' entries, then what the auto-scoring on {@link Population#ON} posts), handed out in chunks,
 * so a million entries never sit in memory at once. The same total gives the same entries every time.
 */
public final class EntryStream {

    private final Population population;
    private final long total;
    private final int residents;
    private final Deque<LedgerEntry> pending = new ArrayDeque<>();
    private long handedOut;
    private int nextResident;

    public EntryStream(Population population, long total) {
        this(population, total, Integer.MAX_VALUE);
    }

    private EntryStream(Population population, long total, int residents) {
        this.population = population;
        this.total = total;
        this.residents = residents;
    }

    /** Every entry of residents 0..residents−1, however many that is. */
    public static EntryStream ofResidents(Population population, int residents) {
        return new EntryStream(population, Long.MAX_VALUE, residents);
    }

    /** How many entries were handed out so far. */
    public long handedOut() {
        return handedOut;
    }

    /** The next chunk of at most {@code max} entries; empty once {@code total} are handed out. */
    public List<LedgerEntry> next(int max) {
        List<LedgerEntry> chunk = new ArrayList<>(max);
        while (chunk.size() < max && handedOut < total) {
            if (pending.isEmpty()) {
                if (nextResident >= residents) {
                    break;
                }
                pending.addAll(population.allEntries(population.resident(nextResident++)));
                continue;
            }
            chunk.add(pending.poll());
            handedOut++;
        }
        return chunk;
    }
}
