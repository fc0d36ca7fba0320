package org.jifen.adapters.cli.file;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An operator's file refused, with every problem found, each at its file and line; nothing of it was
 * taken. {@link #file()}, {@link #line()} and {@link #field()} name the first problem; the message
 * lists them all, one {@code file:line: field: message} per line.
 */
public abstract class InvalidFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient List<FileProblem> problems;

    protected InvalidFileException(String code, List<FileProblem> problems) {
        super(render(problems));
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    /** The stable code the CLI prints and maps to its exit status. */
    public String code() {
        return code;
    }

    public List<FileProblem> problems() {
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

    private static String render(List<FileProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused file has at least one problem");
        }
        return problems.stream().map(FileProblem::toString).collect(Collectors.joining("\n"));
    }
}
