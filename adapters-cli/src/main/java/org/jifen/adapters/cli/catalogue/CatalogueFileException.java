package org.jifen.adapters.cli.catalogue;

import java.util.List;
import org.jifen.adapters.cli.file.FileProblem;
import org.jifen.adapters.cli.file.InvalidFileException;

/** A catalogue file (指标体系文件) refused, with every problem found, each at its file and line. */
public final class CatalogueFileException extends InvalidFileException {

    private static final long serialVersionUID = 1L;

    /** The stable code the CLI prints and maps to its exit status. */
    public static final String CODE = "INVALID_CATALOGUE_FILE";

    public CatalogueFileException(List<FileProblem> problems) {
        super(CODE, problems);
    }
}
