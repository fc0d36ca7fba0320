package org.jifen.adapters.cli.catalogue;

import org.jifen.adapters.cli.file.FileProblem;
import org.jifen.adapters.cli.file.YamlLines;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.catalogue.Catalogue;

/**
 * Reads a catalogue file (指标体系文件, YAML, UTF-8) into the domain's {@link Catalogue}s.
 * A bad file is refused with a {@link CatalogueFileException} naming the file, the line and the
 * field of each problem: YAML syntax, an unknown field, a value of the wrong type or an unknown
 * value stop at the first one; missing fields, bad points, malformed codes, rule parameters and
 * levels, and the domain's validation are all reported together. Points are read exactly as
 * decimals, never through floating point. Safe to share between threads.
 */
public final class CatalogueFileReader {

    private final YAMLFactory factory;
    private final ObjectReader reader;

    public CatalogueFileReader() {
        this.factory = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        this.reader = YAMLMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build()
                .readerFor(CatalogueFileYaml.class);
    }

    /** Parses the file; the catalogues are well-formed but not yet validated against the policy. */
    public List<Catalogue> read(Path file) {
        return parse(bytes(file), file.toString()).catalogues();
    }

    /** Parses the stream; {@code source} names it in problems (e.g. {@code default-catalogue.yaml}). */
    public List<Catalogue> read(InputStream in, String source) {
        return parse(bytes(in), source).catalogues();
    }

    /** Parses the file and validates every catalogue, refusing it with all problems at once. */
    public List<Catalogue> readValidated(Path file) {
        return validated(parse(bytes(file), file.toString()));
    }

    /** Parses the stream and validates every catalogue, refusing it with all problems at once. */
    public List<Catalogue> readValidated(InputStream in, String source) {
        return validated(parse(bytes(in), source));
    }

    private record Parsed(List<Catalogue> catalogues, FileProblems problems) {
    }

    private Parsed parse(byte[] bytes, String source) {
        Objects.requireNonNull(source, "source");
        String text = SourceText.decode(bytes, source);
        FileProblems problems = new FileProblems(source, scan(text, source));
        List<Catalogue> catalogues = new CatalogueYamlConverter(problems).catalogues(bind(text, problems));
        problems.throwIfAny();
        return new Parsed(catalogues, problems);
    }

    /** One pass over the tokens: YAML syntax and duplicate keys are caught here, with their line. */
    private YamlLines scan(String text, String source) {
        YamlLines lines;
        try {
            lines = YamlLines.scan(factory, text);
        } catch (JsonProcessingException e) {
            throw new CatalogueFileException(List.of(ParseProblems.syntax(e, source)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<Integer> secondDocument = lines.secondDocument();
        if (secondDocument.isPresent()) {
            throw new CatalogueFileException(List.of(new FileProblem(source, secondDocument.get(), "",
                    "SECOND_DOCUMENT", "a second YAML document starts here; a catalogue file is one document")));
        }
        return lines;
    }

    /** The file's records; {@code null} for a file without any YAML node. */
    private CatalogueFileYaml bind(String text, FileProblems problems) {
        if (problems.lines().isEmpty()) {
            return null;
        }
        try {
            return reader.readValue(text);
        } catch (JsonMappingException e) {
            throw new CatalogueFileException(List.of(ParseProblems.binding(e, problems)));
        } catch (JsonProcessingException e) {
            throw new CatalogueFileException(List.of(ParseProblems.syntax(e, problems.file())));
        }
    }

    private static List<Catalogue> validated(Parsed parsed) {
        ValidationProblems.check(parsed.catalogues(), parsed.problems());
        parsed.problems().throwIfAny();
        return parsed.catalogues();
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalogue file " + file, e);
        }
    }

    private static byte[] bytes(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalogue stream", e);
        }
    }
}
