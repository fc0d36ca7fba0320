package org.jifen.domain.shared;

/**
 * A broken rule of the policy. Every subclass names the rule and carries a stable machine code
 * (the codes of INTERFACES.md) that adapters map to a status or an exit code.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = java.util.Objects.requireNonNull(code, "code");
    }

    /** The stable machine code, e.g. {@code INVALID_ID_NUMBER}. */
    public String code() {
        return code;
    }
}
