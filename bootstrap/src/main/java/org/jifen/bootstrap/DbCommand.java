package org.jifen.bootstrap;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jifen.adapters.db.DatabaseConfig;
import org.jifen.adapters.db.JifenDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jifen db …}: the database itself ({@link Main} adds {@code migrate} below it). */
@Command(name = "db", mixinStandardHelpOptions = true, description = "数据库 — the database.")
public final class DbCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** {@code jifen db} alone: usage, exit 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /**
     * {@code jifen db migrate [--db JDBC_URL] [--key-file FILE]}: brings the schema up to date (the
     * migrations it lacks, none when it is current) and prints the version reached.
     */
    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = "迁移数据库结构 — migrates the schema and prints the version reached.")
    public static final class Migrate implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--db", paramLabel = "JDBC_URL",
                description = "database (default: the embedded H2 database in ./data/)")
        private Optional<String> jdbcUrl;

        @Option(names = "--key-file", paramLabel = "FILE",
                description = "file holding the personal-data key in base64 (else $" + DatabaseSettings.KEY_VARIABLE + ")")
        private Optional<Path> keyFile;

        private final DatabaseSettings settings;

        public Migrate(DatabaseSettings settings) {
            this.settings = settings;
        }

        @Override
        public Integer call() {
            DatabaseConfig config = settings.config(jdbcUrl, keyFile);
            try (JifenDatabase database = JifenDatabase.open(config)) {
                spec.commandLine().getOut().printf("%s: schema version %s (%s)%n", ServeCommand.describe(config),
                        database.schemaVersion(), database.migrationsApplied() == 0 ? "已是最新 up to date"
                                : "已迁移 " + database.migrationsApplied() + " migration(s) applied");
            }
            return 0;
        }
    }
}
