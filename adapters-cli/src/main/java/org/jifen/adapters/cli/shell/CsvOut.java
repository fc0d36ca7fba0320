package org.jifen.adapters.cli.shell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.List;

/** CSV output of the commands (Jackson CSV, a header row, UTF-8). */
public final class CsvOut {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private CsvOut() {
    }

    /** One line of CSV for these cells, quoted where needed, with its line end. */
    public static String line(List<String> cells) {
        try {
            return MAPPER.writerFor(String[].class).with(CsvSchema.emptySchema().withLineSeparator("\n"))
                    .writeValueAsString(cells.toArray(String[]::new));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write CSV", e);
        }
    }
}
