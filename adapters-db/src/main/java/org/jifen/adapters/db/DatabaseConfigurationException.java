package org.jifen.adapters.db;

/**
 * The database cannot be opened as configured: an unsupported URL, no personal-data key where one is
 * required, an unusable key, or a database that cannot be reached or migrated. Raised at start-up,
 * with a stable code and a message for the operator (never a password or a key).
 */
public final class DatabaseConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public DatabaseConfigurationException(String code, String message) {
        super(message);
        this.code = code;
    }

    public DatabaseConfigurationException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** {@code UNSUPPORTED_DATABASE}, {@code PERSONAL_DATA_KEY_MISSING}, {@code INVALID_PERSONAL_DATA_KEY}, {@code DATABASE_UNAVAILABLE}, {@code MIGRATION_FAILED}. */
    public String code() {
        return code;
    }
}
