package org.jifen.adapters.db;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the database and protect personal data in it.
 *
 * @param jdbcUrl          {@code jdbc:h2:file:./data/jifen} (the embedded default) or
 *                         {@code jdbc:postgresql://host:5432/jifen}
 * @param user             the database role, or empty to take it from the URL
 * @param password         its password, or empty
 * @param maxPoolSize      connections in the pool
 * @param personalDataKey  the key that encrypts ID numbers and phones; required on PostgreSQL. On an
 *                         H2 file database without one, a key file beside the database is created on
 *                         first start and read afterwards; an in-memory H2 database uses a key of its own
 * @param cipher           the cipher for newly written personal data (stored data names its own)
 */
public record DatabaseConfig(
        String jdbcUrl,
        Optional<String> user,
        Optional<String> password,
        int maxPoolSize,
        Optional<PersonalDataKey> personalDataKey,
        CipherAlgorithm cipher) {

    /** The embedded default: an H2 file database under {@code ./data/}. */
    public static final String EMBEDDED_URL = "jdbc:h2:file:./data/jifen;" + String.join(";", Dialect.H2_SETTINGS);

    public static final int DEFAULT_POOL_SIZE = 10;

    public DatabaseConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(personalDataKey, "personalDataKey");
        Objects.requireNonNull(cipher, "cipher");
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("a pool needs at least one connection");
        }
        Dialect.of(jdbcUrl);
    }

    /** The embedded H2 database under {@code ./data/}, AES-GCM, its key in {@code ./data/jifen.key}. */
    public static DatabaseConfig embedded() {
        return of(EMBEDDED_URL);
    }

    /** A database by URL (user and password may be in it), AES-GCM, no key yet. */
    public static DatabaseConfig of(String jdbcUrl) {
        return new DatabaseConfig(jdbcUrl, Optional.empty(), Optional.empty(), DEFAULT_POOL_SIZE, Optional.empty(),
                CipherAlgorithm.AES_GCM);
    }

    public DatabaseConfig withCredentials(String user, String password) {
        return new DatabaseConfig(jdbcUrl, Optional.of(user), Optional.ofNullable(password), maxPoolSize,
                personalDataKey, cipher);
    }

    public DatabaseConfig withPoolSize(int size) {
        return new DatabaseConfig(jdbcUrl, user, password, size, personalDataKey, cipher);
    }

    public DatabaseConfig withPersonalDataKey(PersonalDataKey key) {
        return new DatabaseConfig(jdbcUrl, user, password, maxPoolSize, Optional.of(key), cipher);
    }

    public DatabaseConfig withCipher(CipherAlgorithm algorithm) {
        return new DatabaseConfig(jdbcUrl, user, password, maxPoolSize, personalDataKey, algorithm);
    }

    public Dialect dialect() {
        return Dialect.of(jdbcUrl);
    }

    /**
     * The key file of an H2 file database ({@code jdbc:h2:file:./data/jifen} → {@code ./data/jifen.key}),
     * or empty for any other database.
     */
    public Optional<Path> embeddedKeyFile() {
        String url = jdbcUrl.strip();
        String prefix = url.regionMatches(true, 0, "jdbc:h2:file:", 0, 13) ? url.substring(13)
                : url.regionMatches(true, 0, "jdbc:h2:", 0, 8) && !url.regionMatches(true, 8, "mem:", 0, 4)
                        && !url.regionMatches(true, 8, "tcp:", 0, 4) && !url.regionMatches(true, 8, "ssl:", 0, 4)
                        ? url.substring(8) : null;
        if (prefix == null) {
            return Optional.empty();
        }
        int settings = prefix.indexOf(';');
        String file = settings < 0 ? prefix : prefix.substring(0, settings);
        if (file.startsWith("~")) {
            file = System.getProperty("user.home") + file.substring(1);
        }
        return Optional.of(Path.of(file + ".key"));
    }

    /** Whether this is an in-memory H2 database (its data, and so its key, die with the process). */
    public boolean inMemory() {
        return jdbcUrl.strip().regionMatches(true, 0, "jdbc:h2:mem:", 0, 12);
    }

    /** The URL with any password parameter blanked out, for messages. */
    static String withoutSecrets(String jdbcUrl) {
        return jdbcUrl == null ? "null" : jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + withoutSecrets(jdbcUrl) + ", user=" + user.orElse("(from URL)") + ", pool="
                + maxPoolSize + ", key=" + (personalDataKey.isPresent() ? "configured" : "none") + ", cipher="
                + cipher + "]";
    }
}
