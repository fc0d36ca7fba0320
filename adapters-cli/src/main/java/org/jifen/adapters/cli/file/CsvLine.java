package org.jifen.adapters.cli.file;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One data line of a CSV file: its 1-based line number in the file and its cells by column name. */
public final class CsvLine {

    private final String file;
    private final int line;
    private final List<String> header;
    private final List<String> cells;

    CsvLine(String file, int line, List<String> header, List<String> cells) {
        this.file = file;
        this.line = line;
        this.header = header;
        this.cells = cells;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** The cell of that column, stripped; empty text for an empty cell. */
    public String get(String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        return index < cells.size() ? Objects.requireNonNullElse(cells.get(index), "").strip() : "";
    }

    /** The cell, or empty when the cell is empty. */
    public Optional<String> optional(String column) {
        String value = get(column);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** A problem of this line. */
    public FileProblem problem(String column, String code, String message) {
        return new FileProblem(file, line, column, code, message);
    }
}
