package org.jifen.adapters.cli.calendar;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each node of a calendar file starts: field path (e.g. {@code years[1].holidays[2].from}) →
 * 1-based line, from the parser's token locations in one pass, so that problems found after binding
 * point at their line.
 */
final class CalendarYamlLines {

    private final Map<String, Integer> lines;
    private final int documents;
    private final int secondDocumentLine;

    private CalendarYamlLines(Map<String, Integer> lines, int documents, int secondDocumentLine) {
        this.lines = Map.copyOf(lines);
        this.documents = documents;
        this.secondDocumentLine = secondDocumentLine;
    }

    /** Scans the text; a syntax error is thrown as the parser reports it. */
    static CalendarYamlLines scan(JsonFactory factory, String text) throws IOException {
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
        return new CalendarYamlLines(lines, documents, secondDocumentLine);
    }

    /** The path of the parser's current token; for a mapping or list start, of the node it starts. */
    static String pathOf(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        JsonToken token = parser.currentToken();
        return path(token != null && token.isStructStart() ? context.getParent() : context);
    }

    boolean isEmpty() {
        return documents == 0;
    }

    /** The line where a second YAML document starts, or 0 when there is one. */
    int secondDocumentLine() {
        return secondDocumentLine;
    }

    /** The line of the node at this path, or of its nearest ancestor present in the text. */
    int lineOf(String path) {
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

    static String join(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    static String index(String parent, int index) {
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
