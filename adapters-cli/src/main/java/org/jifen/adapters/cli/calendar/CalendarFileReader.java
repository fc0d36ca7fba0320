package org.jifen.adapters.cli.calendar;

import org.jifen.adapters.cli.file.FileProblem;
import org.jifen.adapters.cli.file.YamlLines;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jifen.domain.calendar.CalendarYear;
import org.jifen.domain.shared.InvalidValueException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a calendar file (工作日历文件, YAML, UTF-8) into the domain's {@link CalendarYear}s: for each
 * year its holidays (periods off, every day of a period a day off) and its make-up working days
 * (调休上班). A bad file is refused with a {@link CalendarFileException} naming the file, the line and
 * the field of each problem: YAML syntax, an unknown field or a value of the wrong type (a date that
 * is no date) stop at the first one; missing fields, dates outside their year, reversed periods, a
 * make-up day that is no weekend day or that is also a holiday, and a year given twice are reported
 * together. Safe to share between threads.
 */
public final class CalendarFileReader {

    private final YAMLFactory factory;
    private final ObjectReader reader;

    public CalendarFileReader() {
        this.factory = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        this.reader = YAMLMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build()
                .readerFor(CalendarFileYaml.class);
    }

    /** Reads and checks the file. */
    public List<CalendarYear> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read calendar file " + file, e);
        }
        return parse(bytes, file.toString());
    }

    /** Reads and checks the stream; {@code source} names it in problems (e.g. {@code china-working-days.yaml}). */
    public List<CalendarYear> read(InputStream in, String source) {
        byte[] bytes;
        try (in) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read calendar stream " + source, e);
        }
        return parse(bytes, source);
    }

    private List<CalendarYear> parse(byte[] bytes, String source) {
        Objects.requireNonNull(source, "source");
        String text = decode(bytes, source);
        YamlLines lines = scan(text, source);
        Problems problems = new Problems(source, lines);
        if (lines.isEmpty()) {
            problems.add("years", "MISSING_FIELD", "the file holds no years");
            problems.throwIfAny();
        }
        CalendarFileYaml file = bind(text, problems);
        List<CalendarYear> years = convert(file, problems);
        problems.throwIfAny();
        return years;
    }

    // ---------------------------------------------------------------- text, syntax and binding

    private static String decode(byte[] bytes, String source) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int line = firstBadLine(bytes);
            throw new CalendarFileException(List.of(new FileProblem(source, line, "", "NOT_UTF8",
                    "the file is not UTF-8 text")));
        }
    }

    private static int firstBadLine(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private YamlLines scan(String text, String source) {
        YamlLines lines;
        try {
            lines = YamlLines.scan(factory, text);
        } catch (JsonProcessingException e) {
            throw new CalendarFileException(List.of(syntax(e, source)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.secondDocument().isPresent()) {
            throw new CalendarFileException(List.of(new FileProblem(source, lines.secondDocument().get(), "",
                    "SECOND_DOCUMENT", "a second YAML document starts here; a calendar file is one document")));
        }
        return lines;
    }

    private CalendarFileYaml bind(String text, Problems problems) {
        try {
            return reader.readValue(text);
        } catch (JsonMappingException e) {
            throw new CalendarFileException(List.of(binding(e, problems)));
        } catch (JsonProcessingException e) {
            throw new CalendarFileException(List.of(syntax(e, problems.file)));
        }
    }

    private static FileProblem syntax(JsonProcessingException e, String file) {
        String field = e.getProcessor() instanceof JsonParser parser ? YamlLines.pathOf(parser) : "";
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            return new FileProblem(file, yaml.getProblemMark().getLine() + 1, field, "YAML_SYNTAX",
                    "YAML syntax: " + yaml.getProblem());
        }
        String message = e.getOriginalMessage();
        boolean duplicate = message.startsWith("Duplicate field");
        return new FileProblem(file, line(e.getLocation()), field, duplicate ? "DUPLICATE_FIELD" : "YAML_SYNTAX",
                duplicate ? "this key appears twice in its mapping" : "YAML syntax: " + message);
    }

    private static FileProblem binding(JsonMappingException e, Problems problems) {
        String path = "";
        for (JsonMappingException.Reference reference : e.getPath()) {
            path = reference.getFieldName() != null ? YamlLines.join(path, reference.getFieldName())
                    : YamlLines.index(path, Math.max(0, reference.getIndex()));
        }
        int line = path.isEmpty() ? line(e.getLocation()) : problems.lines.lineOf(path);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new FileProblem(problems.file, line, path, "UNKNOWN_FIELD", "unknown field '"
                    + unknown.getPropertyName() + "' (known fields: " + known(unknown.getKnownPropertyIds()) + ")");
        }
        if (e instanceof InvalidFormatException invalid) {
            return new FileProblem(problems.file, line, path, "WRONG_TYPE", "expected "
                    + expected(invalid.getTargetType()) + ", got '" + invalid.getValue() + "'");
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return new FileProblem(problems.file, line, path, "WRONG_TYPE", "expected "
                    + expected(mismatched.getTargetType()));
        }
        if (e.getCause() instanceof DateTimeParseException parse) {
            return new FileProblem(problems.file, line, path, "WRONG_TYPE",
                    "expected a date (yyyy-mm-dd), got '" + parse.getParsedString() + "'");
        }
        return new FileProblem(problems.file, line, path, "WRONG_TYPE", e.getOriginalMessage());
    }

    private static String expected(Class<?> type) {
        if (type == LocalDate.class) {
            return "a date (yyyy-mm-dd)";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a text";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type.isRecord()) {
            return "a mapping (key: value)";
        }
        return type.getSimpleName();
    }

    private static String known(Collection<Object> ids) {
        return ids == null ? "" : ids.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    }

    private static int line(JsonLocation location) {
        return location == null ? 1 : Math.max(1, location.getLineNr());
    }

    // ---------------------------------------------------------------- the years

    private static List<CalendarYear> convert(CalendarFileYaml file, Problems problems) {
        List<CalendarYear> years = new ArrayList<>();
        if (file == null || file.years() == null) {
            problems.add("years", "MISSING_FIELD", "required, but missing");
            return years;
        }
        if (file.years().isEmpty()) {
            problems.add("years", "MISSING_FIELD", "at least one year is required");
            return years;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < file.years().size(); i++) {
            String path = YamlLines.index("years", i);
            CalendarYearYaml year = file.years().get(i);
            if (year == null) {
                problems.add(path, "EMPTY_ENTRY", "empty list entry");
                continue;
            }
            if (year.year() == null) {
                problems.add(path + ".year", "MISSING_FIELD", "required, but missing");
                continue;
            }
            if (year.year() < 1900 || year.year() > 2999) {
                problems.add(path + ".year", "INVALID_YEAR", year.year() + " is not a year between 1900 and 2999");
                continue;
            }
            if (!seen.add(year.year())) {
                problems.add(path + ".year", "DUPLICATE_YEAR", year.year() + " is given more than once");
                continue;
            }
            int before = problems.count();
            Set<LocalDate> holidays = holidays(year, path, problems);
            Set<LocalDate> makeUp = makeUpWorkdays(year, path, holidays, problems);
            if (problems.count() > before) {
                continue;
            }
            try {
                years.add(new CalendarYear(year.year(), holidays, makeUp));
            } catch (InvalidValueException e) {
                problems.add(path, e.code(), e.getMessage());
            }
        }
        return years;
    }

    private static Set<LocalDate> holidays(CalendarYearYaml year, String path, Problems problems) {
        Set<LocalDate> days = new TreeSet<>();
        if (year.holidays() == null) {
            problems.add(path + ".holidays", "MISSING_FIELD", "required, but missing (write [] for none)");
            return days;
        }
        for (int j = 0; j < year.holidays().size(); j++) {
            String at = YamlLines.index(path + ".holidays", j);
            HolidayYaml holiday = year.holidays().get(j);
            if (holiday == null) {
                problems.add(at, "EMPTY_ENTRY", "empty list entry");
                continue;
            }
            if (holiday.name() == null || holiday.name().isBlank()) {
                problems.add(at + ".name", "MISSING_FIELD", "required, but missing");
            }
            if (holiday.from() == null) {
                problems.add(at + ".from", "MISSING_FIELD", "required, but missing");
                continue;
            }
            LocalDate to = holiday.to() == null ? holiday.from() : holiday.to();
            boolean inYear = inYear(holiday.from(), year.year(), at + ".from", problems)
                    & inYear(to, year.year(), at + ".to", problems);
            if (to.isBefore(holiday.from())) {
                problems.add(at + ".to", "DATES_REVERSED", to + " is before " + holiday.from());
            } else if (inYear) {
                for (LocalDate day = holiday.from(); !day.isAfter(to); day = day.plusDays(1)) {
                    days.add(day);
                }
            }
        }
        return days;
    }

    private static Set<LocalDate> makeUpWorkdays(CalendarYearYaml year, String path, Set<LocalDate> holidays,
            Problems problems) {
        Set<LocalDate> days = new TreeSet<>();
        if (year.makeUpWorkdays() == null) {
            problems.add(path + ".makeUpWorkdays", "MISSING_FIELD", "required, but missing (write [] for none)");
            return days;
        }
        for (int k = 0; k < year.makeUpWorkdays().size(); k++) {
            String at = YamlLines.index(path + ".makeUpWorkdays", k);
            MakeUpWorkdayYaml makeUp = year.makeUpWorkdays().get(k);
            if (makeUp == null) {
                problems.add(at, "EMPTY_ENTRY", "empty list entry");
                continue;
            }
            LocalDate date = makeUp.date();
            if (date == null) {
                problems.add(at + ".date", "MISSING_FIELD", "required, but missing");
                continue;
            }
            if (!inYear(date, year.year(), at + ".date", problems)) {
                continue;
            }
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                problems.add(at + ".date", "NOT_A_WEEKEND_DAY", date + " is a " + date.getDayOfWeek()
                        + "; a make-up working day is a Saturday or Sunday");
            } else if (holidays.contains(date)) {
                problems.add(at + ".date", "ALSO_A_HOLIDAY", date + " is also a day off of a holiday period");
            } else if (!days.add(date)) {
                problems.add(at + ".date", "DUPLICATE_DATE", date + " is listed more than once");
            }
        }
        return days;
    }

    private static boolean inYear(LocalDate day, int year, String path, Problems problems) {
        if (day.getYear() != year) {
            problems.add(path, "NOT_IN_YEAR", day + " is not in " + year);
            return false;
        }
        return true;
    }

    /** The problems found in one file so far, each placed on its line; thrown together at the end. */
    private static final class Problems {

        private final String file;
        private final YamlLines lines;
        private final List<FileProblem> found = new ArrayList<>();

        Problems(String file, YamlLines lines) {
            this.file = file;
            this.lines = lines;
        }

        void add(String path, String code, String message) {
            found.add(new FileProblem(file, lines.lineOf(path), path, code, message));
        }

        int count() {
            return found.size();
        }

        void throwIfAny() {
            if (!found.isEmpty()) {
                throw new CalendarFileException(found);
            }
        }
    }
}
