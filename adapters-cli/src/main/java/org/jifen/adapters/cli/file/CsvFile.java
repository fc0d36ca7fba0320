package org.jifen.adapters.cli.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads an operator's CSV file (UTF-8, an optional byte-order mark, a header row naming exactly the
 * expected columns in any order) with Jackson CSV, streaming: each data line goes to the caller with its
 * line number. A header that misses a column or names an unknown one, a line with too many cells, text
 * that is not UTF-8 and broken quoting are refused as {@link CsvFileException} naming the line; blank
 * lines are skipped.
 */
public final class CsvFile {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    private final Path path;
    private final String name;
    private final List<String> columns;

    public CsvFile(Path path, List<String> columns) {
        this.path = path;
        this.name = path.toString();
        this.columns = List.copyOf(columns);
    }

    /** The number of data lines (non-blank lines after the header), for progress reports. */
    public long countLines() {
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return Math.max(0, reader.lines().filter(l -> !l.isBlank()).count() - 1);
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    /** Streams the data lines to {@code each}, in file order. */
    public void read(Consumer<CsvLine> each) {
        try (Reader reader = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
                MappingIterator<String[]> rows = MAPPER.readerFor(String[].class).readValues(reader)) {
            List<String> header = header(rows);
            int line = 1;
            while (true) {
                String[] cells;
                try {
                    if (!rows.hasNextValue()) {
                        break;
                    }
                    cells = rows.nextValue();
                } catch (IOException e) {
                    if (e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException) {
                        throw refused(line + 1, "", "NOT_UTF8", "the text from here on is not UTF-8");
                    }
                    if (e instanceof JsonProcessingException json) {
                        int at = json.getLocation() == null ? line + 1 : json.getLocation().getLineNr();
                        throw refused(Math.max(line + 1, at), "", "CSV_SYNTAX", "not valid CSV: "
                                + json.getOriginalMessage());
                    }
                    throw e;
                }
                line = Math.max(line + 1, rows.getParser().currentTokenLocation().getLineNr());
                if (cells.length > header.size()) {
                    throw refused(line, "", "TOO_MANY_CELLS", cells.length + " cells, but the header names "
                            + header.size() + " columns");
                }
                each.accept(new CsvLine(name, line, header, Arrays.asList(cells)));
            }
        } catch (CharacterCodingException e) {
            throw refused(1, "", "NOT_UTF8", "the file is not UTF-8 text");
        } catch (JsonProcessingException e) {
            // broken quoting in the header row (a quote left open runs to the end of the file)
            if (e.getCause() instanceof CharacterCodingException) {
                throw refused(1, "", "NOT_UTF8", "the file is not UTF-8 text");
            }
            throw refused(e.getLocation() == null ? 1 : e.getLocation().getLineNr(), "", "CSV_SYNTAX",
                    "not valid CSV: " + e.getOriginalMessage());
        } catch (IOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw refused(1, "", "NOT_UTF8", "the file is not UTF-8 text");
            }
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private List<String> header(MappingIterator<String[]> rows) throws IOException {
        if (!rows.hasNextValue()) {
            throw refused(1, "", "MISSING_HEADER", "the file is empty; the first line must be the header "
                    + String.join(",", columns));
        }
        List<String> header = new ArrayList<>();
        for (String cell : rows.nextValue()) {
            String column = cell == null ? "" : cell.strip();
            header.add(header.isEmpty() && column.startsWith("\uFEFF") ? column.substring(1) : column);
        }
        List<FileProblem> problems = new ArrayList<>();
        for (String column : header) {
            if (!columns.contains(column)) {
                problems.add(new FileProblem(name, 1, column, "UNKNOWN_COLUMN", "unknown column '" + column
                        + "' (the header is " + String.join(",", columns) + ")"));
            } else if (header.indexOf(column) != header.lastIndexOf(column)) {
                problems.add(new FileProblem(name, 1, column, "DUPLICATE_COLUMN", "column '" + column
                        + "' appears twice"));
            }
        }
        for (String column : columns) {
            if (!header.contains(column)) {
                problems.add(new FileProblem(name, 1, column, "MISSING_COLUMN", "the header has no column '"
                        + column + "' (the header is " + String.join(",", columns) + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new CsvFileException(problems);
        }
        return List.copyOf(header);
    }

    private CsvFileException refused(int line, String field, String code, String message) {
        return new CsvFileException(List.of(new FileProblem(name, Math.max(line, 1), field, code, message)));
    }
}
