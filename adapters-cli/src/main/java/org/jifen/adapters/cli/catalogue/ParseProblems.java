package org.jifen.adapters.cli.catalogue;

import org.jifen.adapters.cli.file.FileProblem;
import org.jifen.adapters.cli.file.YamlLines;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * What the YAML parser and Jackson's binding report, said as a {@link FileProblem} an
 * operator can act on: YAML syntax, a duplicate key, an unknown field, a value of the wrong type,
 * an unknown enum value. These stop the reading at the first one.
 */
final class ParseProblems {

    private ParseProblems() {
    }

    /** The text is not well-formed YAML (or repeats a key). */
    static FileProblem syntax(JsonProcessingException e, String file) {
        String field = e.getProcessor() instanceof JsonParser parser ? YamlLines.pathOf(parser) : "";
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            Mark context = yaml.getContextMark();
            String where = yaml.getContext() == null ? ""
                    : " (" + yaml.getContext() + (context == null ? "" : " that starts on line " + (context.getLine() + 1))
                            + ")";
            return new FileProblem(file, yaml.getProblemMark().getLine() + 1, field, "YAML_SYNTAX",
                    "YAML syntax: " + yaml.getProblem() + where);
        }
        String message = e.getOriginalMessage();
        String code = message.startsWith("Duplicate field") ? "DUPLICATE_FIELD" : "YAML_SYNTAX";
        return new FileProblem(file, line(e.getLocation()), field, code,
                code.equals("DUPLICATE_FIELD") ? "this key appears twice in its mapping" : "YAML syntax: " + message);
    }

    /** The YAML is well-formed but does not fit the catalogue file's fields and types. */
    static FileProblem binding(JsonMappingException e, FileProblems problems) {
        String path = path(e.getPath());
        int line = path.isEmpty() ? line(e.getLocation()) : problems.lines().lineOf(path);
        return new FileProblem(problems.file(), line, path, code(e), message(e));
    }

    private static String code(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "UNKNOWN_FIELD";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return "UNKNOWN_VALUE";
        }
        return "WRONG_TYPE";
    }

    private static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "' (known fields: "
                    + known(unknown.getKnownPropertyIds()) + ")";
        }
        if (e instanceof InvalidFormatException invalid) {
            return "expected " + expected(invalid.getTargetType()) + ", got '" + invalid.getValue() + "'";
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "expected " + expected(mismatched.getTargetType());
        }
        return e.getOriginalMessage();
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == BigDecimal.class) {
            return "a decimal number";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == LocalDate.class) {
            return "a date (yyyy-mm-dd)";
        }
        if (type == String.class) {
            return "a text";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping (key: value)";
        }
        return type.getSimpleName();
    }

    private static String known(Collection<Object> ids) {
        return ids == null ? "" : ids.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    }

    private static String path(List<JsonMappingException.Reference> references) {
        String path = "";
        for (JsonMappingException.Reference reference : references) {
            path = reference.getFieldName() != null ? YamlLines.join(path, reference.getFieldName())
                    : YamlLines.index(path, Math.max(0, reference.getIndex()));
        }
        return path;
    }

    private static int line(JsonLocation location) {
        return location == null ? 1 : Math.max(1, location.getLineNr());
    }
}
