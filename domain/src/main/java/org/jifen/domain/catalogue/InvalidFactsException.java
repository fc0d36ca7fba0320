package org.jifen.domain.catalogue;

import org.jifen.domain.shared.DomainException;

/** Facts that do not fit the indicator's rule: a level not in its table, quantity for a LEVEL rule… */
public final class InvalidFactsException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidFactsException(String message) {
        super("INVALID_FACTS", message);
    }
}
