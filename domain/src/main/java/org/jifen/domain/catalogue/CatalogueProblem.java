package org.jifen.domain.catalogue;

import java.util.Objects;

/**
 * One problem found when validating a catalogue: where (the version, and the indicator code when
 * it concerns one), a stable code, and a readable message.
 */
public record CatalogueProblem(String version, String indicator, String code, String message) {

    public CatalogueProblem {
        Objects.requireNonNull(version, "version");
        indicator = indicator == null ? "" : indicator;
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return version + (indicator.isEmpty() ? "" : "/" + indicator) + ": " + code + ": " + message;
    }
}
