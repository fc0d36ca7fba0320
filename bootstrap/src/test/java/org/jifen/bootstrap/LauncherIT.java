package org.jifen.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./jifen} launcher from a fresh clone (as a newcomer gets it): the repository is cloned with
 * {@code git clone} into a temporary directory, where no jar exists yet; {@code ./jifen --help} must build
 * {@code bootstrap/target/jifen.jar} with Maven and run it. The build is offline ({@code -o}) against this
 * build's local repository ({@code maven.repo.local}, set by the failsafe configuration), so it needs no
 * network. A clone holds the committed state only (uncommitted changes are not tested here). Skipped when
 * the project directory is not a git repository.
 */
class LauncherIT {

    @Test
    void theLauncher_buildsTheJarInAFreshClone_andRunsIt(@TempDir Path dir) throws Exception {
        Path project = Path.of("").toAbsolutePath().getParent();
        Assumptions.assumeTrue(Files.isRegularFile(project.resolve("jifen")), "no launcher at " + project);
        Assumptions.assumeTrue(run(project, dir.resolve("git.log"), "git", "rev-parse", "--is-inside-work-tree") == 0,
                "the project directory is not a git repository");
        Path clone = dir.resolve("clone");
        assertThat(run(dir, dir.resolve("clone.log"), "git", "clone", "--quiet", "--no-hardlinks", project.toString(),
                clone.toString())).as(read(dir.resolve("clone.log"))).isZero();
        assertThat(clone.resolve("bootstrap/target/jifen.jar")).doesNotExist();

        Path help = dir.resolve("help.out");
        int helpCode = run(clone, help, "./jifen", "--help");

        assertThat(helpCode).as(read(help) + read(Path.of(help + ".err"))).isZero();
        assertThat(read(help)).startsWith("Usage: jifen").contains("积分 Jifen", "Commands:");
        assertThat(commands(read(help))).containsExactly("catalogue", "calendar", "persons", "households",
                "system-data", "score", "rounds", "clear", "audit", "generate", "demo", "serve", "db");
        assertThat(read(Path.of(help + ".err"))).contains("jifen: building");
        assertThat(clone.resolve("bootstrap/target/jifen.jar")).isRegularFile();

        Path migrate = dir.resolve("migrate.out");
        String url = "jdbc:h2:file:" + clone.resolve("data/launcher-test");
        int migrateCode = run(clone, migrate, "./jifen", "db", "migrate", "--db", url);

        assertThat(migrateCode).as(read(Path.of(migrate + ".err"))).isZero();
        assertThat(read(migrate)).isEqualTo(url + " (H2): schema version 4 (已迁移 4 migration(s) applied)\n");
        assertThat(read(Path.of(migrate + ".err"))).doesNotContain("jifen: building");
    }

    /** The command names the help lists under {@code Commands:}. */
    static List<String> commands(String help) {
        String section = help.substring(help.indexOf("Commands:") + "Commands:".length());
        return section.lines().map(line -> java.util.regex.Pattern.compile("^  ([a-z][a-z-]*)\\s").matcher(line))
                .filter(java.util.regex.Matcher::find).map(m -> m.group(1)).toList();
    }

    /** Runs a command there; stdout to {@code output}, stderr beside it ({@code output.err}); the exit code. */
    private static int run(Path directory, Path output, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(output.toFile()).redirectError(Path.of(output + ".err").toFile());
        List<String> maven = new ArrayList<>(List.of("-o"));
        String repository = System.getProperty("maven.repo.local");
        if (repository != null && !repository.isBlank()) {
            maven.add("-Dmaven.repo.local=" + repository);
        }
        builder.environment().put("MAVEN_ARGS", String.join(" ", maven));
        builder.environment().remove("JIFEN_JAVA_OPTS");
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError(String.join(" ", command) + " did not finish within 5 minutes");
        }
        return process.exitValue();
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
