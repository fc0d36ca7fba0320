package org.jifen.adapters.cli.commands;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jifen.domain.person.TestIdNumbers;

/**
 * One change to a valid CSV file: to a cell (a hostile value), to a line (cells dropped or added, lines dropped,
 * doubled or blanked) or to the bytes (a byte-order mark, CRLF or CR line ends, bytes that are not UTF-8, cut
 * short). {@code line} and {@code cell} pick the place modulo what the file has; line 0 is the header.
 */
record CsvMutation(Kind kind, int line, int cell, String value, byte[] bytes) {

    enum Kind {
        REPLACE_CELL, DROP_CELL, ADD_CELL, DROP_LINE, DOUBLE_LINE, BLANK_LINE, REPLACE_LINE,
        BOM, CRLF, CR_ONLY, INSERT_BYTES, TRUNCATE
    }

    private static final String VALID_ID = TestIdNumbers.number("510102", LocalDate.of(1990, 3, 7), 123);

    @Override
    public String toString() {
        String shown = value.length() > 60 ? value.substring(0, 60) + "…(" + value.length() + ")" : value;
        return kind + "@" + line + ":" + cell + " " + shown.replace("\n", "\\n").replace("\r", "\\r")
                + (bytes.length == 0 ? "" : " bytes " + Arrays.toString(Arrays.copyOf(bytes, Math.min(8, bytes.length))));
    }

    static Arbitrary<CsvMutation> any() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 20), cells(), rawBytes()).as(CsvMutation::new);
    }

    /** The file's text lines mutated in order, then written as UTF-8 with the byte changes applied. */
    static byte[] apply(List<String> validLines, List<CsvMutation> mutations) {
        List<String> lines = new ArrayList<>(validLines);
        String newline = "\n";
        boolean bom = false;
        List<CsvMutation> onBytes = new ArrayList<>();
        for (CsvMutation mutation : mutations) {
            switch (mutation.kind) {
                case BOM -> bom = true;
                case CRLF -> newline = "\r\n";
                case CR_ONLY -> newline = "\r";
                case INSERT_BYTES, TRUNCATE -> onBytes.add(mutation);
                default -> mutation.onLines(lines);
            }
        }
        byte[] text = (String.join(newline, lines) + newline).getBytes(StandardCharsets.UTF_8);
        if (bom) {
            byte[] marked = new byte[text.length + 3];
            marked[0] = (byte) 0xef;
            marked[1] = (byte) 0xbb;
            marked[2] = (byte) 0xbf;
            System.arraycopy(text, 0, marked, 3, text.length);
            text = marked;
        }
        for (CsvMutation mutation : onBytes) {
            text = mutation.onBytes(text);
        }
        return text;
    }

    private void onLines(List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        int at = Math.floorMod(line, lines.size());
        List<String> cells = new ArrayList<>(Arrays.asList(lines.get(at).split(",", -1)));
        int column = Math.floorMod(cell, cells.size());
        switch (kind) {
            case REPLACE_CELL -> {
                cells.set(column, value);
                lines.set(at, String.join(",", cells));
            }
            case DROP_CELL -> {
                cells.remove(column);
                lines.set(at, String.join(",", cells));
            }
            case ADD_CELL -> {
                cells.add(column, value);
                lines.set(at, String.join(",", cells));
            }
            case DROP_LINE -> lines.remove(at);
            case DOUBLE_LINE -> lines.add(at, lines.get(at));
            case BLANK_LINE -> lines.add(at, value.isBlank() ? value : "");
            case REPLACE_LINE -> lines.set(at, value);
            default -> throw new IllegalStateException(kind.name());
        }
    }

    private byte[] onBytes(byte[] text) {
        int position = Math.floorMod(line * 37 + cell, text.length + 1);
        if (kind == Kind.TRUNCATE) {
            return Arrays.copyOf(text, position);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(text, 0, position);
        out.writeBytes(bytes);
        out.write(text, position, text.length - position);
        return out.toByteArray();
    }

    /** Cells an operator's spreadsheet or a hostile file could hold. Every ID number is synthetic. */
    static Arbitrary<String> cells() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "\"", "\"\"", "\"unterminated", "\"quoted, with comma\"", "\"a\"\"b\"",
                        "\"line\nbreak\"", "a\"b", "\"x\"y", "=cmd|' /C calc'!A0", "NULL", "null", "-", "N/A",
                        "张三\u0000", "\t", "😀", "\u202E", "李娜;王强", ";;;", "SCHOOL-A;SCHOOL-A", " SCHOOL-A ",
                        "SPOUSE", "CHILD", "spouse", "COUSIN", "P04", "P99", "HS03", "p04"),
                Arbitraries.strings().all().ofMaxLength(20).map(s -> s.replace(",", "，")),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(40),
                Arbitraries.integers().between(1_000, 300_000).map("长"::repeat),
                Arbitraries.of("2024-02-30", "2023-02-29", "2024-13-01", "0000-01-01", "+999999999-12-31",
                        "2024/05/02", "20240502", "9999-12-31", "1900-01-01", "2025-09-31", "2025-08-31 "),
                Arbitraries.of("-1", "0", "0.5", "1e400", "99999999999999999999", "9223372036854775807",
                        "-9223372036854775808", "NaN", "Infinity", "12.505", "1,000", "１２", "0x10", "45 "),
                Arbitraries.of(TestIdNumbers.withWrongCheck(VALID_ID), VALID_ID.substring(0, 17), VALID_ID + "0",
                        "0".repeat(18), "X".repeat(18), " " + VALID_ID, VALID_ID.toLowerCase(),
                        TestIdNumbers.numberWithRawDate("330203", "20240230", 12),
                        TestIdNumbers.numberWithRawDate("999999", "19900307", 12),
                        TestIdNumbers.number("330203", LocalDate.of(2030, 1, 1), 12), VALID_ID),
                Arbitraries.integers().between(1, 998).map(sequence ->
                        TestIdNumbers.number("420102", LocalDate.of(1988, 8, 8), sequence)),
                Arbitraries.of("330203", "330212", "330200", "330299", "999999", "11", "330203 "));
    }

    static Arbitrary<byte[]> rawBytes() {
        return Arbitraries.oneOf(
                Arbitraries.of(new byte[0], new byte[] {(byte) 0xff, (byte) 0xfe}, new byte[] {(byte) 0xc3},
                        new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, new byte[] {(byte) 0xed, (byte) 0xa0,
                                (byte) 0x80}, new byte[] {0}, new byte[] {'"'}, new byte[] {'\r'},
                        "\n\n".getBytes(StandardCharsets.UTF_8), ",,,".getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(16));
    }
}
