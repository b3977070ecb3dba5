package io.github.tctestkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

@Label("ApiResponse properties")
class ApiResponsePropertiesTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Numbers compare by value, so that a {@code LongNode} built by the test equals the {@code IntNode} parsed. */
    private static final Comparator<JsonNode> BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    /** Characters that tend to break JSON writers and readers, all well-formed Unicode. */
    private static final List<String> ODD = List.of(
            "\u0000",
            "\u0001",
            "\u001f",
            "\u007f",
            "\"",
            "\\",
            "/",
            "\n",
            "\r",
            "\t",
            "\b",
            "\f",
            "\u2028",
            "\u2029",
            "\ufeff",
            "\u200b",
            "\u202e",
            "\u0301",
            "\ufffd",
            "\uffff",
            "\ufffe",
            "😀",
            "👩‍👩‍👧",
            "𝄞",
            "\udbff\udfff",
            "签名",
            "é",
            "ß",
            "İ",
            "\\u0041",
            "</script>",
            "${x}",
            "%s",
            "'");

    // ------------------------------------------------------------------ arbitraries

    /** Well-formed Unicode text (no lone surrogates), biased towards troublesome characters. */
    @Provide
    static Arbitrary<String> unicodeText() {
        Arbitrary<String> codePoint = Arbitraries.integers()
                .between(0, Character.MAX_CODE_POINT)
                .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
                .map(Character::toString);
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.strings().alpha().numeric().ofMaxLength(3)),
                Tuple.of(3, codePoint),
                Tuple.of(3, Arbitraries.of(ODD)));
        return piece.list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    /** Any Java string, lone surrogates included. */
    @Provide
    static Arbitrary<String> anyText() {
        return Arbitraries.oneOf(unicodeText(), Arbitraries.strings().all().ofMaxLength(20));
    }

    /**
     * The characters the model forbids in error codes: Java white space ({@link Character#isWhitespace}) and Unicode
     * space separators ({@link Character#isSpaceChar}), among them the no-break spaces U+00A0, U+2007 and U+202F,
     * which are not Java white space. Listed rather than computed, so that {@link #theForbiddenCharactersAreListed()}
     * notices when the rule changes.
     */
    static final List<Character> SPACES = List.of(
            '\t', '\n', '\u000b', '\f', '\r', '\u001c', '\u001d', '\u001e', '\u001f', ' ', '\u00a0', '\u1680', '\u2000',
            '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a',
            '\u2028', '\u2029', '\u202f', '\u205f', '\u3000');

    /** Characters that look like or behave like spaces but are not among {@link #SPACES}: allowed in codes. */
    private static final List<String> NOT_SPACES =
            List.of("\u200b", "\u200c", "\u2060", "\ufeff", "\u180e", "\u0085", "\u00ad", "\u3164", "\u0000", "_");

    /**
     * The model's rule for error codes ({@code ErrorCode.of}, {@code ApiError.of}, {@code ApiResponse.ofError} and
     * {@code ApiResponse.parse} share it): not empty, and no character from {@link #SPACES}.
     */
    static boolean isValidCode(String s) {
        return !s.isEmpty() && s.chars().noneMatch(c -> SPACES.contains((char) c));
    }

    /** Valid codes: catalogue codes and free text without white space, lone surrogates included. */
    @Provide
    static Arbitrary<String> codes() {
        return codesFrom(anyText());
    }

    /** Valid codes of well-formed Unicode, which survive encoding to UTF-8. */
    @Provide
    static Arbitrary<String> unicodeCodes() {
        return codesFrom(unicodeText());
    }

    private static Arbitrary<String> codesFrom(Arbitrary<String> text) {
        Arbitrary<String> catalogued = Arbitraries.oneOf(
                Arbitraries.of(CommonError.class).map(CommonError::code),
                Arbitraries.of(StreamLiveError.class).map(StreamLiveError::code));
        Arbitrary<String> free = text.filter(ApiResponsePropertiesTest::isValidCode);
        Arbitrary<String> nearlySpaced = Combinators.combine(
                        free, Arbitraries.of(NOT_SPACES), Arbitraries.integers().between(0, 40))
                .as((code, c, at) -> insertAtCodePoint(code, c, at));
        return Arbitraries.oneOf(catalogued, free, nearlySpaced);
    }

    /**
     * Invalid codes: a valid code with one or more forbidden characters put in (at the start, the end or inside), a
     * code made of forbidden characters only, and the empty code.
     */
    @Provide
    static Arbitrary<String> invalidCodes() {
        Arbitrary<String> space = Arbitraries.of(SPACES).map(String::valueOf);
        Arbitrary<String> withSpaces = Combinators.combine(
                        unicodeCodes(),
                        space.list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.integers().between(0, 40).list().ofSize(3))
                .as((code, spaces, at) -> {
                    String out = code;
                    for (int i = 0; i < spaces.size(); i++) {
                        out = insertAtCodePoint(out, spaces.get(i), at.get(i));
                    }
                    return out;
                });
        Arbitrary<String> onlySpaces = space.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l));
        return Arbitraries.frequencyOf(
                Tuple.of(8, withSpaces), Tuple.of(2, onlySpaces), Tuple.of(1, Arbitraries.just("")));
    }

    /** Inserts {@code piece} before the code point at {@code at} (or at the end), never inside a surrogate pair. */
    private static String insertAtCodePoint(String s, String piece, int at) {
        int points = s.codePointCount(0, s.length());
        int index = s.offsetByCodePoints(0, Math.min(at, points));
        return s.substring(0, index) + piece + s.substring(index);
    }

    @Provide
    static Arbitrary<String> requestIds() {
        return Arbitraries.oneOf(
                Arbitraries.create(ApiResponse::newRequestId), anyText().filter(s -> !s.isEmpty()));
    }

    @Provide
    static Arbitrary<ObjectNode> payloads() {
        return objectOf(jsonValue(3), unicodeText().filter(k -> !k.equals("RequestId") && !k.equals("Error")));
    }

    private static Arbitrary<JsonNode> jsonValue(int depth) {
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
                Arbitraries.just(NullNode.getInstance()),
                Arbitraries.of(true, false).map(BooleanNode::valueOf),
                Arbitraries.integers().map(IntNode::valueOf),
                Arbitraries.longs().map(LongNode::valueOf),
                Arbitraries.bigIntegers()
                        .between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
                        .map(BigIntegerNode::valueOf),
                Arbitraries.doubles().map(DoubleNode::valueOf),
                Arbitraries.bigDecimals()
                        .between(new BigDecimal("-1e12"), new BigDecimal("1e12"))
                        .ofScale(12)
                        .map(DecimalNode::valueOf),
                unicodeText().map(TextNode::valueOf));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<JsonNode> child = Arbitraries.lazy(() -> jsonValue(depth - 1));
        Arbitrary<JsonNode> array = child.list().ofMaxSize(4).map(items -> {
            ArrayNode a = F.arrayNode();
            a.addAll(items);
            return a;
        });
        Arbitrary<JsonNode> object = objectOf(child, unicodeText()).map(o -> o);
        return Arbitraries.frequencyOf(Tuple.of(4, leaf), Tuple.of(1, array), Tuple.of(1, object));
    }

    private static Arbitrary<ObjectNode> objectOf(Arbitrary<JsonNode> values, Arbitrary<String> keys) {
        return Arbitraries.maps(keys, values).ofMaxSize(4).map(map -> {
            ObjectNode o = F.objectNode();
            for (Map.Entry<String, JsonNode> e : map.entrySet()) {
                o.set(e.getKey(), e.getValue());
            }
            return o;
        });
    }

    /** JSON-like text made from envelope tokens, most of it malformed in some way. */
    @Provide
    static Arbitrary<String> envelopeLike() {
        Arbitrary<String> token = Arbitraries.of(
                "{",
                "}",
                "[",
                "]",
                ":",
                ",",
                " ",
                "\"Response\"",
                "\"RequestId\"",
                "\"Error\"",
                "\"Code\"",
                "\"Message\"",
                "\"r-1\"",
                "\"\"",
                "\"A B\"",
                "null",
                "0",
                "-1.5e3",
                "true",
                "\"\\u00e9\"",
                "\"\\ud800\"",
                "\"",
                "\\",
                "x");
        Arbitrary<String> tokens = token.list().ofMaxSize(40).map(l -> String.join("", l));
        Arbitrary<String> mutated = Combinators.combine(
                        Arbitraries.of(Seeds.SUCCESS, Seeds.ERROR),
                        Arbitraries.integers().between(0, Seeds.ERROR.length()),
                        Arbitraries.integers().between(0, 3),
                        anyText())
                .as((seed, at, cut, insert) -> {
                    int from = Math.min(at, seed.length());
                    int to = Math.min(from + cut, seed.length());
                    return seed.substring(0, from) + insert + seed.substring(to);
                });
        return Arbitraries.oneOf(tokens, mutated, Arbitraries.strings().all().ofMaxLength(60));
    }

    @Provide
    static Arbitrary<byte[]> bodyBytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().list().ofMaxSize(80).map(ApiResponsePropertiesTest::toArray);
        Arbitrary<byte[]> flipped = Combinators.combine(
                        Arbitraries.of(Seeds.SUCCESS, Seeds.ERROR),
                        Arbitraries.integers().between(0, Seeds.SUCCESS.length() - 1),
                        Arbitraries.bytes())
                .as((seed, at, value) -> {
                    byte[] b = seed.getBytes(StandardCharsets.UTF_8);
                    b[at] = value;
                    return b;
                });
        return Arbitraries.oneOf(random, flipped);
    }

    private static byte[] toArray(List<Byte> list) {
        byte[] b = new byte[list.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = list.get(i);
        }
        return b;
    }

    // ------------------------------------------------------------------ properties

    @Property(tries = 300)
    @Label("error envelopes round-trip through toJson and parse(String)")
    void errorRoundTripThroughString(
            @ForAll("codes") String code, @ForAll("anyText") String message, @ForAll("requestIds") String requestId) {
        ApiResponse built = ApiResponse.ofError(code, message).withRequestId(requestId);
        ApiResponse parsed = ApiResponse.parse(built.toJson());

        assertThat(parsed.isError()).isTrue();
        assertThat(parsed.error()).contains(ApiError.of(code, message));
        assertThat(parsed.requestId()).isEqualTo(requestId);
        assertThat(parsed).isEqualTo(built).hasSameHashCodeAs(built);
        assertThat(parsed.toJson()).isEqualTo(built.toJson());
    }

    @Property(tries = 300)
    @Label("error envelopes of well-formed Unicode round-trip through toBytes, parse(byte[]) and parse(InputStream)")
    void errorRoundTripThroughBytes(
            @ForAll("unicodeCodes") String code,
            @ForAll("unicodeText") String message,
            @ForAll("unicodeText") String requestIdSuffix) {
        String requestId = "r" + requestIdSuffix;
        ApiResponse built = ApiResponse.ofError(code, message).withRequestId(requestId);
        byte[] bytes = built.toBytes();

        ApiResponse fromBytes = ApiResponse.parse(bytes);
        ApiResponse fromStream = ApiResponse.parse(new ByteArrayInputStream(bytes));
        assertThat(fromBytes.error()).contains(ApiError.of(code, message));
        assertThat(fromBytes.requestId()).isEqualTo(requestId);
        assertThat(fromBytes).isEqualTo(built).isEqualTo(fromStream);
    }

    @Property(tries = 300)
    @Label("success envelopes round-trip their payload, in order, with RequestId last")
    void successRoundTrip(@ForAll("payloads") ObjectNode payload, @ForAll("requestIds") String requestId) {
        ApiResponse built = ApiResponse.ofSuccess(payload).withRequestId(requestId);
        String json = built.toJson();
        ApiResponse parsed = ApiResponse.parse(json);

        assertThat(parsed.isSuccess()).isTrue();
        assertThat(parsed.requestId()).isEqualTo(requestId);
        assertThat(parsed.payload().equals(BY_VALUE, payload))
                .as("payload %s parsed back as %s", payload, parsed.payload())
                .isTrue();
        List<String> names = new ArrayList<>();
        payload.fieldNames().forEachRemaining(names::add);
        assertThat(parsed.fieldNames()).containsExactlyElementsOf(names);
        assertThat(parsed).isEqualTo(built).hasSameHashCodeAs(built);
        assertThat(json).endsWith("\"RequestId\":" + F.textNode(requestId) + "}}");
        if (requestId.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
            assertThat(ApiResponse.parse(built.toBytes())).isEqualTo(built);
        }
        assertThat(ApiResponse.parse(built.toPrettyJson())).isEqualTo(built);
    }

    @Property(tries = 300)
    @Label("ofSuccess(String) of a payload's JSON builds the same envelope as ofSuccess(ObjectNode)")
    void successFromStringMatchesNode(@ForAll("payloads") ObjectNode payload) {
        ApiResponse fromNode = ApiResponse.ofSuccess(payload).withRequestId("r");
        ApiResponse fromString =
                ApiResponse.ofSuccess(fromNode.payload().toString()).withRequestId("r");
        assertThat(fromString).isEqualTo(fromNode).hasSameHashCodeAs(fromNode);
    }

    @Property(tries = 1000)
    @Label("invalid codes (white space, no-break and other Unicode spaces, empty) are rejected, naming the character")
    void invalidCodesAreRejected(@ForAll("invalidCodes") String code) {
        assertThat(isValidCode(code)).as("generator").isFalse();
        String expected;
        if (code.isBlank()) {
            expected = "must not be null or blank";
        } else {
            int first = code.chars()
                    .filter(c -> SPACES.contains((char) c))
                    .findFirst()
                    .orElseThrow();
            expected = String.format("must not contain white space, but %s has U+%04X (", quoted(code), first);
        }
        for (Runnable build : List.<Runnable>of(
                () -> ErrorCode.of(code),
                () -> ErrorCode.of(code, "description"),
                () -> ApiError.of(code, "message"),
                () -> ApiResponse.ofError(code, "message"))) {
            assertThat(catchThrowable(build::run))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("error code ")
                    .hasMessageContaining(expected);
        }

        String body =
                "{\"Response\":{\"Error\":{\"Code\":" + F.textNode(code) + ",\"Message\":\"m\"},\"RequestId\":\"r\"}}";
        Throwable parsed = catchThrowable(() -> ApiResponse.parse(body));
        assertThat(parsed).isExactlyInstanceOf(MalformedEnvelopeException.class);
        assertThat(((MalformedEnvelopeException) parsed).pointer()).isEqualTo("/Response/Error/Code");
        assertThat(parsed).hasMessageContaining("\"Code\" must be a non-empty code without white space");
        if (!code.isEmpty()) {
            assertThat(parsed)
                    .hasMessageContaining(String.format(
                            "which has U+%04X",
                            code.chars()
                                    .filter(c -> SPACES.contains((char) c))
                                    .findFirst()
                                    .orElseThrow()));
        }
    }

    /** The code as messages quote it: in double quotes, control characters escaped. */
    private static String quoted(String code) {
        return io.github.tctestkit.core.internal.Json.snippet(code, 200);
    }

    @Example
    @Label("the forbidden characters are exactly Java's white space and space characters")
    void theForbiddenCharactersAreListed() {
        List<Character> computed = new ArrayList<>();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                computed.add(c);
            }
        }
        assertThat(computed).containsExactlyElementsOf(SPACES);
        for (Character c : SPACES) {
            assertThat(catchThrowable(() -> ErrorCode.of("A" + c + "B")))
                    .as("U+%04X", (int) c)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        for (String c : NOT_SPACES) {
            assertThat(ErrorCode.of("A" + c + "B").code()).isEqualTo("A" + c + "B");
        }
    }

    @Property(tries = 1000)
    @Label("parse on arbitrary text either succeeds or throws MalformedEnvelopeException")
    void parseArbitraryText(@ForAll("envelopeLike") String body) {
        Throwable thrown = catchThrowable(() -> {
            ApiResponse resp = ApiResponse.parse(body);
            assertThat(resp.requestId()).isNotEmpty();
            resp.error().ifPresent(e -> assertThat(e.code()).isNotBlank());
        });
        if (thrown != null) {
            assertThat(thrown).isExactlyInstanceOf(MalformedEnvelopeException.class);
            assertThat(((MalformedEnvelopeException) thrown).pointer())
                    .isIn(
                            "",
                            "/Response",
                            "/Response/RequestId",
                            "/Response/Error",
                            "/Response/Error/Code",
                            "/Response/Error/Message");
        }
    }

    @Property(tries = 1000)
    @Label("parse on arbitrary bytes either succeeds or throws MalformedEnvelopeException")
    void parseArbitraryBytes(@ForAll("bodyBytes") byte[] body) {
        for (Throwable thrown : List.of(
                nullToNone(catchThrowable(() -> ApiResponse.parse(body))),
                nullToNone(catchThrowable(() -> ApiResponse.parse(new ByteArrayInputStream(body)))))) {
            if (thrown != NONE) {
                assertThat(thrown).isExactlyInstanceOf(MalformedEnvelopeException.class);
            }
        }
    }

    private static final Throwable NONE = new Throwable("none");

    private static Throwable nullToNone(Throwable t) {
        return t == null ? NONE : t;
    }

    @Property(tries = 3)
    @Label("a 1 MB message and a 1 MB payload string round-trip")
    void hugeStrings(@ForAll("unicodeText") @Size(min = 1) String chunk, @ForAll("unicodeCodes") String code) {
        String piece = chunk.isEmpty() ? "x" : chunk;
        String huge = piece.repeat(1_048_576 / piece.length() + 1);
        assertThat(huge.length()).isGreaterThan(1_048_576);

        ApiResponse error = ApiResponse.ofError(code, huge);
        assertThat(ApiResponse.parse(error.toBytes()).error()).contains(ApiError.of(code, huge));

        ApiResponse success = ApiResponse.ofSuccess(Map.of("Blob", huge));
        ApiResponse parsed = ApiResponse.parse(success.toJson());
        assertThat(parsed.field("Blob").map(JsonNode::asText)).contains(huge);
        assertThat(parsed).isEqualTo(success);
    }
}
