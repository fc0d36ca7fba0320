package org.jifen.adapters.rest.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jifen.domain.person.TestIdNumbers;

/**
 * A value a hostile or careless client could send: as a JSON node (for the tree mutations), a field name (for
 * extra fields) and raw bytes (for the byte mutations). Every ID number here is synthetic.
 */
record HostileValue(String label, JsonNode node, String fieldName, byte[] bytes) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String VALID_ID = TestIdNumbers.number("330203", LocalDate.of(1990, 3, 7), 123);

    @Override
    public String toString() {
        return label.length() > 80 ? label.substring(0, 80) + "…(" + label.length() + ")" : label;
    }

    static Arbitrary<HostileValue> any() {
        Arbitrary<JsonNode> node = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, strings()),
                net.jqwik.api.Tuple.of(3, numbers()),
                net.jqwik.api.Tuple.of(3, dates()),
                net.jqwik.api.Tuple.of(3, idNumbers()),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(NODES.booleanNode(true), NODES.nullNode(),
                        NODES.objectNode(), NODES.arrayNode(), NODES.textNode(""), NODES.textNode(" "))),
                net.jqwik.api.Tuple.of(2, nested()),
                net.jqwik.api.Tuple.of(1, huge()));
        Arbitrary<String> fieldName = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
                Arbitraries.of("idNumber", "personId", "__proto__", "constructor", "姓名", "status", "points", ""));
        Arbitrary<byte[]> raw = Arbitraries.oneOf(raw(), node.map(n -> n.toString().getBytes(StandardCharsets.UTF_8)));
        return Combinators.combine(node, fieldName, raw)
                .as((n, f, r) -> new HostileValue(label(n, r), n, f, r));
    }

    private static String label(JsonNode node, byte[] raw) {
        String text = node.toString();
        return (text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + ")" : text)
                + " / raw " + raw.length + " bytes";
    }

    static Arbitrary<JsonNode> strings() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(30),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(5),
                Arbitraries.of("张三\u0000", "\uD83D\uDE00😀", "\uD800", "\u202E330203", "' OR 1=1 --", "<script>",
                        "${jndi:ldap://x}", "%s%n", "../../etc/passwd", "APPROVED ", "approved", "P02\n",
                        "person-0001\u0000", "１２３", "NaN", "Infinity", "-0", "1e9999", "0x10"))
                .map(NODES::textNode);
    }

    static Arbitrary<JsonNode> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.of(NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(Long.MIN_VALUE),
                        NODES.numberNode(Integer.MAX_VALUE + 1L), NODES.numberNode(-1), NODES.numberNode(0),
                        NODES.numberNode(0.5), NODES.numberNode(-0.001), NODES.numberNode(1e308),
                        NODES.numberNode(new BigDecimal("1e400")), NODES.numberNode(new BigDecimal("-1e-400")),
                        NODES.numberNode(new BigInteger("9".repeat(60))), NODES.numberNode(new BigDecimal("12.505")),
                        NODES.textNode("12.5.0"), NODES.textNode("-99999999999999999999.99"),
                        NODES.textNode("1e3"), NODES.textNode("9223372036854775807")),
                Arbitraries.longs().map(NODES::numberNode),
                Arbitraries.bigDecimals().ofScale(4).map(NODES::numberNode));
    }

    static Arbitrary<JsonNode> dates() {
        return Arbitraries.oneOf(
                Arbitraries.of("2024-02-30", "2023-02-29", "2024-13-01", "0000-01-01", "+999999999-12-31",
                        "-0001-01-01", "2024-5-2", "2024/05/02", "20240502", "9999-12-31", "1900-01-01",
                        "2024-05-02T10:00:00Z", "2024-05-02T25:00:00Z", "yesterday", "2024-05-02 ", "2024-05-02\u0000"),
                Arbitraries.integers().between(-3000, 12000).map(year -> year + "-06-15"))
                .map(NODES::textNode);
    }

    static Arbitrary<JsonNode> idNumbers() {
        return Arbitraries.oneOf(
                Arbitraries.of(TestIdNumbers.withWrongCheck(VALID_ID), VALID_ID.substring(0, 17),
                        VALID_ID + "0", VALID_ID.toLowerCase().replace('X', 'x'), "0".repeat(18),
                        "X".repeat(18), VALID_ID.replace('1', '１'), " " + VALID_ID,
                        TestIdNumbers.numberWithRawDate("330203", "20240230", 12),
                        TestIdNumbers.numberWithRawDate("999999", "19900307", 12),
                        TestIdNumbers.number("330203", LocalDate.of(2030, 1, 1), 12)),
                Arbitraries.integers().between(1, 998).map(sequence ->
                        TestIdNumbers.number("510102", LocalDate.of(1988, 8, 8), sequence)),
                Arbitraries.strings().numeric().ofLength(18))
                .map(NODES::textNode);
    }

    static Arbitrary<JsonNode> nested() {
        return Arbitraries.integers().between(1, 300).flatMap(depth -> Arbitraries.of(true, false).map(array -> {
            JsonNode node = NODES.textNode("底");
            for (int i = 0; i < depth; i++) {
                if (array) {
                    ArrayNode wrap = NODES.arrayNode();
                    wrap.add(node);
                    node = wrap;
                } else {
                    ObjectNode wrap = NODES.objectNode();
                    wrap.set("a", node);
                    node = wrap;
                }
            }
            return node;
        }));
    }

    static Arbitrary<JsonNode> huge() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1_000, 1_200_000).map(n -> NODES.textNode("长".repeat(n / 3))),
                Arbitraries.integers().between(100, 50_000).map(n -> {
                    ArrayNode array = NODES.arrayNode();
                    for (int i = 0; i < n; i++) {
                        array.add(i);
                    }
                    return array;
                }));
    }

    static Arbitrary<byte[]> raw() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "null", "[]", "{}", "\"text\"", "42", "{", "}", "[", "{\"a\":", ",", "\u0000",
                        "\uFEFF", "{\"a\":1,\"a\":2}", "/* comment */", "'single'", "NaN", "{\"a\":1}{\"b\":2}")
                        .map(text -> text.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.of(new byte[] {(byte) 0xff, (byte) 0xfe}, new byte[] {(byte) 0xc3}, new byte[] {(byte) 0xef,
                        (byte) 0xbb, (byte) 0xbf}, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                        new byte[] {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}),
                Arbitraries.integers().between(900, 20_000).flatMap(depth -> Arbitraries.of("[", "{\"a\":")
                        .map(open -> open.repeat(depth).getBytes(StandardCharsets.UTF_8))),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(64));
    }
}
