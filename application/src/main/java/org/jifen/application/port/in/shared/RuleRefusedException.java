package org.jifen.application.port.in.shared;

import org.jifen.domain.shared.DomainException;

/** A request the policy refuses, with the rule's code (e.g. {@code NOT_AUTO_INDICATOR}). */
public final class RuleRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public RuleRefusedException(String code, String message) {
        super(code, message);
    }
}
