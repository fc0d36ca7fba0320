package org.jifen.archfixture.good.domain.person;

import java.util.Objects;

public record PersonId(String value) {
    public PersonId {
        Objects.requireNonNull(value, "value");
    }
}
