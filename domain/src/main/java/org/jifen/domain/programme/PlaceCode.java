package org.jifen.domain.programme;

import org.jifen.domain.shared.InvalidValueException;

/** A place of a programme: a school, a housing estate, the household-registration quota. */
public record PlaceCode(String value) implements Comparable<PlaceCode> {

    public PlaceCode {
        if (value == null || !value.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,63}")) {
            throw new InvalidValueException("INVALID_PLACE_CODE", "place", "'" + value + "' is not a place code");
        }
    }

    @Override
    public int compareTo(PlaceCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
