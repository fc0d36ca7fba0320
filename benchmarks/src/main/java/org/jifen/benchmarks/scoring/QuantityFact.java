package org.jifen.benchmarks.scoring;

/** A Drools fact: the latest system-data quantity of one AUTO indicator (whole units: months, hours, loans, 1/0). */
public final class QuantityFact {

    private final String person;
    private final String indicator;
    private final long amount;

    public QuantityFact(String person, String indicator, long amount) {
        this.person = person;
        this.indicator = indicator;
        this.amount = amount;
    }

    public String getPerson() {
        return person;
    }

    public String getIndicator() {
        return indicator;
    }

    public long getAmount() {
        return amount;
    }
}
