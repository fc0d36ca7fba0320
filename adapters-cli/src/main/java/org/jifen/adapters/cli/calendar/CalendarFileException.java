package org.jifen.adapters.cli.calendar;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A calendar file (工作日历文件) refused, with every problem found, each at its file and line.
 * {@link #line()} and {@link #field()} name the first problem; the message lists them all, one
 * {@code file:line: field: message} per line.
 */
public final class CalendarFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The stable code the CLI prints and maps to its exit status. */
    public static final String CODE = "INVALID_CALENDAR_FILE";

    private final transient List<CalendarFileProblem> problems;

    public CalendarFileException(List<CalendarFileProblem> problems) {
        super(render(problems));
        this.problems = List.copyOf(problems);
    }

    public String code() {
        return CODE;
    }

    public List<CalendarFileProblem> problems() {
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

    private static String render(List<CalendarFileProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused file has at least one problem");
        }
        return problems.stream().map(CalendarFileProblem::toString).collect(Collectors.joining("\n"));
    }
}
