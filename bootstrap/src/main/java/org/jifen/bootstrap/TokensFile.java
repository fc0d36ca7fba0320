package org.jifen.bootstrap;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.jifen.adapters.rest.shared.BearerTokens;

/**
 * The tokens file of {@code serve} (INTERFACES.md "Tokens file"). Without {@code --tokens}, the server
 * uses {@code ./data/tokens.yaml}, creating it on first start with one random ADMIN token for all of
 * Zhejiang (330000): 256 bits from {@link SecureRandom}, base64url. The token itself is stored (the
 * operator must be able to read it; a {@code sha256} entry would be useless to them), so the file is
 * created readable and writable by its owner only (mode 600 where the file system has POSIX
 * permissions) and is never printed: only its path is.
 */
public final class TokensFile {

    /** The default file, beside the embedded database. */
    public static final Path DEFAULT = Path.of("data", "tokens.yaml");

    /** Who the generated token stands for. */
    static final String ADMIN_SUBJECT = "admin";
    static final String ADMIN_JURISDICTION = "330000";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private TokensFile() {
    }

    /** A tokens file read, and whether this start created it. */
    public record Loaded(Path file, BearerTokens tokens, boolean created) {
    }

    /** Reads the given file (it must exist), refused with {@code INVALID_TOKENS_FILE} when unusable. */
    public static Loaded read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StartupException("INVALID_TOKENS_FILE", "the tokens file " + file + " does not exist");
        }
        return new Loaded(file, load(file), false);
    }

    /** The default file: read when it exists, created with one new ADMIN token otherwise. */
    public static Loaded readOrCreate(Path file) {
        if (Files.exists(file)) {
            return read(file);
        }
        try {
            create(file);
        } catch (FileAlreadyExistsException raced) {
            return read(file);
        } catch (IOException e) {
            throw new StartupException("INVALID_TOKENS_FILE",
                    "the tokens file " + file + " cannot be created: " + e.getClass().getSimpleName(), e);
        }
        return new Loaded(file, load(file), true);
    }

    private static BearerTokens load(Path file) {
        try {
            return BearerTokens.load(file);
        } catch (IllegalArgumentException e) {
            // BearerTokens names an entry by its position, never by its token
            throw new StartupException("INVALID_TOKENS_FILE", e.getMessage());
        }
    }

    private static void create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        boolean posix = Files.getFileAttributeView(parent == null ? Path.of(".") : parent,
                java.nio.file.attribute.PosixFileAttributeView.class) != null;
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        // created with its permissions in one step (no moment when others could read it), never overwritten
        Files.createFile(file, attributes);
        if (posix) {
            Files.setPosixFilePermissions(file, OWNER_ONLY); // the umask may have narrowed, never widened, them
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(content(newToken()));
        }
    }

    static String content(String token) {
        return """
                # Jifen bearer tokens (INTERFACES.md "Tokens file"), created by `jifen serve`.
                # Secret: readable by its owner only. Hand the token to the administrator it stands for;
                # add entries for other callers (role, jurisdiction, department, personId), or replace
                # `token` by `sha256` (the hex SHA-256 of the token) to keep only its digest here.
                tokens:
                  - token: "%s"
                    subject: "%s"
                    role: ADMIN
                    jurisdiction: "%s"
                """.formatted(token, ADMIN_SUBJECT, ADMIN_JURISDICTION);
    }

    /** 256 random bits, base64url without padding (43 characters, safe in YAML and in a header). */
    static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
