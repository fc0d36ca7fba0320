package org.jifen.application.port.in.ledger;

/**
 * How far a district's auto-scoring (辖区批量自动评分) has gone: {@code scored} of the district's
 * {@code persons} residents are scored (their entries appended in the transaction that is still running).
 * Reported once the residents are known ({@code scored} 0) and after each slice of persons.
 */
public record ScoreDistrictProgress(int scored, int persons) {

    public ScoreDistrictProgress {
        if (persons < 0 || scored < 0 || scored > persons) {
            throw new IllegalArgumentException("0 <= scored <= persons, got " + scored + " of " + persons);
        }
    }
}
