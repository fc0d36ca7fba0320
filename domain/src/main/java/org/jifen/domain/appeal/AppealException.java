package org.jifen.domain.appeal;

import org.jifen.domain.shared.DomainException;

/**
 * An appeal the rules refuse: {@code APPEAL_WINDOW_CLOSED}, {@code NOT_PUBLISHED},
 * {@code UNKNOWN_INDICATOR}, {@code ALREADY_DECIDED}, {@code NOT_APPEALED}.
 */
public final class AppealException extends DomainException {

    private static final long serialVersionUID = 1L;

    public AppealException(String code, String message) {
        super(code, message);
    }
}
