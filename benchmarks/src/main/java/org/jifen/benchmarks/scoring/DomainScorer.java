package org.jifen.benchmarks.scoring;

import java.util.List;
import java.util.function.Consumer;
import org.jifen.benchmarks.Population;
import org.jifen.benchmarks.Population.Resident;
import org.jifen.domain.ledger.AutoScoring;
import org.jifen.domain.ledger.LedgerEntry;

/**
 * The scoring kernel as Jifen runs it: {@link AutoScoring#score}, the code {@code ScoreDistrictService}
 * (and the one-person auto-scoring) calls for each resident — facts → target balances (rule, then cap)
 * → the difference from the balance in the person's ledger, posted as entries.
 */
public final class DomainScorer {

    private final Population population;

    public DomainScorer(Population population) {
        this.population = population;
    }

    /** Scores the residents; each posted delta goes to {@code deltas}, in the order scored. */
    public void score(List<Resident> residents, Consumer<Delta> deltas) {
        for (Resident resident : residents) {
            for (LedgerEntry entry : AutoScoring.score(resident.person(), population.applicable(),
                    resident.quantities(), resident.ledger(), Population.ON, Population.NOW).posted()) {
                deltas.accept(new Delta(entry.person().value(), entry.indicator().code().value(),
                        entry.points().hundredths()));
            }
        }
    }
}
