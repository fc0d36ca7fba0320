package org.jifen.adapters.cli.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jifen.adapters.cli.file.FileProblem;
import org.jifen.adapters.cli.file.YamlLines;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.programme.PlaceCode;
import org.jifen.domain.programme.Programme;
import org.jifen.domain.programme.ProgrammeCode;
import org.jifen.domain.programme.ProgrammeKind;
import org.jifen.domain.programme.TieBreak;
import org.jifen.domain.shared.DomainException;
import org.jifen.domain.shared.Points;

/**
 * Reads a programme file (积分应用项目, YAML, UTF-8) into the domain's {@link Programme}:
 * <pre>
 * code: HS-SCHOOL-2025                 # letters, digits, '-' and '_'
 * kind: SCHOOL_ENROLMENT               # or PUBLIC_RENTAL_HOUSING, HOUSEHOLD_REGISTRATION
 * name: 海曙区2025年义务教育积分入学     # optional
 * district: "330203"
 * cutoffDate: 2025-08-31               # the score counted is the one effective on this date
 * minScore: "30"                       # decimal, at most two places
 * excludeTrialRun: true                # optional, default false
 * tieBreaks: [P04, P05, EARLIER_SUBMISSION]   # optional, this is the default chain
 * places: {HS-XUEFU: 40, HS-ZHONGSHAN: 35}    # seats per place code
 * </pre>
 * Every problem is reported with its line ({@code programme.yaml:4: cutoffDate: …}).
 */
public final class ProgrammeFileReader {

    private final YAMLFactory factory = new YAMLFactory();
    private final ObjectReader reader = YAMLMapper.builder(factory)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build().readerFor(ProgrammeYaml.class);

    public Programme read(Path file) {
        String source = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read programme file " + file, e);
        }
        YamlLines lines;
        ProgrammeYaml yaml;
        try {
            lines = YamlLines.scan(factory, text);
            yaml = reader.readValue(text);
        } catch (UnrecognizedPropertyException e) {
            throw refused(source, line(e), e.getPropertyName(), "UNKNOWN_FIELD", "unknown field '"
                    + e.getPropertyName() + "' (known fields: code, kind, name, district, cutoffDate, minScore, "
                    + "excludeTrialRun, tieBreaks, places)");
        } catch (JsonMappingException e) {
            throw refused(source, line(e), "", "WRONG_TYPE", e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw refused(source, line(e), "", "YAML_SYNTAX", "YAML syntax: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (yaml == null) {
            throw refused(source, 1, "", "MISSING_FIELD", "the file is empty");
        }
        return new Conversion(source, lines).programme(yaml);
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
    }

    private static ProgrammeFileException refused(String source, int line, String field, String code, String message) {
        return new ProgrammeFileException(List.of(new FileProblem(source, line, field, code, message)));
    }

    /** One conversion, collecting every problem before refusing. */
    private static final class Conversion {

        private final String source;
        private final YamlLines lines;
        private final List<FileProblem> problems = new ArrayList<>();

        Conversion(String source, YamlLines lines) {
            this.source = source;
            this.lines = lines;
        }

        Programme programme(ProgrammeYaml yaml) {
            ProgrammeCode code = value("code", yaml.code(), () -> new ProgrammeCode(yaml.code()));
            ProgrammeKind kind = value("kind", yaml.kind(), () -> ProgrammeKind.valueOf(yaml.kind()));
            DivisionCode district = value("district", yaml.district(), () -> DivisionCode.of(yaml.district()));
            LocalDate cutoff = value("cutoffDate", yaml.cutoffDate(), () -> LocalDate.parse(yaml.cutoffDate()));
            Points minScore = value("minScore", yaml.minScore(), () -> Points.parse(yaml.minScore()));
            List<TieBreak> tieBreaks = yaml.tieBreaks() == null ? TieBreak.DEFAULT_CHAIN : tieBreaks(yaml.tieBreaks());
            Map<PlaceCode, Integer> places = new LinkedHashMap<>();
            if (yaml.places() == null || yaml.places().isEmpty()) {
                add("places", "MISSING_FIELD", "at least one place with its seats is required");
            } else {
                yaml.places().forEach((place, seats) -> {
                    PlaceCode placeCode = value("places." + place, place, () -> new PlaceCode(place));
                    if (seats == null || seats < 0) {
                        add("places." + place, "INVALID_PLACES", "seats must be 0 or more");
                    } else if (placeCode != null) {
                        places.put(placeCode, seats);
                    }
                });
            }
            if (problems.isEmpty()) {
                try {
                    return new Programme(code, kind, yaml.name(), district, cutoff, minScore,
                            Boolean.TRUE.equals(yaml.excludeTrialRun()), tieBreaks, places);
                } catch (DomainException e) {
                    add(e instanceof org.jifen.domain.shared.InvalidValueException v ? v.field() : "", e.code(),
                            e.getMessage());
                }
            }
            throw new ProgrammeFileException(problems);
        }

        private List<TieBreak> tieBreaks(List<String> names) {
            List<TieBreak> chain = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                String field = "tieBreaks[" + i + "]";
                if ("EARLIER_SUBMISSION".equals(name)) {
                    chain.add(new TieBreak.EarlierSubmission());
                } else {
                    IndicatorCode indicator = value(field, name, () -> IndicatorCode.of(name));
                    if (indicator != null) {
                        chain.add(new TieBreak.IndicatorPoints(indicator));
                    }
                }
            }
            return chain;
        }

        private <T> T value(String field, Object given, Supplier<T> parse) {
            if (given == null) {
                add(field, "MISSING_FIELD", "required, but missing");
                return null;
            }
            try {
                return parse.get();
            } catch (DomainException | IllegalArgumentException | DateTimeParseException e) {
                String code = e instanceof DomainException d ? d.code() : "INVALID_VALUE";
                add(field, code, "'" + given + "' is not valid" + (e instanceof DomainException ? ": " + e.getMessage()
                        : field.equals("kind") ? " (SCHOOL_ENROLMENT, PUBLIC_RENTAL_HOUSING or HOUSEHOLD_REGISTRATION)"
                        : field.equals("cutoffDate") ? " (yyyy-mm-dd)" : ""));
                return null;
            }
        }

        private void add(String field, String code, String message) {
            problems.add(new FileProblem(source, lines.lineOf(field), field, code, message));
        }
    }
}
