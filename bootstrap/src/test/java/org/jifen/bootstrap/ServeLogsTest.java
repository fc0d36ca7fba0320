package org.jifen.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jifen.domain.person.TestIdNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What production logs, captured whole: {@code jifen serve} in a JVM of its own ({@link ServeProcess}:
 * the real {@link Main}, SLF4J's simple binding with the shipped {@code simplelogger.properties}, the
 * {@code java.util.logging} bridge), its stderr redirected to a file. A walk registers persons with ID
 * numbers and phones, reads them back revealed, submits applications, sends bad and missing tokens,
 * malformed and refused bodies holding an ID number and a phone, makes the database fail under a
 * registration (the {@code person} table renamed away through H2's automatic server, so the adapter's
 * failure log with the SQL and the driver's message is written), and stops the server. No line may hold a
 * token, a full ID number or a full phone; the start, the database failure and the stop must be there.
 */
class ServeLogsTest {

    private static final List<String> ID_NUMBERS = List.of(
            TestIdNumbers.number("330203", LocalDate.of(1988, 4, 12), 271),
            TestIdNumbers.number("510102", LocalDate.of(1990, 3, 7), 123),
            TestIdNumbers.number("330212", LocalDate.of(1995, 11, 30), 58),
            TestIdNumbers.number("420106", LocalDate.of(1979, 1, 5), 902));
    /** The name of the registration the database refuses: a name is personal data too. */
    private static final String REFUSED_NAME = "欧阳娜娜"; // four characters: the constraint below refuses it
    private static final List<String> PHONES = List.of("13912345678", "15867451234", "18758123456", "13600001111");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String adminToken = "log-test-admin-" + UUID.randomUUID();
    private final String clerkToken = "log-test-clerk-" + UUID.randomUUID();
    private final String wrongToken = "log-test-wrong-" + UUID.randomUUID();

    @Test
    void aWalkThroughTheServer_logsItsStartFailuresAndStop_withoutATokenAnIdNumberOrAPhone(@TempDir Path dir)
            throws Exception {
        String db = "jdbc:h2:file:" + dir.resolve("jifen").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        seedReferenceData(dir, db);
        Path tokens = dir.resolve("tokens.yaml");
        Files.writeString(tokens, "tokens:\n"
                + "  - token: " + adminToken + "\n    subject: admin-zj\n    role: ADMIN\n    jurisdiction: \"330000\"\n"
                + "  - token: " + clerkToken + "\n    subject: clerk-hs\n    role: CLERK\n    jurisdiction: \"330203\"\n",
                StandardCharsets.UTF_8);
        String stdout;
        String stderr;
        try (ServeProcess serve = ServeProcess.start(dir, "--db", db, "--tokens", tokens.toString())) {
            walk(serve.port(), db);
            assertThat(serve.terminate()).isEqualTo(143);
            stdout = serve.stdout();
            stderr = serve.stderr();
        }

        List<String> lines = new ArrayList<>(stderr.lines().toList());
        lines.addAll(stdout.lines().toList());
        assertThat(stderr).as("the start, the database failure and the stop are logged")
                .contains("serving on port").contains("REST server stopped");
        assertThat(stderr.split("database failure ", -1)).as("both database failures are logged").hasSize(3);
        List<String> secrets = new ArrayList<>(List.of(adminToken, clerkToken, wrongToken));
        secrets.addAll(ID_NUMBERS);
        secrets.addAll(PHONES);
        secrets.add(REFUSED_NAME);
        for (String line : lines) {
            for (String secret : secrets) {
                assertThat(line).as("a log line holds a secret").doesNotContain(secret);
            }
            assertThat(line).as("no UUID part of a token").doesNotContain(adminToken.substring(15))
                    .doesNotContain(clerkToken.substring(15)).doesNotContain(wrongToken.substring(15));
        }
    }

    private void walk(int port, String db) throws Exception {
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> registered = post(port, "/api/v1/persons", clerkToken, person(i));
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            String personId = FullServer.json(registered).get("personId").asText();
            assertThat(get(port, "/api/v1/persons/" + personId + "?reveal=true", adminToken).statusCode()).isEqualTo(200);
            HttpResponse<String> submitted = post(port, "/api/v1/applications", clerkToken, submission(personId));
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        }
        assertThat(post(port, "/api/v1/persons", clerkToken, person(0)).statusCode()).as("registered twice").isEqualTo(409);
        assertThat(post(port, "/api/v1/persons", wrongToken, person(3)).statusCode()).isEqualTo(401);
        assertThat(get(port, "/api/v1/persons/PER-1", "Bearer " + wrongToken).statusCode()).isEqualTo(401);
        assertThat(get(port, "/api/v1/persons/PER-1", null).statusCode()).isEqualTo(401);
        assertThat(get(port, "/api/v1/persons/" + ID_NUMBERS.get(3) + "?phone=" + PHONES.get(3), clerkToken)
                .statusCode()).as("an ID number as a person id").isEqualTo(404);
        assertThat(post(port, "/api/v1/persons", clerkToken, "{\"idNumber\":\"" + ID_NUMBERS.get(3) + "\",\"phone\":"
                + PHONES.get(3) + ",").statusCode()).as("malformed").isEqualTo(400);
        assertThat(post(port, "/api/v1/persons", clerkToken, person(3).replace("\"name\"", "\"nickname\""))
                .statusCode()).as("an unknown field").isEqualTo(400);
        assertThat(post(port, "/api/v1/persons", clerkToken, person(3).replace(PHONES.get(3), PHONES.get(3) + "9"))
                .statusCode()).as("a phone too long").isEqualTo(400);

        try (Connection connection = DriverManager.getConnection(db); Statement sql = connection.createStatement()) {
            // the insert itself fails (a constraint the registration cannot meet): the statement's values were bound
            sql.execute("ALTER TABLE person ADD CONSTRAINT log_test_refusal CHECK (CHAR_LENGTH(name) < 4)");
            try {
                HttpResponse<String> failed = post(port, "/api/v1/persons", clerkToken,
                        person(3).replace("张伟", REFUSED_NAME));
                assertThat(failed.statusCode()).as("the server's trouble, not the request's").isEqualTo(500);
                assertThat(FullServer.json(failed).get("code").asText()).as("the database failed under the registration")
                        .isEqualTo("STORAGE_FAILURE");
                sql.execute("ALTER TABLE person RENAME TO person_away");
                failed = post(port, "/api/v1/persons", clerkToken, person(3));
                assertThat(failed.statusCode()).isEqualTo(500);
                assertThat(FullServer.json(failed).get("code").asText()).as("the table is gone").isEqualTo("STORAGE_FAILURE");
            } finally {
                sql.execute("ALTER TABLE IF EXISTS person_away RENAME TO person");
                sql.execute("ALTER TABLE person DROP CONSTRAINT log_test_refusal");
            }
        }
        assertThat(post(port, "/api/v1/persons", clerkToken, person(3)).statusCode()).as("working again").isEqualTo(201);
    }

    /**
     * The default catalogue and the shipped calendar, loaded by {@code jifen catalogue import} and
     * {@code jifen calendar load} in JVMs of their own that have exited (so H2's file lock is released
     * before the server opens the database).
     */
    private static void seedReferenceData(Path dir, String db) throws Exception {
        Path catalogue = dir.resolve("catalogue.yaml");
        try (InputStream shipped = ServeLogsTest.class.getResourceAsStream("/catalogue/default-catalogue.yaml")) {
            Files.copy(shipped, catalogue);
        }
        for (List<String> command : List.of(List.of("catalogue", "import", catalogue.toString(), "--db", db),
                List.of("calendar", "load", "--db", db))) {
            List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            java.addAll(command);
            Path output = dir.resolve("cli.out");
            Process process = new ProcessBuilder(java).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
            assertThat(process.exitValue()).as(String.join(" ", command) + ": " + Files.readString(output)).isZero();
        }
    }

    private static String person(int n) {
        return ("{'idNumber':'" + ID_NUMBERS.get(n) + "','name':'张伟','phone':'" + PHONES.get(n) + "',"
                + "'residencePermit':{'number':'ZJ-HS-2023-000" + n + "','issuer':'330203','validFrom':'2023-01-01',"
                + "'validTo':'2035-01-01'},'residenceDistrict':'330203'}").replace('\'', '"');
    }

    private static String submission(String personId) {
        return ("{'personId':'" + personId + "','district':'330203','channel':'DISTRICT_CENTRE',"
                + "'claims':[{'indicator':'P02','facts':{'level':'BACHELOR'},'evidence':['evidence/diploma.pdf']}]}")
                .replace('\'', '"');
    }

    private HttpResponse<String> get(int port, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).GET();
        if (token != null) {
            request.header("Authorization", token.startsWith("Bearer ") ? token : "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String path, String token, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
