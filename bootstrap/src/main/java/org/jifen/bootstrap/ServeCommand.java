package org.jifen.bootstrap;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jifen.adapters.db.DatabaseConfig;
import org.jifen.adapters.rest.shared.ApiServerConfig;
import org.jifen.application.port.out.shared.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jifen serve [--port 8080] [--host 0.0.0.0] [--db JDBC_URL] [--tokens FILE] [--key-file FILE]}:
 * the REST server on the database, migrated on start, until SIGTERM (or Ctrl-C), when a shutdown hook
 * stops the server gracefully and then closes the database. Without {@code --tokens} the tokens file is
 * {@code ./data/tokens.yaml}, created with one ADMIN token on first start; its path is printed, the
 * token never is.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "启动 REST 服务 — starts the REST server (until SIGTERM or Ctrl-C).")
public final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    /** How long a stop waits for requests in flight. */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free port, printed on start)")
    private int port;

    @Option(names = "--host", defaultValue = "0.0.0.0", paramLabel = "ADDRESS",
            description = "address to listen on (default ${DEFAULT-VALUE}: every interface)")
    private String host;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "database (default: the embedded H2 database in ./data/); jdbc:postgresql://host:5432/db?user=…")
    private Optional<String> jdbcUrl;

    @Option(names = "--tokens", paramLabel = "FILE",
            description = "tokens file (default: ./data/tokens.yaml, created with one ADMIN token when missing)")
    private Optional<Path> tokensFile;

    @Option(names = "--key-file", paramLabel = "FILE",
            description = "file holding the personal-data key in base64 (else $" + DatabaseSettings.KEY_VARIABLE + ")")
    private Optional<Path> keyFile;

    private final DatabaseSettings settings;
    private final Clock clock;

    public ServeCommand(DatabaseSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Integer call() throws InterruptedException {
        ApiServerConfig api;
        try {
            api = ApiServerConfig.defaults().withHost(host).withPort(port).withStop(STOP_TIMEOUT, false);
        } catch (IllegalArgumentException e) {
            throw new StartupException("INVALID_OPTION", "--port: " + e.getMessage());
        }
        DatabaseConfig database = settings.config(jdbcUrl, keyFile);
        TokensFile.Loaded tokens = tokensFile.map(TokensFile::read).orElseGet(() -> TokensFile.readOrCreate(TokensFile.DEFAULT));
        JifenServer server = JifenServer.start(database, api, tokens.tokens(), clock, new RandomIdGenerator());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping: requests in flight finish (up to {} s), new ones are refused", STOP_TIMEOUT.toSeconds());
            try {
                server.close();
            } finally {
                stopped.countDown();
            }
        }, "jifen-stop"));

        PrintWriter out = spec.commandLine().getOut();
        out.println("积分 Jifen serving on http://" + displayHost() + ":" + server.port() + "/ (health: /health)");
        out.println("Database: " + describe(database));
        out.println("Tokens file: " + tokens.file().toAbsolutePath().normalize()
                + (tokens.created() ? " (created with one ADMIN token for 330000; the token is in the file only)"
                        : " (" + tokens.tokens().size() + " token(s))"));
        out.println("Stop with SIGTERM or Ctrl-C.");
        out.flush();
        stopped.await(); // the JVM ends once the shutdown hook has stopped everything
        return 0;
    }

    private String displayHost() {
        return "0.0.0.0".equals(host) ? "localhost" : host;
    }

    /** The database for the operator, without a password. */
    static String describe(DatabaseConfig config) {
        String url = config.jdbcUrl().replaceAll("(?i)(password=)[^&;]*", "$1***");
        int settingsStart = url.indexOf(';');
        return (settingsStart > 0 ? url.substring(0, settingsStart) : url) + " (" + config.dialect() + ")";
    }
}
