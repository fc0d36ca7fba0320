package org.jifen.adapters.cli.calendar;

import java.util.Objects;

/**
 * One problem of a calendar file (工作日历文件), located for the operator who has to fix it: the file,
 * the line (1-based), the field's path (e.g. {@code years[1].makeUpWorkdays[0].date}), a stable code
 * and a readable message. Printed as {@code file:line: field: message}.
 */
public record CalendarFileProblem(String file, int line, String field, String code, String message) {

    public CalendarFileProblem {
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
