package org.jifen.adapters.cli.calendar;

import java.util.List;
import org.jifen.adapters.cli.file.FileProblem;
import org.jifen.adapters.cli.file.InvalidFileException;

/** A calendar file (工作日历文件) refused, with every problem found, each at its file and line. */
public final class CalendarFileException extends InvalidFileException {

    private static final long serialVersionUID = 1L;

    /** The stable code the CLI prints and maps to its exit status. */
    public static final String CODE = "INVALID_CALENDAR_FILE";

    public CalendarFileException(List<FileProblem> problems) {
        super(CODE, problems);
    }
}
