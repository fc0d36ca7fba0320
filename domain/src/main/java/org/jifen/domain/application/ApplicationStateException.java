package org.jifen.domain.application;

import org.jifen.domain.shared.DomainException;

/**
 * A step the application's state does not allow: {@code CLAIMS_PENDING},
 * {@code SECOND_APPROVAL_REQUIRED}, {@code ALREADY_PUBLISHED}, {@code ALREADY_DECIDED},
 * {@code NOT_PUBLISHED}, {@code NOT_AWAITING_SECOND_APPROVAL}, {@code SAME_REVIEWER}.
 */
public final class ApplicationStateException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ApplicationStateException(String code, String message) {
        super(code, message);
    }
}
