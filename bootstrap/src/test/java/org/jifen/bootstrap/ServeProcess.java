package org.jifen.bootstrap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code jifen serve} in a JVM of its own (this test's classpath, {@link Main}), so that SIGTERM reaches
 * a real shutdown hook: started in a working directory, its stdout read until it says where it listens,
 * its stderr kept in a file.
 */
final class ServeProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("serving on http://127\\.0\\.0\\.1:(\\d+)/");

    private final Process process;
    private final StringBuffer stdout = new StringBuffer();
    private final Path stderr;
    private final int port;

    private ServeProcess(Process process, Path stderr) throws IOException, InterruptedException {
        this.process = process;
        this.stderr = stderr;
        this.port = awaitPort();
    }

    static ServeProcess start(Path workingDirectory, String... options) throws IOException, InterruptedException {
        return start(workingDirectory, java.util.Map.of(), options);
    }

    /** The same with these environment variables added to the child's (after the personal-data key ones are removed). */
    static ServeProcess start(Path workingDirectory, java.util.Map<String, String> environment, String... options)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--host", "127.0.0.1", "--port", "0"));
        command.addAll(List.of(options));
        Path stderr = Files.createTempFile(workingDirectory, "serve-", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectError(stderr.toFile());
        builder.environment().remove(DatabaseSettings.KEY_VARIABLE);
        builder.environment().remove(DatabaseSettings.KEY_FILE_VARIABLE);
        builder.environment().putAll(environment);
        return new ServeProcess(builder.start(), stderr);
    }

    private int awaitPort() throws IOException, InterruptedException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String line;
        while ((line = lines.readLine()) != null) {
            stdout.append(line).append('\n');
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                Thread reader = new Thread(() -> drain(lines), "serve-stdout");
                reader.setDaemon(true);
                reader.start();
                return Integer.parseInt(listening.group(1));
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        process.destroyForcibly().waitFor();
        throw new IllegalStateException("serve did not start:\n" + stdout + "\n" + stderr());
    }

    private void drain(BufferedReader lines) {
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                stdout.append(line).append('\n');
            }
        } catch (IOException ended) {
            // the process is gone
        }
    }

    int port() {
        return port;
    }

    String stdout() {
        return stdout.toString();
    }

    String stderr() {
        try {
            return Files.readString(stderr, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(stderr unreadable: " + e + ")";
        }
    }

    /** SIGTERM, then the exit code (143 = terminated by SIGTERM, after the shutdown hook ran). */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("serve did not stop within 60 s of SIGTERM:\n" + stderr());
        }
        return process.exitValue();
    }

    /**
     * SIGKILL ({@link Process#destroyForcibly()}: on Linux the JDK sends signal 9), no shutdown hook runs;
     * the exit code (137 = 128 + 9 when killed so).
     */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("serve did not die within 30 s of SIGKILL");
        }
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                process.destroyForcibly().waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
