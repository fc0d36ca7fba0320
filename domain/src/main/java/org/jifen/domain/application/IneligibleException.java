package org.jifen.domain.application;

import org.jifen.domain.shared.DomainException;

/**
 * The applicant may not apply (申请条件): {@code PERMIT_MISSING}, {@code PERMIT_EXPIRED},
 * {@code PERMIT_NOT_ZHEJIANG}, {@code NOT_RESIDENT_IN_DISTRICT}.
 */
public final class IneligibleException extends DomainException {

    private static final long serialVersionUID = 1L;

    public IneligibleException(String code, String message) {
        super(code, message);
    }
}
