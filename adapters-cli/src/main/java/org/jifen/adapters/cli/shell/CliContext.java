package org.jifen.adapters.cli.shell;

import java.io.PrintWriter;
import java.util.Objects;
import org.jifen.adapters.cli.CliBackend;

/**
 * What every command runs with: the backend giving the use cases, where to print data ({@code out}) and
 * messages, progress and errors ({@code err}), and whether {@code err} is a terminal (progress bars) or
 * not (a plain line per 10 %).
 */
public record CliContext(CliBackend backend, PrintWriter out, PrintWriter err, boolean terminal) {

    public CliContext {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /** A progress report for a job of {@code total} steps, shown as fits the context. */
    public Progress progress(String task, long total) {
        return terminal ? Progress.bar(task, total, err) : Progress.lines(task, total, err);
    }
}
