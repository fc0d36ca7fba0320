package org.jifen.application.port.in.ledger;

import java.util.function.Consumer;

/**
 * 辖区批量自动评分: a SYSTEM or ADMIN caller covering the district ({@code FORBIDDEN},
 * {@code OUT_OF_JURISDICTION}) scores the {@code AUTO} indicators of every person resident in the
 * district on a date (not after today: {@code DATE_IN_FUTURE}), exactly as
 * {@link ScoreAutoIndicatorsUseCase} scores one person, in one transaction and set-based: the persons, their
 * latest system data and their ledgers are read in bulk, every entry is appended in one batch, and the
 * posting locks of all the persons are held while it runs, so caps hold against concurrent writers.
 */
public interface ScoreDistrictUseCase {

    default ScoreDistrictResult score(ScoreDistrictCommand command) {
        return score(command, progress -> { });
    }

    /**
     * The same, telling {@code progress} how far it has gone: once the residents are known and after each
     * slice of persons (a long job's progress bar; the entries are committed only when it returns).
     */
    ScoreDistrictResult score(ScoreDistrictCommand command, Consumer<ScoreDistrictProgress> progress);
}
