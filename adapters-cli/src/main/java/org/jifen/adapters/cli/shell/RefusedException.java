package org.jifen.adapters.cli.shell;

/** A command refused by the CLI itself (a file that does not exist, an audit chain found broken): exit 1. */
public final class RefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public RefusedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
