package org.jifen.domain.ledger;

import java.util.Objects;

/** The source of an entry: its kind and the reference of the application, appeal or case. */
public record EntrySource(SourceKind kind, String reference) {

    public EntrySource {
        Objects.requireNonNull(kind, "kind");
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("an entry source needs a reference");
        }
    }

    @Override
    public String toString() {
        return kind + ":" + reference;
    }
}
