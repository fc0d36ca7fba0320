package org.jifen.adapters.cli.catalogue;

import java.util.Objects;

/**
 * One problem of a catalogue file (指标体系文件), located for the operator who has to fix it:
 * the file, the line (1-based), what is wrong there, a stable code and a readable message.
 *
 * <p>For a problem of the file's form, {@code field} is the path of the field, e.g.
 * {@code catalogues[0].indicators[3].rule.pointsPerUnit}. For a problem the domain's catalogue
 * validation found, {@code field} is the indicator code it names (e.g. {@code P04}), or the
 * catalogue version (e.g. {@code 330000-2022}) when it concerns the whole catalogue, and the message
 * starts with the domain's problem code. Printed as {@code file:line: field: message}.
 */
public record CatalogueFileProblem(String file, int line, String field, String code, String message) {

    public CatalogueFileProblem {
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
