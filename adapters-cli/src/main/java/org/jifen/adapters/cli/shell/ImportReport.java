package org.jifen.adapters.cli.shell;

import java.util.List;
import org.jifen.adapters.cli.file.FileProblem;
import org.jifen.adapters.cli.file.LineResults;
import org.jifen.domain.shared.DomainException;

/** Runs an import's use case on the good lines of a file and reports what was skipped. */
public final class ImportReport {

    private ImportReport() {
    }

    /** What an import call does with the good values; returns how many it stored. */
    @FunctionalInterface
    public interface Importer<T> {
        int store(List<T> values);
    }

    /**
     * Stores the good lines. With {@code skipBad}, a refusal of the use case that names one entry moves that
     * line to the skipped ones and the rest is tried again (each try is all or nothing); without it the
     * refusal is reported against its line. Returns how many were stored.
     */
    public static <T> int run(LineResults<T> lines, boolean skipBad, String file, Importer<T> importer) {
        while (true) {
            if (lines.good().isEmpty()) {
                return 0;
            }
            try {
                return importer.store(lines.values());
            } catch (DomainException refusal) {
                int line = lines.lineNamedBy(refusal);
                if (line < 0) {
                    throw refusal;
                }
                if (!skipBad) {
                    lines.moveToProblems(refusal, file);
                    lines.requireAllGood(false);
                }
                lines.moveToProblems(refusal, file);
            }
        }
    }

    /** Prints each skipped line on stderr ({@code SKIPPED CODE: file:line: …}). */
    public static void printSkipped(List<FileProblem> skipped, CliContext context) {
        for (FileProblem problem : skipped) {
            context.err().println("SKIPPED " + problem.code() + ": " + problem);
        }
        context.err().flush();
    }
}
