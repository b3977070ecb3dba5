package io.github.tctestkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("ApiResponse building and writing")
class ApiResponseBuildTest {

    private static final String UUID_RE = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    private static final String MESSAGE = "The provided credentials could not be validated.";

    @Test
    @DisplayName("ofError has the exact wire shape, Error first and a UUID RequestId last")
    void errorWireShape() {
        ApiResponse resp = ApiResponse.ofError(CommonError.AUTH_SIGNATURE_FAILURE, MESSAGE);
        Matcher m = Pattern.compile("\\{\"Response\":\\{\"Error\":\\{\"Code\":\"AuthFailure\\.SignatureFailure\","
                        + "\"Message\":\"" + Pattern.quote(MESSAGE) + "\"\\},\"RequestId\":\"(" + UUID_RE + ")\"\\}\\}")
                .matcher(resp.toJson());
        assertThat(m.matches()).as(resp.toJson()).isTrue();
        assertThat(m.group(1)).isEqualTo(resp.requestId());
        assertThat(UUID.fromString(resp.requestId()).version()).isEqualTo(4);
        assertThat(resp.isError()).isTrue();
        assertThat(resp.error()).contains(ApiError.of("AuthFailure.SignatureFailure", MESSAGE));
        assertThat(resp.fieldNames()).isEmpty();
        assertThat(resp.toString()).isEqualTo(resp.toJson());
    }

    @Test
    @DisplayName("withRequestId keeps RequestId in place, in error and success envelopes")
    void withRequestIdKeepsOrder() {
        ApiResponse error = ApiResponse.ofError(CommonError.AUTH_SIGNATURE_FAILURE, Seeds.ERROR_MESSAGE)
                .withRequestId("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6");
        assertThat(error.toJson())
                .isEqualTo("{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureFailure\",\"Message\":\""
                        + Seeds.ERROR_MESSAGE + "\"},\"RequestId\":\"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6\"}}");
        assertThat(error.requestId()).isEqualTo("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6");
        assertThat(error).isEqualTo(ApiResponse.parse(Seeds.ERROR));

        ApiResponse success = ApiResponse.ofSuccess("{\"TotalCount\": 0, \"InstanceStatusSet\": []}")
                .withRequestId("b5b41468-520d-4192-b42f-595cc34b6c1c");
        assertThat(success.toJson())
                .isEqualTo("{\"Response\":{\"TotalCount\":0,\"InstanceStatusSet\":[],"
                        + "\"RequestId\":\"b5b41468-520d-4192-b42f-595cc34b6c1c\"}}");
        assertThat(success).isEqualTo(ApiResponse.parse(Seeds.SUCCESS));

        ApiResponse parsed = ApiResponse.parse("{\"Response\":{\"RequestId\":\"old\",\"Total\":1}}");
        assertThat(parsed.withRequestId("new").toJson())
                .isEqualTo("{\"Response\":{\"RequestId\":\"new\",\"Total\":1}}");
    }

