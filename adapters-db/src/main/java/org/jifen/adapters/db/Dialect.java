package org.jifen.adapters.db;

import java.util.List;
import java.util.Locale;

/**
 * The two databases Jifen runs on. One set of migrations ({@code db/migration}) serves both; objects
 * H2 cannot hold (PL/pgSQL triggers) live in {@code db/postgresql}, applied on PostgreSQL only.
 */
public enum Dialect {

    /** The embedded default, run in PostgreSQL compatibility mode. */
    H2(List.of("classpath:db/migration")),

    /** Production (and the PostgreSQL-derived databases of Chinese government IT). */
    POSTGRESQL(List.of("classpath:db/migration", "classpath:db/postgresql"));

    /**
     * The H2 settings the shared SQL relies on, added to an H2 URL when it does not set them:
     * PostgreSQL syntax and identifier case, nulls sorted as PostgreSQL sorts them, and a lock
     * timeout long enough for writers queueing on one person's ledger.
     */
    static final List<String> H2_SETTINGS = List.of("MODE=PostgreSQL", "DATABASE_TO_LOWER=TRUE",
            "DEFAULT_NULL_ORDERING=HIGH", "LOCK_TIMEOUT=10000");

    private final List<String> migrationLocations;

    Dialect(List<String> migrationLocations) {
        this.migrationLocations = migrationLocations;
    }

    /** The dialect of a JDBC URL; anything but H2 and PostgreSQL is refused. */
    public static Dialect of(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.strip().toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new DatabaseConfigurationException("UNSUPPORTED_DATABASE",
                "Jifen runs on H2 (jdbc:h2:…) or PostgreSQL (jdbc:postgresql:…); got "
                        + DatabaseConfig.withoutSecrets(jdbcUrl));
    }

    /** Where Flyway finds this dialect's migrations. */
    public List<String> migrationLocations() {
        return migrationLocations;
    }

    /** The URL with the settings this dialect needs (H2 settings the URL leaves out are added). */
    String complete(String jdbcUrl) {
        if (this != H2) {
            return jdbcUrl;
        }
        StringBuilder url = new StringBuilder(jdbcUrl.strip());
        String upper = jdbcUrl.toUpperCase(Locale.ROOT);
        for (String setting : H2_SETTINGS) {
            String name = setting.substring(0, setting.indexOf('=') + 1).toUpperCase(Locale.ROOT);
            if (!upper.contains(";" + name)) {
                url.append(';').append(setting);
            }
        }
        return url.toString();
    }
}
