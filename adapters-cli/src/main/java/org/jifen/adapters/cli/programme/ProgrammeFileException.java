package org.jifen.adapters.cli.programme;

import java.util.List;
import org.jifen.adapters.cli.file.FileProblem;
import org.jifen.adapters.cli.file.InvalidFileException;

/** A programme file refused, with every problem at its line. */
public final class ProgrammeFileException extends InvalidFileException {

    private static final long serialVersionUID = 1L;

    public ProgrammeFileException(List<FileProblem> problems) {
        super("INVALID_PROGRAMME_FILE", problems);
    }
}
