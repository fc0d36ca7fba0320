package org.jifen.domain.programme;

import org.jifen.domain.shared.InvalidValueException;

/** Identifies an allocation round (分配轮次) of a programme, e.g. {@code RND-000001}. */
public record RoundId(String value) implements Comparable<RoundId> {

    public RoundId {
        if (value == null || !value.matches("[A-Za-z0-9][A-Za-z0-9_:-]{0,63}")) {
            throw new InvalidValueException("INVALID_ROUND_ID", "roundId", "'" + value + "' is not a round id");
        }
    }

    public static RoundId of(String value) {
        return new RoundId(value);
    }

    @Override
    public int compareTo(RoundId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
