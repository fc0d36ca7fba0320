package org.jifen.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Secrets never enter the repository: every tracked file ({@code git ls-files}; the source tree without
 * {@code target/}, {@code .git/} and {@code data/} where git is absent) is scanned for private keys
 * ({@code -----BEGIN … PRIVATE KEY-----}), tokens files' plain {@code token:} values, and 32-byte base64
 * keys (the personal-data key's shape). Test sources may hold only clearly synthetic ones: a token value
 * naming itself a test or secret, or a key whose bytes spell "test" or count 0, 1, 2…. A tokens file or a
 * key file is never tracked, and {@code data/} (the server's default database, key and tokens) is ignored.
 */
class SecretsInRepositoryTest {

    private static final Pattern PRIVATE_KEY = Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----");
    private static final Pattern TOKEN_VALUE = Pattern.compile(
            // a URL-safe base64 token may begin with '-' or '_' (one in 32): those count as well
            "(?m)^[\\s\"]*-?\\s*token:\\s*[\"']?([A-Za-z0-9_\\-+/.~][A-Za-z0-9_\\-+/=.~]*)");
    private static final Pattern BASE64_KEY = Pattern.compile("(?<![A-Za-z0-9+/])([A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])");
    private static final Set<String> SYNTHETIC_MARKERS = Set.of("test", "secret", "fake", "example", "dummy",
            "synthetic");
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", ".git", "data", "node_modules", ".idea");

    @Test
    void trackedFiles_holdNoPrivateKeyPlainTokenOrKey() {
        Path root = repositoryRoot();
        List<String> files = trackedFiles(root);
        assertThat(files).as("the scan found the repository's files").contains("pom.xml", ".gitignore");

        List<String> findings = new ArrayList<>();
        for (String file : files) {
            read(root.resolve(file)).ifPresent(text -> findings.addAll(scan(file, text)));
        }

        assertThat(findings).as("secrets in tracked files").isEmpty();
    }

    @Test
    void noTokensOrKeyFileIsTracked_andTheDataDirectoryIsIgnored() throws IOException {
        Path root = repositoryRoot();

        assertThat(trackedFiles(root)).as("tracked tokens, key or data files").filteredOn(file -> {
            String name = Path.of(file).getFileName().toString().toLowerCase(Locale.ROOT);
            return file.startsWith("data/") || name.endsWith(".key") || name.startsWith("tokens.y")
                    || name.endsWith(".pem") || name.endsWith(".p12");
        }).isEmpty();
        assertThat(Files.readAllLines(root.resolve(".gitignore"), StandardCharsets.UTF_8))
                .as(".gitignore keeps ./data/ (the default database, its key and the tokens file) out")
                .containsAnyOf("data/", "/data/");
    }

    @Test
    void theScan_findsEachKindOfSecret_namingTheFileAndLine() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String key = Base64.getEncoder().encodeToString(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String privateKey = "-----BEGIN " + "RSA PRIVATE KEY-----\nMIIEow…\n";

        assertThat(scan("deploy/tokens.yaml", "tokens:\n  - token: " + token + "\n    subject: admin\n"))
                .containsExactly("deploy/tokens.yaml:2: a plain token value");
        assertThat(scan("deploy/tokens.yaml", "tokens:\n  - token: -" + token + "\n"))
                .as("a URL-safe token beginning with '-'").containsExactly("deploy/tokens.yaml:2: a plain token value");
        assertThat(scan("README.md", "export JIFEN_PERSONAL_DATA_KEY=\"" + key + "\"\n"))
                .containsExactly("README.md:1: a 32-byte base64 key");
        assertThat(scan("bootstrap/src/main/resources/server.pem", "x\n" + privateKey))
                .containsExactly("bootstrap/src/main/resources/server.pem:2: a private key");
        assertThat(scan("adapters-db/src/test/java/Keys.java", "KEY = \"" + key + "\";"))
                .as("a random key in test sources is not synthetic").hasSize(1);
        assertThat(scan("adapters-rest/src/test/java/T.java", "- token: " + token)).hasSize(1);
        assertThat(scan("adapters-rest/src/main/java/T.java", "- token: plain-secret-1"))
                .as("markers count in test sources only").hasSize(1);
    }

    @Test
    void theScan_letsClearlySyntheticTestValuesAndTemplatesPass() {
        String testOnly = Base64.getEncoder().encodeToString("test-only-key-for-jifen-tests!!!".getBytes(StandardCharsets.US_ASCII));
        byte[] counting = new byte[32];
        for (int i = 0; i < counting.length; i++) {
            counting[i] = (byte) i;
        }

        assertThat(scan("adapters-db/src/test/java/TestDatabase.java", "KEY = \"" + testOnly + "\";")).isEmpty();
        assertThat(scan("adapters-db/src/test/java/CipherTest.java",
                "KEY = \"" + Base64.getEncoder().encodeToString(counting) + "\";")).isEmpty();
        assertThat(scan("adapters-rest/src/test/java/BearerTokensTest.java", "  - token: plain-secret-1\n  - token: t"))
                .isEmpty();
        assertThat(scan("bootstrap/src/main/java/TokensFile.java", "  - token: \"%s\"")).as("a template").isEmpty();
    }

    /** What looks like a secret in one file's text, as {@code path:line: what}. */
    static List<String> scan(String path, String text) {
        boolean testSource = path.contains("src/test/");
        List<String> findings = new ArrayList<>();
        Matcher privateKey = PRIVATE_KEY.matcher(text);
        while (privateKey.find()) {
            findings.add(path + ":" + line(text, privateKey.start()) + ": a private key");
        }
        Matcher token = TOKEN_VALUE.matcher(text);
        while (token.find()) {
            if (!(testSource && syntheticToken(token.group(1)))) {
                findings.add(path + ":" + line(text, token.start(1)) + ": a plain token value");
            }
        }
        Matcher key = BASE64_KEY.matcher(text);
        while (key.find()) {
            if (!(testSource && syntheticKey(key.group(1)))) {
                findings.add(path + ":" + line(text, key.start(1)) + ": a 32-byte base64 key");
            }
        }
        return findings;
    }

    private static boolean syntheticToken(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return value.length() < 8 || SYNTHETIC_MARKERS.stream().anyMatch(lower::contains);
    }

    private static boolean syntheticKey(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            return true;
        }
        String ascii = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        boolean counting = true;
        for (int i = 1; i < bytes.length; i++) {
            counting &= bytes[i] - bytes[i - 1] == bytes[1] - bytes[0];
        }
        return counting || SYNTHETIC_MARKERS.stream().anyMatch(ascii::contains);
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static java.util.Optional<String> read(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 4L * 1024 * 1024) {
                return java.util.Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
                if (bytes[i] == 0) {
                    return java.util.Optional.empty(); // binary
                }
            }
            return java.util.Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's root: the folder above this module holding the parent pom and .gitignore. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("architecture-tests"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }

    /** {@code git ls-files} of the root, or every file below it (without build output) when git cannot tell. */
    static List<String> trackedFiles(Path root) {
        try {
            Process git = new ProcessBuilder("git", "-C", root.toString(), "ls-files", "-z")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (git.waitFor(60, TimeUnit.SECONDS) && git.exitValue() == 0 && !out.isEmpty()) {
                return Stream.of(out.split("\0")).filter(name -> !name.isEmpty()).toList();
            }
        } catch (IOException noGit) {
            // no git here: scan the tree
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(root::relativize)
                    .filter(path -> Stream.iterate(path, p -> p != null, Path::getParent)
                            .noneMatch(p -> p.getFileName() != null && SKIPPED_DIRECTORIES.contains(p.getFileName().toString())))
                    .map(path -> path.toString().replace('\\', '/'))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
