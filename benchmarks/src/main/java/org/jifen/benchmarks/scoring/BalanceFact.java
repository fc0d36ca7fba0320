package org.jifen.benchmarks.scoring;

/** A Drools fact: an indicator's balance on the scoring date before scoring, in hundredths (0 when none). */
public final class BalanceFact {

    private final String person;
    private final String indicator;
    private final long hundredths;

    public BalanceFact(String person, String indicator, long hundredths) {
        this.person = person;
        this.indicator = indicator;
        this.hundredths = hundredths;
    }

    public String getPerson() {
        return person;
    }

    public String getIndicator() {
        return indicator;
    }

    public long getHundredths() {
        return hundredths;
    }
}
