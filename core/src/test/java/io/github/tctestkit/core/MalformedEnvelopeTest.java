package io.github.tctestkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("ApiResponse rejects malformed envelopes")
class MalformedEnvelopeTest {

    private static final String PREFIX = "Not an API 3.0 envelope: ";

    /** A body inside a valid envelope, wrapped around an error object. */
    private static String withError(String error) {
        return "{\"Response\":{\"Error\":" + error + ",\"RequestId\":\"r-1\"}}";
    }

    private static String nested(int depth, String open, String close) {
        return open.repeat(depth) + close.repeat(depth);
    }

    private static Arguments bad(String name, String body, String pointer, String... keywords) {
        return Arguments.of(Named.of(name, body), pointer, List.of(keywords));
    }

    static Stream<Arguments> malformedBodies() {
        return Stream.of(
                bad("empty", "", "", "body is empty"),
                bad("blank", " \n\t ", "", "body is empty", "white space"),
                bad("not json", "not json", "", "not valid JSON", "line 1, column"),
                bad("an array", "[1,2]", "", "must be a JSON object", "an array"),
                bad("a string", "\"str\"", "", "must be a JSON object", "a string"),
                bad("a number", "42", "", "must be a JSON object", "a number (42)"),
                bad("JSON null", "null", "", "must be a JSON object", "null"),
                bad("a boolean", "true", "", "must be a JSON object", "a boolean (true)"),
                bad("an empty object", "{}", "/Response", "no \"Response\" field"),
                bad("lower-case response", "{\"response\":{\"RequestId\":\"r\"}}", "/Response", "no \"Response\""),
                bad(
                        "Response an array",
                        "{\"Response\":[]}",
                        "/Response",
                        "\"Response\" must be an object",
                        "an array"),
                bad("Response null", "{\"Response\":null}", "/Response", "\"Response\" must be an object", "null"),
                bad("Response a string", "{\"Response\":\"ok\"}", "/Response", "must be an object", "a string"),
                bad("no RequestId", "{\"Response\":{}}", "/Response/RequestId", "no \"RequestId\""),
                bad(
                        "RequestId a number",
                        "{\"Response\":{\"RequestId\":42}}",
                        "/Response/RequestId",
                        "\"RequestId\" must be a string",
                        "a number (42)"),
                bad(
                        "RequestId null",
                        "{\"Response\":{\"RequestId\":null}}",
                        "/Response/RequestId",
                        "\"RequestId\" must be a string",
                        "null"),
                bad(
                        "RequestId an object",
                        "{\"Response\":{\"RequestId\":{}}}",
                        "/Response/RequestId",
                        "must be a string",
                        "an object"),
                bad("RequestId empty", "{\"Response\":{\"RequestId\":\"\"}}", "/Response/RequestId", "is empty"),
                bad("Error a string", withError("\"oops\""), "/Response/Error", "must be an object", "a string"),
                bad("Error an array", withError("[]"), "/Response/Error", "must be an object", "an array"),
                bad("Error false", withError("false"), "/Response/Error", "must be an object", "a boolean"),
                bad("Error without Code", withError("{\"Message\":\"m\"}"), "/Response/Error/Code", "no \"Code\""),
                bad(
                        "Code a number",
                        withError("{\"Code\":4001,\"Message\":\"m\"}"),
                        "/Response/Error/Code",
                        "\"Code\" must be a string",
                        "a number (4001)"),
                bad(
                        "Code null",
                        withError("{\"Code\":null,\"Message\":\"m\"}"),
                        "/Response/Error/Code",
                        "must be a string",
                        "null"),
                bad(
                        "Code empty",
                        withError("{\"Code\":\"\",\"Message\":\"m\"}"),
                        "/Response/Error/Code",
                        "non-empty",
                        "\"\""),
                bad(
                        "Code blank",
                        withError("{\"Code\":\"   \",\"Message\":\"m\"}"),
                        "/Response/Error/Code",
                        "non-empty"),
                bad(
                        "Code with spaces",
                        withError("{\"Code\":\"Auth Failure\",\"Message\":\"m\"}"),
                        "/Response/Error/Code",
                        "without white space",
                        "\"Auth Failure\""),
                bad(
                        "Error without Message",
                        withError("{\"Code\":\"InternalError\"}"),
                        "/Response/Error/Message",
                        "no \"Message\""),
                bad(
                        "Message a number",
                        withError("{\"Code\":\"InternalError\",\"Message\":500}"),
                        "/Response/Error/Message",
                        "\"Message\" must be a string",
                        "a number (500)"),
                bad(
                        "Message null",
                        withError("{\"Code\":\"InternalError\",\"Message\":null}"),
                        "/Response/Error/Message",
                        "must be a string",
                        "null"),
                bad(
                        "duplicate RequestId",
                        "{\"Response\":{\"RequestId\":\"a\",\"RequestId\":\"b\"}}",
                        "",
                        "not valid JSON",
                        "Duplicate field 'RequestId'"),
                bad(
                        "duplicate Response",
                        "{\"Response\":{\"RequestId\":\"a\"},\"Response\":{\"RequestId\":\"b\"}}",
                        "",
                        "not valid JSON",
                        "Duplicate field 'Response'"),
                bad(
                        "duplicate Code",
                        withError("{\"Code\":\"A\",\"Code\":\"B\",\"Message\":\"m\"}"),
                        "",
                        "not valid JSON",
                        "Duplicate field 'Code'"),
                bad(
                        "trailing garbage",
                        "{\"Response\":{\"RequestId\":\"r\"}} x",
                        "",
                        "not valid JSON",
                        "line 1, column"),
                bad(
                        "a second document",
                        "{\"Response\":{\"RequestId\":\"r\"}} {}",
                        "",
                        "not valid JSON",
                        "Trailing token"),
                bad("truncated", "{\"Response\":{\"RequestId\":\"r\"", "", "not valid JSON", "end-of-input"),
                bad("truncated string", "{\"Response\":{\"RequestId\":\"r", "", "not valid JSON", "end-of-input"),
                bad("single quotes", "{'Response':{'RequestId':'r'}}", "", "not valid JSON"),
                bad("a comment", "{\"Response\":{\"RequestId\":\"r\"}} // done", "", "not valid JSON"),
                bad("a control character", "{\"Response\":{\"RequestId\":\"r\u0001\"}}", "", "not valid JSON"),
                bad(
                        "5000 nested arrays in the payload",
                        "{\"Response\":{\"Deep\":" + nested(5000, "[", "]") + ",\"RequestId\":\"r\"}}",
                        "",
                        "not valid JSON",
                        "nesting depth"),
                bad(
                        "5000 nested objects in the payload",
                        "{\"Response\":{\"Deep\":"
                                + nested(5000, "{\"a\":", "}").replace("{\"a\":}", "{\"a\":1}")
                                + ",\"RequestId\":\"r\"}}",
                        "",
                        "not valid JSON",
                        "nesting depth"));
    }

