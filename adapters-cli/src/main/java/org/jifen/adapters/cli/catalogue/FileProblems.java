package org.jifen.adapters.cli.catalogue;

import org.jifen.adapters.cli.file.FileProblem;
import org.jifen.adapters.cli.file.YamlLines;
import java.util.ArrayList;
import java.util.List;

/** The problems found in one file so far, each placed on its line; thrown together at the end. */
final class FileProblems {

    private final String file;
    private final YamlLines lines;
    private final List<FileProblem> problems = new ArrayList<>();

    FileProblems(String file, YamlLines lines) {
        this.file = file;
        this.lines = lines;
    }

    String file() {
        return file;
    }

    YamlLines lines() {
        return lines;
    }

    /** A problem of the field at {@code path}, placed on that field's line (or its parent's). */
    void add(String path, String code, String message) {
        problems.add(new FileProblem(file, lines.lineOf(path), path, code, message));
    }

    /** A problem of the node at {@code path}, labelled {@code label} rather than by its path. */
    void addLabelled(String path, String label, String code, String message) {
        problems.add(new FileProblem(file, lines.lineOf(path), label, code, message));
    }

    void missing(String path) {
        add(path, "MISSING_FIELD", "required, but missing");
    }

    void emptyEntry(String path) {
        add(path, "EMPTY_ENTRY", "empty list entry");
    }

    int count() {
        return problems.size();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new CatalogueFileException(problems);
        }
    }
}
