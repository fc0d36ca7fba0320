package org.jifen.domain.ledger;

/** Who posted an entry: a reviewer's subject or {@code SYSTEM}. */
public record Actor(String value) {

    public static final Actor SYSTEM = new Actor("SYSTEM");

    public Actor {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an actor is required");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
