package org.jifen.adapters.cli.file;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.domain.shared.DomainException;

/**
 * The lines of an operator's file, each parsed into a value or refused with its problems. A file imports
 * whole or not at all: {@link #requireAllGood} refuses it with every bad line unless the operator asked to
 * skip bad lines, when the good ones go on and the bad ones are reported.
 */
public final class LineResults<T> {

    /** A good line: its number in the file and its value. */
    public record Good<T>(int line, T value) {
    }

    private static final Pattern ENTRY = Pattern.compile("^\\w+\\[(\\d+)\\]");

    private final List<Good<T>> good = new ArrayList<>();
    private final List<FileProblem> problems = new ArrayList<>();

    public void good(int line, T value) {
        good.add(new Good<>(line, value));
    }

    public void bad(FileProblem problem) {
        problems.add(problem);
    }

    /** Moves the good lines for which {@code problem} gives a problem to the bad ones, in one pass. */
    public void recheck(java.util.function.Function<Good<T>, java.util.Optional<FileProblem>> problem) {
        good.removeIf(line -> {
            java.util.Optional<FileProblem> found = problem.apply(line);
            found.ifPresent(problems::add);
            return found.isPresent();
        });
    }

    public List<Good<T>> good() {
        return good;
    }

    public List<T> values() {
        return good.stream().map(Good::value).toList();
    }

    public List<FileProblem> problems() {
        return problems;
    }

    /**
     * Refuses the file with all its problems unless {@code skipBad}; with it, the bad lines are left out
     * (and stay listed in {@link #problems()} for the report).
     */
    public void requireAllGood(boolean skipBad) {
        if (!problems.isEmpty() && !skipBad) {
            problems.sort(java.util.Comparator.comparingInt(FileProblem::line));
            throw new CsvFileException(problems);
        }
        problems.sort(java.util.Comparator.comparingInt(FileProblem::line));
    }

    /**
     * The line of the entry a use case's refusal names ({@code persons[3]: …}, {@code records[12].x: …}),
     * counting the good lines passed to it, or -1 when it names none.
     */
    public int lineNamedBy(DomainException refusal) {
        Matcher matcher = ENTRY.matcher(refusal.getMessage() == null ? "" : refusal.getMessage());
        if (!matcher.find()) {
            return -1;
        }
        int index = Integer.parseInt(matcher.group(1));
        return index < good.size() ? good.get(index).line() : -1;
    }

    /**
     * Turns a use case's refusal naming one entry into a problem of that line and leaves the line out;
     * false when the refusal names no entry.
     */
    public boolean moveToProblems(DomainException refusal, String file) {
        Matcher matcher = ENTRY.matcher(refusal.getMessage() == null ? "" : refusal.getMessage());
        if (!matcher.find()) {
            return false;
        }
        int index = Integer.parseInt(matcher.group(1));
        if (index >= good.size()) {
            return false;
        }
        Good<T> bad = good.remove(index);
        String message = refusal.getMessage().substring(matcher.end()).replaceFirst("^[.\\w]*:\\s*", "");
        problems.add(new FileProblem(file, bad.line(), "", refusal.code(), message));
        problems.sort(java.util.Comparator.comparingInt(FileProblem::line));
        return true;
    }
}
