package org.jifen.application.port.in.shared;

import org.jifen.domain.shared.DomainException;

/** Something named by the caller does not exist: {@code PERSON_NOT_FOUND}, {@code UNKNOWN_INDICATOR}… */
public final class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String code, String message) {
        super(code, message);
    }
}
