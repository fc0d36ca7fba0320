package org.jifen.bootstrap;

/**
 * Jifen cannot start as asked: a missing or unreadable key, tokens file or option the composition root
 * checks itself. Carries a stable code; the message is for the operator and never holds a secret.
 */
public final class StartupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public StartupException(String code, String message) {
        super(message);
        this.code = code;
    }

    public StartupException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
