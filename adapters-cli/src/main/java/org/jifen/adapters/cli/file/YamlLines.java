package org.jifen.adapters.cli.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each node of a YAML text (a catalogue, a calendar…) starts: field path (e.g. {@code catalogues[0].indicators[3].cap})
 * → 1-based line. Built from the parser's token locations in one pass over the text, so that
 * problems found after binding (a bad value, a domain validation problem) point at their line.
 */
public final class YamlLines {

    private final Map<String, Integer> lines;
    private final int secondDocumentLine;

    private YamlLines(Map<String, Integer> lines, int secondDocumentLine) {
        this.lines = Map.copyOf(lines);
        this.secondDocumentLine = secondDocumentLine;
    }

    /** Scans the text; a syntax error is thrown as the parser reports it. */
    public static YamlLines scan(JsonFactory factory, String text) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        int documents = 0;
        int secondDocumentLine = 0;
        try (JsonParser parser = factory.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructEnd()) {
                    continue;
                }
                String path = pathOf(parser);
                int line = parser.currentTokenLocation().getLineNr();
                if (path.isEmpty() && token != JsonToken.FIELD_NAME && ++documents == 2) {
                    secondDocumentLine = line;
                }
                lines.putIfAbsent(path, line);
            }
        }
        return new YamlLines(lines, secondDocumentLine);
    }

    /** The path of the parser's current token; for a mapping or list start, of the node it starts. */
    public static String pathOf(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        JsonToken token = parser.currentToken();
        return path(token != null && token.isStructStart() ? context.getParent() : context);
    }

    /** True when the text holds no YAML node at all (empty, or comments only). */
    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The line where a second YAML document starts, if the text holds more than one. */
    public Optional<Integer> secondDocument() {
        return secondDocumentLine == 0 ? Optional.empty() : Optional.of(secondDocumentLine);
    }

    /** The line of the node at this path, or of its nearest ancestor present in the text. */
    public int lineOf(String path) {
        String at = path;
        while (!at.isEmpty()) {
            Integer line = lines.get(at);
            if (line != null) {
                return line;
            }
            at = parent(at);
        }
        return Math.max(1, lines.getOrDefault("", 1));
    }

    /** {@code a.b[2].c}: names joined by dots, list positions in brackets. */
    public static String join(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    private static String parent(String path) {
        int cut = path.endsWith("]") ? path.lastIndexOf('[') : path.lastIndexOf('.');
        return cut < 0 ? "" : path.substring(0, cut);
    }

    private static String path(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String parent = path(context.getParent());
        if (context.inArray()) {
            return index(parent, Math.max(0, context.getCurrentIndex()));
        }
        String name = context.getCurrentName();
        return name == null ? parent : join(parent, name);
    }
}
