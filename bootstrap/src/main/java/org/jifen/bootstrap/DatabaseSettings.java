package org.jifen.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jifen.adapters.db.DatabaseConfig;
import org.jifen.adapters.db.PersonalDataKey;

/**
 * Which database a command opens and with which personal-data key, from its options and the
 * environment: no URL is the embedded H2 database under {@code ./data/}; a key comes from
 * {@code --key-file FILE}, else {@value #KEY_VARIABLE} (base64), else the file named by
 * {@value #KEY_FILE_VARIABLE}. PostgreSQL needs one ({@code PERSONAL_DATA_KEY_MISSING} otherwise, before
 * anything connects); the H2 file database keeps its own key file beside it when none is configured.
 * A configured key is used for every database, H2 included: the key an H2 database was created with
 * must stay the key it is opened with.
 */
public final class DatabaseSettings {

    /** The personal-data key in base64 (128 or 256 bits), from the deployment's secrets. */
    public static final String KEY_VARIABLE = "JIFEN_PERSONAL_DATA_KEY";
    /** A file holding the key in base64, for deployments that mount secrets as files. */
    public static final String KEY_FILE_VARIABLE = "JIFEN_PERSONAL_DATA_KEY_FILE";

    private final Map<String, String> environment;

    public DatabaseSettings(Map<String, String> environment) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    }

    /** The process's own environment. */
    public static DatabaseSettings fromEnvironment() {
        return new DatabaseSettings(System.getenv());
    }

    /** The configuration of that database (empty: the embedded default), its key resolved. */
    public DatabaseConfig config(Optional<String> jdbcUrl, Optional<Path> keyFile) {
        DatabaseConfig config = jdbcUrl.filter(url -> !url.isBlank()).map(url -> DatabaseConfig.of(url.strip()))
                .orElseGet(DatabaseConfig::embedded);
        Optional<PersonalDataKey> key = key(keyFile);
        if (key.isPresent()) {
            return config.withPersonalDataKey(key.get());
        }
        if (config.embeddedKeyFile().isEmpty() && !config.inMemory()) {
            throw new StartupException("PERSONAL_DATA_KEY_MISSING", "ID numbers and phones are stored encrypted,"
                    + " and this database needs a personal-data key (128 or 256 bits, base64) from the deployment's"
                    + " secrets: set " + KEY_VARIABLE + ", or " + KEY_FILE_VARIABLE + " to a file holding it, or give"
                    + " --key-file FILE (serve, db migrate). Make one with: head -c 32 /dev/urandom | base64");
        }
        return config;
    }

    private Optional<PersonalDataKey> key(Optional<Path> keyFile) {
        if (keyFile.isPresent()) {
            return Optional.of(read(keyFile.get(), "--key-file"));
        }
        String inline = environment.get(KEY_VARIABLE);
        if (inline != null && !inline.isBlank()) {
            try {
                return Optional.of(PersonalDataKey.fromBase64(inline));
            } catch (RuntimeException e) {
                throw new StartupException("INVALID_PERSONAL_DATA_KEY",
                        KEY_VARIABLE + " is not a 128- or 256-bit key in base64");
            }
        }
        String file = environment.get(KEY_FILE_VARIABLE);
        if (file != null && !file.isBlank()) {
            return Optional.of(read(Path.of(file.strip()), KEY_FILE_VARIABLE));
        }
        return Optional.empty();
    }

    private static PersonalDataKey read(Path file, String source) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException e) {
            throw new StartupException("INVALID_PERSONAL_DATA_KEY",
                    "the personal-data key file " + file + " (" + source + ") cannot be read");
        }
        try {
            return PersonalDataKey.fromBase64(text);
        } catch (RuntimeException e) {
            throw new StartupException("INVALID_PERSONAL_DATA_KEY",
                    "the personal-data key file " + file + " (" + source + ") does not hold a 128- or 256-bit key in base64");
        }
    }
}
