package org.jifen.domain.jurisdiction;

import org.jifen.domain.shared.DomainException;

/** A well-formed division code that names no division known to the registry. */
public final class UnknownDivisionException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UnknownDivisionException(DivisionCode code) {
        super("UNKNOWN_DIVISION", "division: " + code + " is not a known administrative division");
    }
}
