package org.jifen.domain.person;

import org.jifen.domain.shared.InvalidValueException;

/** A person's identity in Jifen: an opaque id, never the ID number (身份证号) itself. */
public record PersonId(String value) implements Comparable<PersonId> {

    public PersonId {
        if (value == null || !value.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,63}")) {
            throw new InvalidValueException("INVALID_PERSON_ID", "personId", "'" + value + "' is not a person id");
        }
    }

    public static PersonId of(String value) {
        return new PersonId(value);
    }

    @Override
    public int compareTo(PersonId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