    @Test
    @DisplayName("withRequestId returns a copy and rejects null or empty ids")
    void withRequestIdCopies() {
        ApiResponse original = ApiResponse.ofError(CommonError.INTERNAL_ERROR);
        String json = original.toJson();
        ApiResponse copy = original.withRequestId("fixed");
        assertThat(original.toJson()).isEqualTo(json);
        assertThat(copy.requestId()).isEqualTo("fixed");
        assertThat(copy.error()).isEqualTo(original.error());
        assertThat(copy).isNotEqualTo(original);
        assertThatThrownBy(() -> original.withRequestId(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RequestId");
        assertThatThrownBy(() -> original.withRequestId(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RequestId")
                .hasMessageContaining("empty");
    }

    @Test
    @DisplayName("every build gets a fresh UUID RequestId")
    void freshRequestIds() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            ids.add(ApiResponse.ofError(CommonError.INTERNAL_ERROR, "m").requestId());
            ids.add(ApiResponse.ofSuccess().requestId());
            ids.add(ApiResponse.newRequestId());
        }
        assertThat(ids).hasSize(600).allMatch(id -> id.matches(UUID_RE));
        ApiResponse a = ApiResponse.ofError(CommonError.INTERNAL_ERROR, "m");
        ApiResponse b = ApiResponse.ofError(CommonError.INTERNAL_ERROR, "m");
        assertThat(a.requestId()).isNotEqualTo(b.requestId());
        assertThat(a).isNotEqualTo(b);
        assertThat(a.withRequestId("same")).isEqualTo(b.withRequestId("same"));
    }

    @Test
    @DisplayName("ofError(code) uses the description; ofError(String, ...) accepts codes outside the catalogues")
    void ofErrorVariants() {
        ApiResponse described = ApiResponse.ofError(StreamLiveError.INVALID_PARAMETER_CHANNEL_ID);
        assertThat(described.error()).contains(ApiError.of("InvalidParameter.ChannelId", "The channel ID is wrong."));
        ApiResponse custom = ApiResponse.ofError("FailedOperation.ChannelBusy", "");
        assertThat(custom.error().orElseThrow().code()).isEqualTo("FailedOperation.ChannelBusy");
        assertThat(custom.error().orElseThrow().message()).isEmpty();
        assertThat(ApiResponse.ofError(ErrorCode.of("A.B"), "m")
                        .error()
                        .orElseThrow()
                        .code())
                .isEqualTo("A.B");
    }

    @Test
    @DisplayName("ofError rejects null and invalid codes and null messages")
    void ofErrorRejects() {
        assertThatThrownBy(() -> ApiResponse.ofError((ErrorCode) null, "m"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
        assertThatThrownBy(() -> ApiResponse.ofError((ErrorCode) null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
        assertThatThrownBy(() -> ApiResponse.ofError(CommonError.INTERNAL_ERROR, null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("message")
                .hasMessageContaining("InternalError");
        assertThatThrownBy(() -> ApiResponse.ofError("Bad Code", "m"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("white space");
        assertThatThrownBy(() -> ApiResponse.ofError((String) null, "m"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
    }

    @Test
    @DisplayName("ofSuccess() has only a RequestId")
    void emptySuccess() {
        ApiResponse resp = ApiResponse.ofSuccess();
        assertThat(resp.toJson()).matches("\\{\"Response\":\\{\"RequestId\":\"" + UUID_RE + "\"\\}\\}");
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.fieldNames()).isEmpty();
        assertThat(resp.payload().isEmpty()).isTrue();
    }

    @Test
    @DisplayName("ofSuccess(Map) keeps the map's order, converts values, and puts RequestId last")
    void successFromMap() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("Zeta", "z");
        fields.put("TotalCount", 2);
        fields.put("Infos", List.of(Map.of("Id", "a"), Map.of("Id", "b")));
        fields.put("Nothing", null);
        fields.put("Flag", true);
        ApiResponse resp = ApiResponse.ofSuccess(fields).withRequestId("r");
        assertThat(resp.toJson())
                .isEqualTo("{\"Response\":{\"Zeta\":\"z\",\"TotalCount\":2,\"Infos\":[{\"Id\":\"a\"},{\"Id\":\"b\"}],"
                        + "\"Nothing\":null,\"Flag\":true,\"RequestId\":\"r\"}}");
        assertThat(resp.fieldNames()).containsExactly("Zeta", "TotalCount", "Infos", "Nothing", "Flag");
        assertThat(ApiResponse.parse(resp.toJson())).isEqualTo(resp);
    }

    @Test
    @DisplayName("a built envelope equals its own parsed JSON, whatever Java number types built it")
    void builtEqualsParsedWithNumbers() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("Count", 3L);
        fields.put("Small", (short) 4);
        fields.put("Price", 1.5);
        fields.put("Ratio", 0.25f);
        fields.put("Big", new java.math.BigInteger("123456789012345678901234567890"));
        ApiResponse built = ApiResponse.ofSuccess(fields);
        ApiResponse parsed = ApiResponse.parse(built.toJson());
        assertThat(parsed).isEqualTo(built);
        assertThat(parsed.hashCode()).isEqualTo(built.hashCode());
        assertThat(parsed.payload().toString()).isEqualTo(built.payload().toString());

        ObjectNode node = JsonNodeFactory.instance.objectNode().put("Count", 3L).put("Price", 1.5);
        ApiResponse fromNode = ApiResponse.ofSuccess(node);
        assertThat(ApiResponse.parse(fromNode.toBytes())).isEqualTo(fromNode);
    }

    @Test
    @DisplayName("ofSuccess(ObjectNode) copies the node")
    void successFromNodeCopies() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("TotalCount", 1).putArray("Set").add("x");
        ApiResponse resp = ApiResponse.ofSuccess(node).withRequestId("r");
        node.put("TotalCount", 2);
        node.putObject("Later");
        assertThat(resp.toJson()).isEqualTo("{\"Response\":{\"TotalCount\":1,\"Set\":[\"x\"],\"RequestId\":\"r\"}}");
    }

    static Stream<Arguments> reservedPayloads() {
        return Stream.of(
                Arguments.of(
                        Named.of("String with RequestId", (Runnable)
                                () -> ApiResponse.ofSuccess("{\"A\":1,\"RequestId\":\"x\"}")),
                        "\"RequestId\"",
                        "withRequestId"),
                Arguments.of(
                        Named.of("String with Error", (Runnable) () -> ApiResponse.ofSuccess("{\"Error\":null}")),
                        "\"Error\"",
                        "ofError"),
                Arguments.of(
                        Named.of(
                                "Map with RequestId", (Runnable) () -> ApiResponse.ofSuccess(Map.of("RequestId", "x"))),
                        "\"RequestId\"",
                        "withRequestId"),
                Arguments.of(
                        Named.of("Map with Error", (Runnable)
                                () -> ApiResponse.ofSuccess(Map.of("Error", Map.of("Code", "X")))),
                        "\"Error\"",
                        "ofError"),
                Arguments.of(
                        Named.of("ObjectNode with RequestId", (Runnable) () -> ApiResponse.ofSuccess(
                                JsonNodeFactory.instance.objectNode().put("RequestId", "x"))),
                        "\"RequestId\"",
                        "withRequestId"),
                Arguments.of(
                        Named.of("ObjectNode with Error", (Runnable) () -> ApiResponse.ofSuccess(
                                JsonNodeFactory.instance.objectNode().put("Error", "x"))),
                        "\"Error\"",
                        "ofError"));
    }

    @ParameterizedTest(name = "ofSuccess rejects a {0}")
    @MethodSource("reservedPayloads")
    void rejectsReservedFields(Runnable build, String field, String hint) {
        assertThatThrownBy(build::run)
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("payload must not contain " + field)
                .hasMessageContaining(hint);
    }

    static Stream<Arguments> badPayloadJson() {
        return Stream.of(
                Arguments.of(Named.of("an array", "[1,2]"), List.of("must be a JSON object", "an array")),
                Arguments.of(Named.of("a string", "\"s\""), List.of("must be a JSON object", "a string")),
                Arguments.of(Named.of("a number", "42"), List.of("must be a JSON object", "a number (42)")),
                Arguments.of(Named.of("JSON null", "null"), List.of("must be a JSON object", "null")),
                Arguments.of(Named.of("empty", ""), List.of("must be a JSON object", "nothing")),
                Arguments.of(Named.of("not JSON", "TotalCount: 0"), List.of("not valid JSON", "TotalCount: 0")),
                Arguments.of(Named.of("a duplicate key", "{\"A\":1,\"A\":2}"), List.of("not valid JSON", "'A'")),
                Arguments.of(Named.of("trailing content", "{\"A\":1} {}"), List.of("not valid JSON")),
                Arguments.of(Named.of("truncated", "{\"A\":"), List.of("not valid JSON")),
                Arguments.of(Named.of("null", null), List.of("must not be null", "ofSuccess()")));
    }

    @ParameterizedTest(name = "ofSuccess(String) rejects {0}")
    @MethodSource("badPayloadJson")
    void rejectsBadPayloadJson(String json, List<String> keywords) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ApiResponse.ofSuccess(json));
        assertThat(thrown).isExactlyInstanceOf(IllegalArgumentException.class);
        for (String k : keywords) {
            assertThat(thrown.getMessage()).contains(k);
        }
    }

    static final class Exploding {
        public String getValue() {
            throw new IllegalStateException("kaboom");
        }
    }

    @Test
    @DisplayName("ofSuccess(Map) and ofSuccess(ObjectNode) reject nulls and unconvertible values clearly")
    void rejectsBadMaps() {
        assertThatThrownBy(() -> ApiResponse.ofSuccess((Map<String, ?>) null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be null");
        assertThatThrownBy(() -> ApiResponse.ofSuccess((ObjectNode) null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be null");
        Map<String, Object> nullKey = new LinkedHashMap<>();
        nullKey.put(null, 1);
        assertThatThrownBy(() -> ApiResponse.ofSuccess(nullKey))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names must not be null");
        assertThatThrownBy(() -> ApiResponse.ofSuccess(Map.of("Thing", new Exploding())))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"Thing\"")
                .hasMessageContaining("cannot be converted")
                .hasMessageContaining("kaboom");
    }

    @Test
    @DisplayName("non-ASCII text is written as raw UTF-8, not as \\u escapes; control characters are escaped")
    void rawUtf8() {
        String message = "签名错误 ✓ émoji 😀 ä";
        ApiResponse resp =
                ApiResponse.ofError(CommonError.AUTH_SIGNATURE_FAILURE, message).withRequestId("r");
        assertThat(resp.toJson()).contains("\"Message\":\"" + message + "\"").doesNotContain("\\u");
        byte[] bytes = resp.toBytes();
        assertThat(bytes).isEqualTo(resp.toJson().getBytes(StandardCharsets.UTF_8));
        byte[] utf8 = message.getBytes(StandardCharsets.UTF_8);
        assertThat(indexOf(bytes, utf8)).isPositive();
        assertThat(ApiResponse.ofSuccess(Map.of("Name", "频道")).toPrettyJson()).contains("频道");

        ApiResponse control = ApiResponse.ofError("InternalError", "line1\nline2\ttab\u0001\"q\"\\")
                .withRequestId("r");
        assertThat(control.toJson())
                .contains("\"Message\":\"line1\\nline2\\ttab\\u0001\\\"q\\\"\\\\\"")
                .doesNotContain("\n");
        assertThat(ApiResponse.parse(control.toJson())).isEqualTo(control);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    @DisplayName("toPrettyJson is indented, multi-line, and parses back to an equal envelope")
    void pretty() {
        ApiResponse resp =
                ApiResponse.ofError(CommonError.AUTH_SIGNATURE_FAILURE, MESSAGE).withRequestId("r-1");
        String pretty = resp.toPrettyJson();
        assertThat(pretty.lines()).hasSize(9).satisfies(lines -> {
            assertThat(lines.get(0)).isEqualTo("{");
            assertThat(lines.get(1)).startsWith("  \"Response\"");
            assertThat(lines.get(2)).startsWith("    \"Error\"");
            assertThat(lines.get(3)).startsWith("      \"Code\"").contains("AuthFailure.SignatureFailure");
            assertThat(lines.get(5)).isEqualTo("    },");
            assertThat(lines.get(6)).startsWith("    \"RequestId\"");
            assertThat(lines.get(7)).isEqualTo("  }");
            assertThat(lines.get(8)).isEqualTo("}");
        });
        assertThat(ApiResponse.parse(pretty)).isEqualTo(resp);
        assertThat(resp.toJson()).doesNotContain("\n").doesNotContain(" :");
    }

    @Test
    @DisplayName("equals and hashCode follow the JSON tree")
    void equality() {
        ApiResponse a = ApiResponse.ofError(CommonError.INTERNAL_ERROR, "m").withRequestId("r");
        ApiResponse same = ApiResponse.parse(
                "{\"Response\":{\"Error\":{\"Code\":\"InternalError\",\"Message\":\"m\"}," + "\"RequestId\":\"r\"}}");
        assertThat(a).isEqualTo(a).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(a)
                .isNotEqualTo(
                        ApiResponse.ofError(CommonError.INTERNAL_ERROR, "n").withRequestId("r"));
        assertThat(a)
                .isNotEqualTo(
                        ApiResponse.ofError(CommonError.FAILED_OPERATION, "m").withRequestId("r"));
        assertThat(a).isNotEqualTo(a.withRequestId("s"));
        assertThat(a).isNotEqualTo(null).isNotEqualTo(a.toJson());
        assertThat(ApiResponse.ofSuccess(Map.of("A", 1)).withRequestId("r"))
                .isNotEqualTo(ApiResponse.ofSuccess(Map.of("A", 2)).withRequestId("r"));
    }
}