    @ParameterizedTest(name = "{0} (String)")
    @MethodSource("malformedBodies")
    void fromString(String body, String pointer, List<String> keywords) {
        assertMalformed(catchThrowable(() -> ApiResponse.parse(body)), pointer, keywords);
    }

    @ParameterizedTest(name = "{0} (bytes)")
    @MethodSource("malformedBodies")
    void fromBytes(String body, String pointer, List<String> keywords) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertMalformed(catchThrowable(() -> ApiResponse.parse(bytes)), pointer, keywords);
    }

    @ParameterizedTest(name = "{0} (stream)")
    @MethodSource("malformedBodies")
    void fromStream(String body, String pointer, List<String> keywords) {
        InputStream in = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
        assertMalformed(catchThrowable(() -> ApiResponse.parse(in)), pointer, keywords);
    }

    private static void assertMalformed(Throwable thrown, String pointer, List<String> keywords) {
        assertThat(thrown).isExactlyInstanceOf(MalformedEnvelopeException.class);
        MalformedEnvelopeException e = (MalformedEnvelopeException) thrown;
        assertThat(e.pointer()).isEqualTo(pointer);
        assertThat(e.getMessage()).startsWith(PREFIX);
        for (String keyword : keywords) {
            assertThat(e.getMessage()).contains(keyword);
        }
        if (!pointer.isEmpty()) {
            assertThat(e.getMessage()).contains("(at " + pointer + ")");
        }
    }

    @Test
    @DisplayName("messages quote the start of the body, escaped, and cut long bodies")
    void messagesQuoteTheBody() {
        Throwable shortBody = catchThrowable(() -> ApiResponse.parse("{\"Response\":\n[]}"));
        assertThat(shortBody).hasMessageEndingWith("Body: \"{\\\"Response\\\":\\n[]}\"");

        String longBody = "{\"Response\":{\"Pad\":\"" + "x".repeat(10_000) + "\"}}";
        Throwable longThrown = catchThrowable(() -> ApiResponse.parse(longBody));
        assertThat(longThrown).isInstanceOf(MalformedEnvelopeException.class);
        assertThat(longThrown.getMessage())
                .contains("(" + longBody.length() + " characters in all)")
                .hasSizeLessThan(500);
    }

    @Test
    @DisplayName("null String, bytes and stream are rejected with the whole-document pointer")
    void nulls() {
        assertMalformed(catchThrowable(() -> ApiResponse.parse((String) null)), "", List.of("body is null"));
        assertMalformed(catchThrowable(() -> ApiResponse.parse((byte[]) null)), "", List.of("body is null"));
        assertMalformed(catchThrowable(() -> ApiResponse.parse((InputStream) null)), "", List.of("stream is null"));
    }

    static Stream<Named<byte[]>> invalidUtf8() {
        byte[] prefix = "{\"Response\":{\"RequestId\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] suffix = "\"}}".getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                        Named.of("a lone continuation byte", new byte[] {(byte) 0x80}),
                        Named.of("0xFF", new byte[] {(byte) 0xff}),
                        Named.of("a truncated 3-byte sequence", new byte[] {(byte) 0xe4, (byte) 0xb8}),
                        Named.of("an overlong slash", new byte[] {(byte) 0xc0, (byte) 0xaf}),
                        Named.of("an encoded surrogate", new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}))
                .map(n -> Named.of(n.getName(), concat(prefix, n.getPayload(), suffix)));
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    @ParameterizedTest(name = "invalid UTF-8: {0}")
    @MethodSource("invalidUtf8")
    void invalidUtf8(byte[] body) {
        assertMalformed(
                catchThrowable(() -> ApiResponse.parse(body)), "", List.of("not valid UTF-8", body.length + " bytes"));
        assertMalformed(
                catchThrowable(() -> ApiResponse.parse(new ByteArrayInputStream(body))),
                "",
                List.of("not valid UTF-8"));
    }

    @Test
    @DisplayName("a stream that fails is reported as UncheckedIOException with the cause and its message")
    void failingStream() {
        IOException cause = new IOException("connection reset");
        InputStream in = new InputStream() {
            @Override
            public int read() throws IOException {
                throw cause;
            }
        };
        assertThatThrownBy(() -> ApiResponse.parse(in))
                .isExactlyInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Could not read the envelope from the stream")
                .hasMessageContaining("connection reset")
                .hasCause(cause);
    }

    @Test
    @DisplayName("a stream that fails without a message still says what failed")
    void failingStreamWithoutMessage() {
        InputStream in = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new java.io.EOFException();
            }
        };
        assertThatThrownBy(() -> ApiResponse.parse(in))
                .isExactlyInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Could not read the envelope from the stream")
                .hasMessageContaining("EOFException")
                .hasMessageNotContaining("null");
    }

    @Test
    @DisplayName("a stream that fails after some data is still an UncheckedIOException")
    void failingStreamMidway() {
        InputStream in = new InputStream() {
            private int left = 5;

            @Override
            public int read() throws IOException {
                if (left-- > 0) {
                    return '{';
                }
                throw new IOException("timed out");
            }
        };
        assertThatThrownBy(() -> ApiResponse.parse(in))
                .isExactlyInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("timed out");
    }
}
