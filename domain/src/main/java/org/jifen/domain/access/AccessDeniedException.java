package org.jifen.domain.access;

import org.jifen.domain.shared.DomainException;

/**
 * The caller may not do this: {@code FORBIDDEN} (role), {@code OUT_OF_JURISDICTION},
 * {@code WRONG_DEPARTMENT}, {@code CONFLICT_OF_INTEREST}, {@code NOT_OWN_DATA}.
 */
public final class AccessDeniedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String code, String message) {
        super(code, message);
    }
}
