package org.jifen.adapters.cli.file;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.shared.DomainException;
import org.jifen.domain.shared.InvalidValueException;

/**
 * The cells of one CSV line turned into domain values; each bad cell becomes a problem of the line
 * (column, stable code, reason) and parsing goes on, so one pass reports every bad cell.
 */
public final class Cells {

    private static final DivisionRegistry DIVISIONS = DivisionRegistry.standard();

    private final CsvLine line;
    private final List<FileProblem> problems = new ArrayList<>();

    public Cells(CsvLine line) {
        this.line = line;
    }

    public CsvLine line() {
        return line;
    }

    public List<FileProblem> problems() {
        return problems;
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public void problem(String column, String code, String message) {
        problems.add(line.problem(column, code, message));
    }

    /** The cell, required. */
    public Optional<String> text(String column) {
        Optional<String> value = line.optional(column);
        if (value.isEmpty()) {
            problem(column, "MISSING_VALUE", "required, but empty");
        }
        return value;
    }

    /** The cell parsed by a domain constructor; a refusal becomes the problem, with the domain's code. */
    public <T> Optional<T> parse(String column, Function<String, T> parser) {
        return text(column).flatMap(text -> convert(column, text, parser));
    }

    /** An optional cell parsed the same way. */
    public <T> Optional<T> parseOptional(String column, Function<String, T> parser) {
        return line.optional(column).flatMap(text -> convert(column, text, parser));
    }

    public Optional<IdNumber> idNumber(String column) {
        return parse(column, IdNumber::parse);
    }

    public Optional<LocalDate> date(String column) {
        return text(column).flatMap(text -> date(column, text));
    }

    public Optional<LocalDate> date(String column, String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            problem(column, "INVALID_DATE", "'" + text + "' is not a date (yyyy-mm-dd)");
            return Optional.empty();
        }
    }

    public Optional<BigDecimal> decimal(String column) {
        return text(column).flatMap(text -> {
            try {
                return Optional.of(new BigDecimal(text));
            } catch (NumberFormatException e) {
                problem(column, "INVALID_QUANTITY", "'" + text + "' is not a number");
                return Optional.empty();
            }
        });
    }

    /** A division code that names a known division of GB/T 2260. */
    public Optional<DivisionCode> division(String column) {
        return parse(column, text -> {
            DivisionCode code = DivisionCode.of(text);
            DIVISIONS.require(code);
            return code;
        });
    }

    private <T> Optional<T> convert(String column, String text, Function<String, T> parser) {
        try {
            return Optional.ofNullable(parser.apply(text));
        } catch (InvalidValueException e) {
            problem(column, e.code(), withoutField(e.getMessage(), e.field()));
            return Optional.empty();
        } catch (DomainException e) {
            problem(column, e.code(), e.getMessage());
            return Optional.empty();
        }
    }

    private static String withoutField(String message, String field) {
        String prefix = field + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
