package org.jifen.benchmarks.scoring;

import java.time.LocalDate;

/** A Drools fact: a person and the birth date read from the ID number (P01 年龄). */
public final class SubjectFact {

    private final String person;
    private final LocalDate birthDate;

    public SubjectFact(String person, LocalDate birthDate) {
        this.person = person;
        this.birthDate = birthDate;
    }

    public String getPerson() {
        return person;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }
}
