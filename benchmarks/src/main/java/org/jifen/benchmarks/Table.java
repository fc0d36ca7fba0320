package org.jifen.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A Markdown table, its columns padded so it also reads as plain text. */
public final class Table {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(String... header) {
        this.header = List.of(header);
    }

    public Table row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + header.size() + " columns");
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(String.valueOf(cell));
        }
        rows.add(row);
        return this;
    }

    public void print(PrintStream out) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        line(out, header, widths);
        StringBuilder rule = new StringBuilder("|");
        for (int width : widths) {
            rule.append('-').append("-".repeat(width)).append("-|");
        }
        out.println(rule);
        rows.forEach(row -> line(out, row, widths));
    }

    private static void line(PrintStream out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder("|");
        for (int i = 0; i < cells.size(); i++) {
            line.append(' ').append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length())).append(" |");
        }
        out.println(line);
    }

    /** 1234567 → "1,234,567". */
    public static String count(long value) {
        return String.format("%,d", value);
    }

    /** A rate, rounded to thousands above 100k. */
    public static String rate(double perSecond) {
        return perSecond >= 100_000 ? String.format("%,d", Math.round(perSecond / 1000) * 1000)
                : String.format("%,d", Math.round(perSecond));
    }

    public static String seconds(double seconds) {
        return seconds < 10 ? String.format("%.3f", seconds) : String.format("%.1f", seconds);
    }

    public static String mib(long bytes) {
        return String.format("%,d", bytes >> 20);
    }
}
