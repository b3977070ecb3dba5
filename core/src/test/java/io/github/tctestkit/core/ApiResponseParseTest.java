package io.github.tctestkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("ApiResponse parsing")
class ApiResponseParseTest {

    record InstanceStatusPage(
            @JsonProperty("TotalCount") int totalCount,
            @JsonProperty("InstanceStatusSet") List<Map<String, Object>> instanceStatusSet) {}

    record CountOnly(@JsonProperty("TotalCount") long totalCount) {}

    static final class ChannelPage {
        @JsonProperty("Total")
        int total;

        @JsonProperty("Infos")
        List<Channel> infos;
    }

    static final class Channel {
        @JsonProperty("Id")
        String id;

        @JsonProperty("Name")
        String name;
    }

    static Stream<Named<Function<String, ApiResponse>>> parsers() {
        return Stream.of(
                Named.of("from a String", ApiResponse::parse),
                Named.of("from UTF-8 bytes", s -> ApiResponse.parse(s.getBytes(StandardCharsets.UTF_8))),
                Named.of(
                        "from an InputStream",
                        s -> ApiResponse.parse(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    @DisplayName("the seed examples are the documented text")
    void seedsAreVerbatim() {
        assertThat(Seeds.SUCCESS.lines())
                .containsExactly(
                        "{",
                        "    \"Response\": {",
                        "        \"TotalCount\": 0,",
                        "        \"InstanceStatusSet\": [],",
                        "        \"RequestId\": \"b5b41468-520d-4192-b42f-595cc34b6c1c\"",
                        "    }",
                        "}");
        assertThat(Seeds.ERROR.lines())
                .containsExactly(
                        "{",
                        "    \"Response\": {",
                        "        \"Error\": {",
                        "            \"Code\": \"AuthFailure.SignatureFailure\",",
                        "            \"Message\": \"" + Seeds.ERROR_MESSAGE + "\"",
                        "        },",
                        "        \"RequestId\": \"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6\"",
                        "    }",
                        "}");
    }

    @ParameterizedTest(name = "success seed {0}")
    @MethodSource("parsers")
    void successSeed(Function<String, ApiResponse> parser) {
        ApiResponse resp = parser.apply(Seeds.SUCCESS);

        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.isError()).isFalse();
        assertThat(resp.error()).isEmpty();
        assertThat(resp.requestId()).isEqualTo("b5b41468-520d-4192-b42f-595cc34b6c1c");
        assertThat(resp.fieldNames()).containsExactly("TotalCount", "InstanceStatusSet");
        assertThat(resp.field("TotalCount")).hasValueSatisfying(n -> {
            assertThat(n.isIntegralNumber()).isTrue();
            assertThat(n.asInt()).isZero();
        });
        assertThat(resp.field("InstanceStatusSet"))
                .hasValueSatisfying(n -> assertThat(n.isArray() && n.isEmpty()).isTrue());
        assertThat(resp.field("Missing")).isEmpty();
        assertThat(resp.field(null)).isEmpty();
        assertThat(resp.payload().toString()).isEqualTo("{\"TotalCount\":0,\"InstanceStatusSet\":[]}");
        assertThat(resp.toJson())
                .isEqualTo("{\"Response\":{\"TotalCount\":0,\"InstanceStatusSet\":[],"
                        + "\"RequestId\":\"b5b41468-520d-4192-b42f-595cc34b6c1c\"}}");
        assertThat(resp.payloadAs(InstanceStatusPage.class)).isEqualTo(new InstanceStatusPage(0, List.of()));
    }

    @ParameterizedTest(name = "error seed {0}")
    @MethodSource("parsers")
    void errorSeed(Function<String, ApiResponse> parser) {
        ApiResponse resp = parser.apply(Seeds.ERROR);

        assertThat(resp.isSuccess()).isFalse();
        assertThat(resp.isError()).isTrue();
        assertThat(resp.requestId()).isEqualTo("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6");
        ApiError error = resp.error().orElseThrow();
        assertThat(error.code()).isEqualTo("AuthFailure.SignatureFailure");
        assertThat(error.message()).isEqualTo(Seeds.ERROR_MESSAGE);
        assertThat(error.category()).isEqualTo("AuthFailure");
        assertThat(error.is(CommonError.AUTH_SIGNATURE_FAILURE)).isTrue();
        assertThat(error.errorCode()).isSameAs(CommonError.AUTH_SIGNATURE_FAILURE);
        assertThat(resp.fieldNames()).isEmpty();
        assertThat(resp.payload().isEmpty()).isTrue();
        assertThat(resp.field("Error"))
                .hasValueSatisfying(n -> assertThat(n.get("Code").asText()).isEqualTo("AuthFailure.SignatureFailure"));
    }

    @Test
    @DisplayName("the three sources give equal envelopes")
    void sourcesAgree() throws IOException {
        byte[] bytes = Seeds.ERROR.getBytes(StandardCharsets.UTF_8);
        ApiResponse fromString = ApiResponse.parse(Seeds.ERROR);
        assertThat(ApiResponse.parse(bytes)).isEqualTo(fromString);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            assertThat(ApiResponse.parse(in)).isEqualTo(fromString);
        }
        assertThat(fromString.hashCode()).isEqualTo(ApiResponse.parse(bytes).hashCode());
        assertThat(fromString).isNotEqualTo(ApiResponse.parse(Seeds.SUCCESS));
    }

    @Test
    @DisplayName("parse reads a stream to its end and does not close it")
    void streamNotClosed() {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(Seeds.SUCCESS.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        assertThat(ApiResponse.parse(in).isSuccess()).isTrue();
        assertThat(closed[0]).isFalse();
    }

    @Test
    @DisplayName("\"Error\": null means success, and is kept when serialising")
    void errorNullIsSuccess() {
        ApiResponse resp = ApiResponse.parse("{\"Response\":{\"Error\":null,\"Total\":1,\"RequestId\":\"r-1\"}}");
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.error()).isEmpty();
        assertThat(resp.fieldNames()).containsExactly("Total");
        assertThat(resp.payload().toString()).isEqualTo("{\"Total\":1}");
        assertThat(resp.toJson()).isEqualTo("{\"Response\":{\"Error\":null,\"Total\":1,\"RequestId\":\"r-1\"}}");
    }

    @Test
    @DisplayName("unknown fields inside Error, inside Response and beside Response are kept and re-serialised")
    void unknownFieldsKept() {
        String body = "{\"Meta\":{\"Trace\":[1,2]},\"Response\":{\"Extra\":\"x\",\"Error\":{\"Code\":\"InternalError\","
                + "\"Message\":\"m\",\"Detail\":{\"Shard\":7}},\"RequestId\":\"r-2\",\"After\":true},\"Tail\":null}";
        ApiResponse resp = ApiResponse.parse(body);
        assertThat(resp.isError()).isTrue();
        assertThat(resp.error()).contains(ApiError.of("InternalError", "m"));
        assertThat(resp.fieldNames()).containsExactly("Extra", "After");
        assertThat(resp.toJson()).isEqualTo(body);
        assertThat(ApiResponse.parse(resp.toBytes())).isEqualTo(resp);
    }

    @Test
    @DisplayName("numbers keep their exact value: big integers and long decimals are not rounded through double")
    void numbersExact() {
        String body = "{\"Response\":{\"Big\":123456789012345678901234567890,"
                + "\"Tiny\":0.1000000000000000055511151231257827,\"RequestId\":\"r\"}}";
        ApiResponse resp = ApiResponse.parse(body);
        assertThat(resp.toJson()).isEqualTo(body);
        assertThat(resp.field("Tiny").orElseThrow().decimalValue())
                .isEqualTo(new BigDecimal("0.1000000000000000055511151231257827"));
        assertThat(ApiResponse.parse("{\"Response\":{\"Price\":1.10,\"RequestId\":\"r\"}}")
                        .field("Price")
                        .orElseThrow()
                        .decimalValue())
                .isEqualByComparingTo("1.1");
    }

    @Test
    @DisplayName("at navigates the payload by JSON pointer; field and at are copies")
    void navigation() {
        String body = "{\"Response\":{\"Total\":2,\"Infos\":[{\"Id\":\"a\",\"Name\":\"first\",\"Tags\":{\"k/v\":1}},"
                + "{\"Id\":\"b\",\"Name\":\"第二\"}],\"RequestId\":\"r-3\"}}";
        ApiResponse resp = ApiResponse.parse(body);
        assertThat(resp.at("/Infos/0/Id").map(JsonNode::asText)).contains("a");
        assertThat(resp.at("/Infos/1/Name").map(JsonNode::asText)).contains("第二");
        assertThat(resp.at("/Infos/0/Tags/k~1v").map(JsonNode::asInt)).contains(1);
        assertThat(resp.at("/Infos/2")).isEmpty();
        assertThat(resp.at("/Nope/0")).isEmpty();
        assertThat(resp.at("/RequestId").map(JsonNode::asText)).contains("r-3");
        assertThat(resp.at(""))
                .hasValueSatisfying(n -> assertThat(n.get("Total").asInt()).isEqualTo(2));

        ((ObjectNode) resp.at("/Infos/0").orElseThrow()).put("Id", "changed");
        ((ObjectNode) resp.field("Infos").orElseThrow().get(0)).put("Id", "changed");
        resp.payload().put("Total", 99);
        assertThat(resp.toJson()).isEqualTo(body);
    }

    @Test
    @DisplayName("at rejects a pointer that does not start with '/'")
    void atRejectsBadPointers() {
        ApiResponse resp = ApiResponse.parse(Seeds.SUCCESS);
        assertThatThrownBy(() -> resp.at("TotalCount"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JSON pointer")
                .hasMessageContaining("TotalCount");
        assertThatThrownBy(() -> resp.at(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JSON pointer")
                .hasMessageContaining("null");
    }

    @Test
    @DisplayName("payloadAs binds to records and POJOs, ignoring unknown fields")
    void binding() {
        String body = "{\"Response\":{\"Total\":2,\"Infos\":[{\"Id\":\"a\",\"Name\":\"first\",\"Unknown\":[1]},"
                + "{\"Id\":\"b\",\"Name\":\"second\",\"State\":\"RUNNING\"}],\"Extra\":{\"x\":1},\"RequestId\":\"r\"}}";
        ChannelPage page = ApiResponse.parse(body).payloadAs(ChannelPage.class);
        assertThat(page.total).isEqualTo(2);
        assertThat(page.infos).extracting(c -> c.id).containsExactly("a", "b");
        assertThat(page.infos).extracting(c -> c.name).containsExactly("first", "second");

        assertThat(ApiResponse.parse(Seeds.SUCCESS).payloadAs(CountOnly.class)).isEqualTo(new CountOnly(0));
        assertThat(ApiResponse.parse(Seeds.ERROR).payloadAs(CountOnly.class)).isEqualTo(new CountOnly(0));
    }

    @Test
    @DisplayName("payloadAs reports a type mismatch with the RequestId and the target type")
    void bindingFailure() {
        ApiResponse resp = ApiResponse.parse("{\"Response\":{\"TotalCount\":\"many\",\"RequestId\":\"r-9\"}}");
        assertThatThrownBy(() -> resp.payloadAs(CountOnly.class))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("r-9")
                .hasMessageContaining(CountOnly.class.getName())
                .hasMessageContaining("many");
        assertThatThrownBy(() -> resp.payloadAs(null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("type")
                .hasMessageContaining("null");
    }

    @Test
    @DisplayName("a body with surrounding white space, or a BOM-free UTF-8 body with non-ASCII text, parses")
    void whiteSpaceAndUnicode() {
        ApiResponse resp = ApiResponse.parse("\n\t {\"Response\":{\"Name\":\"频道 ✓ 😀\",\"RequestId\":\"r\"}} \r\n");
        assertThat(resp.field("Name").map(JsonNode::asText)).contains("频道 ✓ 😀");
        byte[] utf8 = "{\"Response\":{\"Name\":\"频道 ✓ 😀\",\"RequestId\":\"r\"}}".getBytes(StandardCharsets.UTF_8);
        assertThat(ApiResponse.parse(utf8)).isEqualTo(resp);
    }
}
