package org.jifen.adapters.cli.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A catalogue file (指标体系文件) refused, with every problem found, each at its file and line.
 * {@link #file()}, {@link #line()} and {@link #field()} name the first problem; the message lists
 * them all, one {@code file:line: field: message} per line.
 */
public final class CatalogueFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The stable code the CLI prints and maps to its exit status. */
    public static final String CODE = "INVALID_CATALOGUE_FILE";

    private final transient List<CatalogueFileProblem> problems;

    public CatalogueFileException(List<CatalogueFileProblem> problems) {
        super(render(problems));
        this.problems = List.copyOf(problems);
    }

    public String code() {
        return CODE;
    }

    public List<CatalogueFileProblem> problems() {
        return problems;
    }

    public String file() {
        return problems.get(0).file();
    }

    public int line() {
        return problems.get(0).line();
    }

    public String field() {
        return problems.get(0).field();
    }

    private static String render(List<CatalogueFileProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused file has at least one problem");
        }
        return problems.stream().map(CatalogueFileProblem::toString).collect(Collectors.joining("\n"));
    }
}
