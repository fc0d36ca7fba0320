package org.jifen.adapters.cli.file;

import java.util.List;

/**
 * A CSV file refused (persons, system data, candidates…), with every bad line; the code is the first
 * problem's (e.g. {@code INVALID_ID_NUMBER}), and each problem carries its own.
 */
public final class CsvFileException extends InvalidFileException {

    private static final long serialVersionUID = 1L;

    public CsvFileException(List<FileProblem> problems) {
        super(problems.isEmpty() ? "INVALID_CSV_FILE" : problems.get(0).code(), problems);
    }
}
