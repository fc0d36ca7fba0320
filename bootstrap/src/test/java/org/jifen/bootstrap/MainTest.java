package org.jifen.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Main}'s own commands and its error reporting: exit codes, stdout, {@code CODE: message} on stderr. */
class MainTest {

    private static final String NL = System.lineSeparator();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> environment, String... args) {
        return Main.run(args, environment, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void dbMigrate_printsTheSchemaVersion_andASecondRunAppliesNothing(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("jifen");

        int first = run(Map.of(), "db", "migrate", "--db", url);
        String firstOut = out.toString();
        java.util.List<String> historyAfterFirst = history(url);
        out.getBuffer().setLength(0);
        int second = run(Map.of(), "db", "migrate", "--db", url);

        assertThat(first).isZero();
        assertThat(firstOut).isEqualTo(url + " (H2): schema version 4 (已迁移 4 migration(s) applied)" + NL);
        assertThat(second).isZero();
        assertThat(out.toString()).isEqualTo(url + " (H2): schema version 4 (已是最新 up to date)" + NL);
        assertThat(err.toString()).isEmpty();
        assertThat(historyAfterFirst).containsExactly("1", "2", "3", "4");
        assertThat(history(url)).isEqualTo(historyAfterFirst);
        assertThat(dir.resolve("jifen.key")).isRegularFile();
    }

    /** The versioned migrations recorded, in order (the schema-creation marker has no version). */
    private static java.util.List<String> history(String url) throws Exception {
        java.util.List<String> versions = new java.util.ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                     + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    @Test
    void postgresqlWithoutAKey_isRefusedWithPersonalDataKeyMissing_beforeConnecting() {
        int code = run(Map.of(), "db", "migrate", "--db", "jdbc:postgresql://127.0.0.1:1/jifen?user=jifen&password=secret");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("PERSONAL_DATA_KEY_MISSING: ID numbers and phones are stored encrypted")
                .contains("set JIFEN_PERSONAL_DATA_KEY", "--key-file FILE")
                .doesNotContain("password=secret", "Exception", "\tat ");
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void postgresqlWithAKeyButNoServer_isRefusedWithDatabaseUnavailable_withoutThePassword() {
        int code = run(Map.of(DatabaseSettings.KEY_VARIABLE, "dGVzdC1vbmx5LWtleS1mb3ItamlmZW4tdGVzdHMhISE="),
                "db", "migrate", "--db", "jdbc:postgresql://127.0.0.1:1/jifen?user=jifen&password=secret");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("DATABASE_UNAVAILABLE: cannot connect to jdbc:postgresql://127.0.0.1:1/jifen"
                + "?user=jifen&password=***").doesNotContain("password=secret", "\tat ");
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void aKeyFileThatIsNotAKey_isRefusedWithInvalidPersonalDataKey(@TempDir Path dir) throws Exception {
        Path keyFile = Files.writeString(dir.resolve("key"), "not base64 at all!", StandardCharsets.US_ASCII);

        int code = run(Map.of(), "db", "migrate", "--db", "jdbc:postgresql://127.0.0.1:1/jifen", "--key-file",
                keyFile.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("INVALID_PERSONAL_DATA_KEY: the personal-data key file " + keyFile
                + " (--key-file) does not hold a 128- or 256-bit key in base64" + NL);
    }

    @Test
    void anUnsupportedDatabase_isRefusedWithUnsupportedDatabase() {
        int code = run(Map.of(), "db", "migrate", "--db", "jdbc:mysql://localhost/jifen");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("UNSUPPORTED_DATABASE: Jifen runs on H2");
    }

    @Test
    void anUnknownZone_isRefusedWithInvalidTimeZone() {
        int code = run(Map.of(SystemClock.ZONE_VARIABLE, "Mars/Olympus"), "--help");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(
                "INVALID_TIME_ZONE: JIFEN_TIME_ZONE names no time zone: 'Mars/Olympus' (e.g. Asia/Shanghai)" + NL);
    }

    @Test
    void help_listsServeAndDb_andAnUnknownCommandIsUsageExit2() {
        int help = run(Map.of(), "--help");
        int unknown = run(Map.of(), "no-such-command");

        assertThat(help).isZero();
        assertThat(out.toString()).contains("Usage: jifen");
        assertThat(LauncherIT.commands(out.toString())).containsExactly("catalogue", "calendar", "persons",
                "households", "system-data", "score", "rounds", "clear", "audit", "generate", "demo", "serve", "db");
        assertThat(unknown).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument at index 0: 'no-such-command'");
    }

    @Test
    void dbAlone_printsItsUsageAndExits2() {
        int code = run(Map.of(), "db");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Usage: jifen db", "migrate");
    }
}
