package org.jifen.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.adapters.rest.shared.BearerTokens;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.person.TestIdNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jifen serve} as an operator runs it: its own JVM, a temporary H2 file database, no
 * {@code --tokens} (so {@code ./data/tokens.yaml} of its working directory), a free port; stopped by
 * SIGTERM and started again on the same files.
 */
class ServeCommandTest {

    private static final Pattern TOKEN = Pattern.compile("token: \"([A-Za-z0-9_-]{43})\"");
    private static final String ID_NUMBER = TestIdNumbers.number("510102", LocalDate.of(1990, 3, 7), 123);
    private static final String PHONE = "13912345678";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void serve_createsTheTokensFile_answersHealthAndTheAdminToken_stopsGracefully_andReusesItsFiles(@TempDir Path dir)
            throws Exception {
        String db = "jdbc:h2:file:" + dir.resolve("db").resolve("jifen");
        Path tokensFile = dir.resolve("data").resolve("tokens.yaml");
        String token;
        String personId;
        String firstRunOutput;

        try (ServeProcess serve = ServeProcess.start(dir, "--db", db)) {
            HttpResponse<String> health = get(serve.port(), "/health", null);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(json.readTree(health.body())).isEqualTo(json.readTree("{\"status\":\"UP\",\"database\":{\"status\":\"UP\"}}"));

            assertThat(tokensFile).isRegularFile();
            assertThat(Files.getPosixFilePermissions(tokensFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            String file = Files.readString(tokensFile, StandardCharsets.UTF_8);
            Matcher matcher = TOKEN.matcher(file);
            assertThat(matcher.find()).as(file.replaceAll("token: \".*\"", "token: …")).isTrue();
            token = matcher.group(1);
            assertThat(matcher.find()).as("one token only").isFalse();
            BearerTokens tokens = BearerTokens.load(tokensFile);
            assertThat(tokens.size()).isEqualTo(1);
            Caller admin = tokens.authenticate("Bearer " + token);
            assertThat(admin.role()).isEqualTo(Role.ADMIN);
            assertThat(admin.jurisdiction().value()).isEqualTo("330000");
            assertThat(admin.subject()).isEqualTo("admin");

            HttpResponse<String> registered = post(serve.port(), "/api/v1/persons", token, person());
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            personId = json.readTree(registered.body()).get("personId").asText();
            assertThat(personId).matches("PER-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(post(serve.port(), "/api/v1/persons", "not-the-token", person()).statusCode()).isEqualTo(401);

            assertThat(serve.terminate()).isEqualTo(143);
            assertThat(serve.stdout()).contains("Tokens file: " + tokensFile.toRealPath()
                    + " (created with one ADMIN token for 330000; the token is in the file only)");
            assertThat(serve.stderr()).containsSubsequence("stopping: requests in flight finish",
                    "REST server stopped", "database closed");
            firstRunOutput = serve.stdout() + serve.stderr();
        }

        try (ServeProcess again = ServeProcess.start(dir, "--db", db)) {
            HttpResponse<String> read = get(again.port(), "/api/v1/persons/" + personId, token);
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
            JsonNode person = json.readTree(read.body());
            assertThat(person.get("name").asText()).isEqualTo("张伟");
            assertThat(person.get("idNumber").asText()).isEqualTo("510102********" + ID_NUMBER.substring(14));
            assertThat(again.terminate()).isEqualTo(143);
            assertThat(again.stdout()).contains("Tokens file: " + tokensFile.toRealPath() + " (1 token(s))");
            assertThat(again.stderr()).contains("H2 database at schema version 4 (0 migration(s) applied now)");
            String output = firstRunOutput + again.stdout() + again.stderr();
            assertThat(output).doesNotContain(token, ID_NUMBER, PHONE);
        }
        assertThat(TOKEN.matcher(Files.readString(tokensFile, StandardCharsets.UTF_8)).results().map(m -> m.group(1)))
                .containsExactly(token);
    }

    @Test
    void serveWithAMissingTokensFile_isRefusedWithInvalidTokensFile(@TempDir Path dir) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();

        int code = Main.run(new String[] {"serve", "--port", "0", "--db", "jdbc:h2:file:" + dir.resolve("jifen"),
                "--tokens", dir.resolve("absent.yaml").toString()}, java.util.Map.of(),
                new java.io.PrintWriter(out), new java.io.PrintWriter(err));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("INVALID_TOKENS_FILE: the tokens file " + dir.resolve("absent.yaml")
                + " does not exist" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void serveOnAPortInUse_isRefusedWithServerStartFailed(@TempDir Path dir) throws Exception {
        Path tokens = TokensFile.readOrCreate(dir.resolve("tokens.yaml")).file();
        String db = "jdbc:h2:file:" + dir.resolve("jifen");
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();

        int code;
        int port;
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = taken.getLocalPort();
            code = Main.run(new String[] {"serve", "--host", "127.0.0.1", "--port", String.valueOf(port), "--db", db,
                    "--tokens", tokens.toString()}, java.util.Map.of(), new java.io.PrintWriter(out),
                    new java.io.PrintWriter(err));
        }

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("SERVER_START_FAILED: the REST server could not start on 127.0.0.1:" + port)
                .doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
        // the schema was migrated before the port was found taken; opening again applies nothing
        try (org.jifen.adapters.db.JifenDatabase again = org.jifen.adapters.db.JifenDatabase.open(
                org.jifen.adapters.db.DatabaseConfig.of(db))) {
            assertThat(again.migrationsApplied()).isZero();
        }
    }

    private static String person() {
        return ("{'idNumber':'" + ID_NUMBER + "','name':'张伟','phone':'" + PHONE + "',"
                + "'residencePermit':{'number':'ZJ-HS-2023-0001','issuer':'330203','validFrom':'2023-01-01',"
                + "'validTo':'2030-01-01'},'residenceDistrict':'330203'}").replace('\'', '"');
    }

    private HttpResponse<String> get(int port, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
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
