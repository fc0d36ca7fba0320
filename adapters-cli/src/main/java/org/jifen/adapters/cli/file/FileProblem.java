package org.jifen.adapters.cli.file;

import java.util.Objects;

/**
 * One problem of an operator's file (a catalogue, a calendar, a CSV import), located for the operator
 * who has to fix it: the file, the line (1-based), the field (its path, e.g.
 * {@code catalogues[0].indicators[3].rule.pointsPerUnit}, or what the problem names, e.g. an
 * indicator code), a stable code and a readable message. Printed as {@code file:line: field: message}.
 */
public record FileProblem(String file, int line, String field, String code, String message) {

    public FileProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1, got " + line);
        }
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
