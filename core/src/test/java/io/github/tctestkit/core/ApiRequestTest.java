package io.github.tctestkit.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.tctestkit.core.ApiRequest.Encoding;
import io.github.tctestkit.core.internal.ReadRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("ApiRequest")
class ApiRequestTest {

    private static final byte[] NO_BODY = new byte[0];

    /** What the Java SDK sends for a TC3-signed POST. */
    private static ApiRequest tc3Post(String body) {
        return ApiRequest.of(
                "POST",
                "/",
                headers(
                        "Host", "mdl.tencentcloudapi.com",
                        "Content-Type", "application/json; charset=utf-8",
                        "X-TC-Action", "CreateStreamLiveInput",
                        "X-TC-Version", "2020-03-26",
                        "X-TC-Region", "ap-guangzhou",
                        "X-TC-Timestamp", "1700000000",
                        "X-TC-Token", "tok",
                        "Authorization", "TC3-HMAC-SHA256 Credential=AKID/2023-11-14/mdl/tc3_request, ..."),
                body.getBytes(UTF_8));
    }

    /** What the Node.js SDK sends for a v1-signed (HmacSHA256) POST: everything in a form body. */
    private static final String V1_FORM = "Action=CreateStreamLiveInput&Version=2020-03-26&Region=ap-guangzhou"
            + "&Timestamp=1700000000&Nonce=4821&SecretId=AKIDEXAMPLE&SignatureMethod=HmacSHA256"
            + "&Signature=abc%2Bdef%3D&Language=zh-CN&RequestClient=SDK_NODEJS_4.0.3&Token=tok"
            + "&Name=my_input&Type=RTMP_PUSH&AttachedInputs.0.Id=5F8D&AttachedInputs.1.Id=6A9E"
            + "&SecurityGroupIds.0=sg-1&SecurityGroupIds.1=sg-2&InputSettings.0.AppName=live"
            + "&InputSettings.0.StreamName=s%201";

    private static ApiRequest v1Post(String form) {
        return ApiRequest.of(
                "POST", "/", headers("Content-Type", "application/x-www-form-urlencoded"), form.getBytes(UTF_8));
    }

    private static ApiRequest get(String query, String... headers) {
        return ApiRequest.of("GET", "/?" + query, headers(headers), NO_BODY);
    }

    private static Map<String, List<String>> headers(String... namesAndValues) {
        Map<String, List<String>> h = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            h.computeIfAbsent(namesAndValues[i], k -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return h;
    }

    private static ObjectNode parsed(String json) {
        return (ObjectNode) ApiResponse.parse("{\"Response\":{\"RequestId\":\"r\",\"P\":" + json + "}}")
                .field("P")
                .orElseThrow();
    }

    @Nested
    @DisplayName("TC3 with a JSON body")
    class Tc3Json {

        @Test
        @DisplayName("reads the common parameters from the X-TC headers and the parameters from the body")
        void reads() {
            ApiRequest r = tc3Post(
                    "{\"Name\":\"my_input\",\"Size\":3,\"Enabled\":true,\"InputSettings\":[{\"AppName\":\"live\"}]}");
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.url()).isEqualTo("/");
            assertThat(r.action()).isEqualTo("CreateStreamLiveInput");
            assertThat(r.version()).contains("2020-03-26");
            assertThat(r.region()).contains("ap-guangzhou");
            assertThat(r.timestamp()).contains(Instant.ofEpochSecond(1_700_000_000L));
            assertThat(r.token()).contains("tok");
            assertThat(r.encoding()).isEqualTo(Encoding.JSON);
            assertThat(r.parameterProblem()).isEmpty();
            assertThat(r.parameters())
                    .isEqualTo(
                            parsed(
                                    "{\"Name\":\"my_input\",\"Size\":3,\"Enabled\":true,\"InputSettings\":[{\"AppName\":\"live\"}]}"));
            assertThat(r.parameter("Size")).map(JsonNode::intValue).contains(3);
            assertThat(r.parameter("Enabled")).map(JsonNode::booleanValue).contains(true);
            assertThat(r.parameter("InputSettings.0.AppName")).contains(TextNode.valueOf("live"));
            assertThat(r.header("x-tc-action")).contains("CreateStreamLiveInput");
            assertThat(r.header("AUTHORIZATION"))
                    .hasValueSatisfying(a -> assertThat(a).startsWith("TC3-HMAC-SHA256"));
            assertThat(r.header("X-Missing")).isEmpty();
            assertThat(r.header(null)).isEmpty();
            assertThat(r.bodyAsString()).startsWith("{\"Name\"");
            assertThat(r.bodyJson().get("Size").intValue()).isEqualTo(3);
            assertThat(r)
                    .hasToString("POST / action=CreateStreamLiveInput version=2020-03-26 region=ap-guangzhou" + " body="
                            + r.body().length + " bytes");
        }

        @Test
        @DisplayName("is JSON without a content type when X-TC-Action is there, as some clients send it")
        void jsonWithoutContentType() {
            ApiRequest r = ApiRequest.of(
                    "POST", "/", headers("X-TC-Action", "DescribeStreamLiveChannels"), "{\"Limit\":5}".getBytes(UTF_8));
            assertThat(r.encoding()).isEqualTo(Encoding.JSON);
            assertThat(r.parameters()).isEqualTo(parsed("{\"Limit\":5}"));
            assertThat(r.parameterProblem()).isEmpty();
        }

        @Test
        @DisplayName("has no parameters and no problem for an empty body")
        void emptyBody() {
            ApiRequest r = tc3Post("");
            assertThat(r.parameters()).isEmpty();
            assertThat(r.parameterProblem()).isEmpty();
            assertThatThrownBy(r::bodyJson)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the body of this POST request for action \"CreateStreamLiveInput\" is empty, so it"
                            + " has no JSON");
        }

        @Test
        @DisplayName("names the problem of a body that is not JSON, and keeps no parameters")
        void invalidJson() {
            ApiRequest r = tc3Post("{\"Name\":");
            assertThat(r.parameters()).isEmpty();
            assertThat(r.parameterProblem())
                    .hasValueSatisfying(p -> assertThat(p).startsWith("the body is not JSON: Unexpected end-of-input"));
            assertThatThrownBy(r::bodyJson)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("the body of this POST request for action \"CreateStreamLiveInput\" is"
                            + " not JSON: Unexpected end-of-input");
        }

        @Test
        @DisplayName("rejects duplicate members, as the strict reader does")
        void duplicateMembers() {
            assertThat(tc3Post("{\"A\":1,\"A\":2}").parameterProblem())
                    .hasValueSatisfying(p -> assertThat(p).startsWith("the body is not JSON: Duplicate field 'A'"));
        }

        @Test
        @DisplayName("names the problem of a JSON body that is not an object")
        void jsonArray() {
            assertThat(tc3Post("[1,2]").parameterProblem()).contains("the JSON body is an array, not an object");
            assertThat(tc3Post("[1,2]").parameters()).isEmpty();
            assertThat(tc3Post("\"x\"").parameterProblem()).contains("the JSON body is a string, not an object");
            assertThat(tc3Post("42").parameterProblem()).contains("the JSON body is a number (42), not an object");
        }

        @Test
        @DisplayName("keeps JSON null members in the tree but parameter(..) treats them as absent")
        void jsonNull() {
            ApiRequest r = tc3Post("{\"Name\":null,\"Tags\":[null]}");
            assertThat(r.parameters().has("Name")).isTrue();
            assertThat(r.parameter("Name")).isEmpty();
            assertThat(r.parameter("Tags.0")).isEmpty();
        }
    }

    @Nested
    @DisplayName("v1 with a form body, as the Node.js SDK sends it")
    class V1Form {

        @Test
        @DisplayName("reads the common parameters from the form and unflattens the others, as text")
        void reads() {
            ApiRequest r = v1Post(V1_FORM);
            assertThat(r.encoding()).isEqualTo(Encoding.FORM);
            assertThat(r.action()).isEqualTo("CreateStreamLiveInput");
            assertThat(r.version()).contains("2020-03-26");
            assertThat(r.region()).contains("ap-guangzhou");
            assertThat(r.timestamp()).contains(Instant.ofEpochSecond(1_700_000_000L));
            assertThat(r.token()).contains("tok");
            assertThat(r.parameterProblem()).isEmpty();
            assertThat(r.parameters())
                    .isEqualTo(parsed("{\"Name\":\"my_input\",\"Type\":\"RTMP_PUSH\","
                            + "\"AttachedInputs\":[{\"Id\":\"5F8D\"},{\"Id\":\"6A9E\"}],"
                            + "\"SecurityGroupIds\":[\"sg-1\",\"sg-2\"],"
                            + "\"InputSettings\":[{\"AppName\":\"live\",\"StreamName\":\"s 1\"}]}"));
            assertThat(r.parameter("AttachedInputs.1.Id")).contains(TextNode.valueOf("6A9E"));
            assertThat(r.parameter("SecurityGroupIds.0")).contains(TextNode.valueOf("sg-1"));
        }

        @Test
        @DisplayName("never puts a common parameter in parameters()")
        void commonParametersLeftOut() {
            ObjectNode parameters = v1Post(V1_FORM).parameters();
            for (String common : ApiRequest.COMMON_PARAMETERS) {
                assertThat(parameters.has(common)).as(common).isFalse();
            }
            assertThat(ApiRequest.COMMON_PARAMETERS)
                    .containsExactly(
                            "Action",
                            "Version",
                            "Region",
                            "Timestamp",
                            "Nonce",
                            "SecretId",
                            "Signature",
                            "SignatureMethod",
                            "Token",
                            "Language",
                            "RequestClient");
        }

        @Test
        @DisplayName("decodes the form: + and %-escapes, empty values, empty pairs, bad escapes kept raw")
        void decoding() {
            ApiRequest r = v1Post("Action=A&Name=a+b%21&Empty=&Flag&&Bad=%zz&%41lias=x");
            assertThat(r.parameters())
                    .isEqualTo(
                            parsed("{\"Name\":\"a b!\",\"Empty\":\"\",\"Flag\":\"\",\"Bad\":\"%zz\",\"Alias\":\"x\"}"));
        }

        @Test
        @DisplayName("reads the content type in any case and with parameters")
        void contentTypeCase() {
            ApiRequest r = ApiRequest.of(
                    "POST",
                    "/",
                    headers("content-TYPE", "Application/X-WWW-Form-Urlencoded; charset=UTF-8"),
                    "Action=A&Size=3".getBytes(UTF_8));
            assertThat(r.encoding()).isEqualTo(Encoding.FORM);
            assertThat(r.parameters()).isEqualTo(parsed("{\"Size\":\"3\"}"));
        }

        @Test
        @DisplayName("takes the first value of a repeated field, for common parameters and the others")
        void firstValueWins() {
            ApiRequest r = v1Post("Action=First&Action=Second&Size=1&Size=2&L.0=a&L.0=b");
            assertThat(r.action()).isEqualTo("First");
            assertThat(r.parameters()).isEqualTo(parsed("{\"Size\":\"1\",\"L\":[\"a\"]}"));
            assertThat(r.parameterProblem()).isEmpty();
        }

        @Test
        @DisplayName("reads the query string of a form POST too, before the body")
        void queryAndBody() {
            ApiRequest r = ApiRequest.of(
                    "POST",
                    "/?Action=FromQuery&Region=ap-beijing&Size=1",
                    headers("Content-Type", "application/x-www-form-urlencoded"),
                    "Action=FromBody&Size=2&Name=n".getBytes(UTF_8));
            assertThat(r.action()).isEqualTo("FromQuery");
            assertThat(r.region()).contains("ap-beijing");
            assertThat(r.parameters()).isEqualTo(parsed("{\"Size\":\"1\",\"Name\":\"n\"}"));
        }

        @Test
        @DisplayName("has no parameters for an empty form body")
        void emptyForm() {
            ApiRequest r = v1Post("");
            assertThat(r.encoding()).isEqualTo(Encoding.FORM);
            assertThat(r.parameters()).isEmpty();
            assertThat(r.parameterProblem()).isEmpty();
            assertThat(r.action()).isEmpty();
            assertThat(r.version()).isEmpty();
            assertThat(r.region()).isEmpty();
            assertThat(r.timestamp()).isEmpty();
            assertThat(r.token()).isEmpty();
            assertThat(r).hasToString("POST / action=(none) body=0 bytes");
        }
    }

    @Nested
    @DisplayName("GET")
    class Get {

        @Test
        @DisplayName("TC3: common parameters in headers, flattened parameters in the query")
        void tc3() {
            ApiRequest r = get(
                    "Limit=5&Filters.0.Name=status&Filters.0.Values.0=RUNNING&Filters.0.Values.1=IDLE",
                    "X-TC-Action",
                    "DescribeStreamLiveChannels",
                    "X-TC-Version",
                    "2020-03-26",
                    "Authorization",
                    "TC3-HMAC-SHA256 ...");
            assertThat(r.encoding()).isEqualTo(Encoding.QUERY);
            assertThat(r.action()).isEqualTo("DescribeStreamLiveChannels");
            assertThat(r.region()).isEmpty();
            assertThat(r.parameters())
                    .isEqualTo(parsed(
                            "{\"Limit\":\"5\",\"Filters\":[{\"Name\":\"status\",\"Values\":[\"RUNNING\",\"IDLE\"]}]}"));
            assertThat(r.parameter("Filters.0.Values.1")).contains(TextNode.valueOf("IDLE"));
        }

        @Test
        @DisplayName("v1: everything in the query, common parameters left out")
        void v1() {
            ApiRequest r = get("Action=DescribeStreamLiveChannels&Version=2020-03-26&Region=ap-guangzhou"
                    + "&Timestamp=1700000000&Nonce=1&SecretId=AKID&SignatureMethod=HmacSHA1&Signature=s"
                    + "&Language=en-US&RequestClient=SDK&Token=t&Limit=5");
            assertThat(r.encoding()).isEqualTo(Encoding.QUERY);
            assertThat(r.action()).isEqualTo("DescribeStreamLiveChannels");
            assertThat(r.version()).contains("2020-03-26");
            assertThat(r.token()).contains("t");
            assertThat(r.parameters()).isEqualTo(parsed("{\"Limit\":\"5\"}"));
            assertThat(r.url()).startsWith("/?Action=DescribeStreamLiveChannels&");
        }

        @Test
        @DisplayName("is QUERY whatever the content type, and prefers headers to query fields")
        void headersFirst() {
            ApiRequest r = get(
                    "Action=FromQuery&Version=v-query&Region=r-query&Timestamp=1&Token=t-query&X=1",
                    "Content-Type",
                    "application/json",
                    "X-TC-Action",
                    "FromHeader",
                    "X-TC-Version",
                    "v-header",
                    "X-TC-Region",
                    "r-header",
                    "X-TC-Timestamp",
                    "2",
                    "X-TC-Token",
                    "t-header");
            assertThat(r.encoding()).isEqualTo(Encoding.QUERY);
            assertThat(r.action()).isEqualTo("FromHeader");
            assertThat(r.version()).contains("v-header");
            assertThat(r.region()).contains("r-header");
            assertThat(r.timestamp()).contains(Instant.ofEpochSecond(2));
            assertThat(r.token()).contains("t-header");
            assertThat(r.parameters()).isEqualTo(parsed("{\"X\":\"1\"}"));
        }

        @Test
        @DisplayName("reads a query that starts the URL")
        void queryOnly() {
            ApiRequest r = ApiRequest.of("GET", "?Action=A&X=1", Map.of(), NO_BODY);
            assertThat(r.action()).isEqualTo("A");
            assertThat(r.parameters()).isEqualTo(parsed("{\"X\":\"1\"}"));
        }

        @Test
        @DisplayName("is QUERY for a lower-case get, and has no parameters without a query")
        void noQuery() {
            ApiRequest r = ApiRequest.of("get", "/", Map.of(), NO_BODY);
            assertThat(r.encoding()).isEqualTo(Encoding.QUERY);
            assertThat(r.parameters()).isEmpty();
            assertThat(r.parameterProblem()).isEmpty();
        }
    }

    @Nested
    @DisplayName("unflattening")
    class Unflattening {

        @Test
        @DisplayName("accepts list index 9999 and fills the gap with nulls")
        void index9999() {
            ApiRequest r = v1Post("L.9999=last&L.1=second");
            assertThat(r.parameterProblem()).isEmpty();
            JsonNode list = r.parameters().get("L");
            assertThat(list.size()).isEqualTo(10_000);
            assertThat(list.get(9999).asText()).isEqualTo("last");
            assertThat(list.get(1).asText()).isEqualTo("second");
            assertThat(list.get(0).isNull()).isTrue();
            assertThat(r.parameter("L.0")).isEmpty();
            assertThat(r.parameter("L.9999")).contains(TextNode.valueOf("last"));
        }

        @Test
        @DisplayName("refuses list index 10000 and more, with a problem rather than an exception")
        void index10000() {
            ApiRequest r = v1Post("Name=n&L.10000=x&M.99999999999=y");
            assertThat(r.parameterProblem()).contains("the field \"L.10000\" has list index 10000, more than 9999");
            assertThat(r.parameters().get("Name").asText()).isEqualTo("n");
            assertThat(r.parameters().get("L")).hasSize(0);
        }

        @Test
        @DisplayName("reads an index with leading zeros by its value")
        void leadingZeros() {
            ApiRequest r = v1Post("L.00001=b&L.0=a&M.000000000000=z");
            assertThat(r.parameterProblem()).isEmpty();
            assertThat(r.parameters()).isEqualTo(parsed("{\"L\":[\"a\",\"b\"],\"M\":[\"z\"]}"));
            assertThat(r.parameter("L.00001")).contains(TextNode.valueOf("b"));
            assertThat(r.parameter("M.000000000000")).contains(TextNode.valueOf("z"));
        }

        @Test
        @DisplayName("reports the first conflict: value then member, member then value, list then object")
        void conflicts() {
            assertThat(v1Post("A=1&A.B=2").parameterProblem())
                    .contains("the field \"A.B\" conflicts with another field of the same name");
            assertThat(v1Post("A.B=2&A=1").parameterProblem())
                    .contains("the field \"A\" conflicts with another field of the same name");
            assertThat(v1Post("A.0=1&A.B=2").parameterProblem())
                    .contains("the field \"A.B\" conflicts with another field of the same name");
            assertThat(v1Post("A.B=1&A.0=2").parameterProblem())
                    .contains("the field \"A.0\" conflicts with another field of the same name");
            assertThat(v1Post("A.0=x&A.0.B=y").parameterProblem())
                    .contains("the field \"A.0.B\" conflicts with another field of the same name");
            assertThat(v1Post("A.0.B=y&A.0=x").parameterProblem())
                    .contains("the field \"A.0\" conflicts with another field of the same name");
            assertThat(v1Post("A.0.0=x&A.0.B=y").parameterProblem())
                    .contains("the field \"A.0.B\" conflicts with another field of the same name");
            assertThat(v1Post("A.0.B=y&A.0.0=x").parameterProblem())
                    .contains("the field \"A.0.0\" conflicts with another field of the same name");
            ApiRequest two = v1Post("A=1&A.B=2&C=3&C.D=4");
            assertThat(two.parameterProblem())
                    .contains("the field \"A.B\" conflicts with another field of the same name");
            assertThat(two.parameters()).isEqualTo(parsed("{\"A\":\"1\",\"C\":\"3\"}"));
        }

        @Test
        @DisplayName("nests lists in lists and objects in lists")
        void nesting() {
            ApiRequest r = v1Post("A.0.0=x&A.0.1=y&A.1.B.C=z&A.1.B.D=w");
            assertThat(r.parameterProblem()).isEmpty();
            assertThat(r.parameters()).isEqualTo(parsed("{\"A\":[[\"x\",\"y\"],{\"B\":{\"C\":\"z\",\"D\":\"w\"}}]}"));
        }

        @Test
        @DisplayName("reads an empty segment of a field name as a member named \"\", as a JSON body would have it")
        void emptySegment() {
            ApiRequest r = v1Post("A..B=1&C.=2&=3");
            assertThat(r.parameterProblem()).isEmpty();
            assertThat(r.parameters()).isEqualTo(parsed("{\"A\":{\"\":{\"B\":\"1\"}},\"C\":{\"\":\"2\"},\"\":\"3\"}"));
            assertThat(v1Post("A.0..B=1").parameters()).isEqualTo(parsed("{\"A\":[{\"\":{\"B\":\"1\"}}]}"));
        }

        @Test
        @DisplayName("keeps a nested common-parameter name: only top-level names are common")
        void nestedCommonName() {
            assertThat(v1Post("Filter.Region=ap-beijing").parameters())
                    .isEqualTo(parsed("{\"Filter\":{\"Region\":\"ap-beijing\"}}"));
        }
    }

    @Nested
    @DisplayName("parameter(path)")
    class ParameterPath {

        private final ApiRequest r = tc3Post("{\"A\":{\"B\":[{\"C\":\"c\"}],\"N\":1}}");

        @Test
        @DisplayName("walks objects and lists, and is empty for anything not there")
        void walks() {
            assertThat(r.parameter("A.B.0.C")).contains(TextNode.valueOf("c"));
            assertThat(r.parameter("A.N")).map(JsonNode::intValue).contains(1);
            assertThat(r.parameter("A.B.1.C")).isEmpty();
            assertThat(r.parameter("A.B.x")).isEmpty();
            assertThat(r.parameter("A.B.-1")).isEmpty();
            assertThat(r.parameter("A.B.9999999999")).isEmpty();
            assertThat(r.parameter("A.N.C")).isEmpty();
            assertThat(r.parameter("Z")).isEmpty();
            assertThat(r.parameter("A.Z.C")).isEmpty();
        }

        @Test
        @DisplayName("returns a copy")
        void copy() {
            ((ObjectNode) r.parameter("A").orElseThrow()).put("N", 2);
            assertThat(r.parameter("A.N")).map(JsonNode::intValue).contains(1);
        }

        @Test
        @DisplayName("rejects null, blank and malformed paths")
        void badPaths() {
            assertThatThrownBy(() -> r.parameter(null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("path must not be null or blank, but was null");
            assertThatThrownBy(() -> r.parameter(" "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("path must not be null or blank, but was \" \"");
            assertThatThrownBy(() -> r.parameter("A..B"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("path \"A..B\" has an empty segment; write it like \"InputSettings.0.AppName\"");
            assertThatThrownBy(() -> r.parameter(".A"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("path \".A\" has an empty segment");
        }
    }

    @Nested
    @DisplayName("other requests")
    class Other {

        @Test
        @DisplayName("reads no parameters from another content type, and says why")
        void multipart() {
            ApiRequest r = ApiRequest.of(
                    "POST",
                    "/?Action=A",
                    headers("Content-Type", "Multipart/Form-Data; boundary=x"),
                    "--x".getBytes(UTF_8));
            assertThat(r.encoding()).isEqualTo(Encoding.OTHER);
            assertThat(r.action()).isEqualTo("A");
            assertThat(r.parameters()).isEmpty();
            assertThat(r.parameterProblem())
                    .contains("the content type multipart/form-data; boundary=x is not read; parameters come as JSON,"
                            + " form fields or a query string");
        }

        @Test
        @DisplayName("has no problem for a POST without content type nor X-TC-Action")
        void bare() {
            ApiRequest r = ApiRequest.of("POST", "/", Map.of(), "x".getBytes(UTF_8));
            assertThat(r.encoding()).isEqualTo(Encoding.OTHER);
            assertThat(r.parameterProblem()).isEmpty();
            assertThatThrownBy(r::bodyJson)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("the body of this POST request for action (none) is not JSON: ");
        }
    }

    @Nested
    @DisplayName("values and copies")
    class Copies {

        @Test
        @DisplayName("parameters(), body() and the argument arrays are copies; headers() is unmodifiable")
        void copies() {
            byte[] body = "{\"A\":1}".getBytes(UTF_8);
            List<String> values = new ArrayList<>(List.of("application/json"));
            Map<String, List<String>> h = new LinkedHashMap<>();
            h.put("Content-Type", values);
            ApiRequest r = ApiRequest.of("POST", "/", h, body);
            body[2] = 'B';
            values.add("text/plain");
            h.put("X-Other", List.of("x"));
            r.parameters().put("A", 2);
            r.body()[2] = 'C';
            assertThat(r.parameters()).isEqualTo(parsed("{\"A\":1}"));
            assertThat(r.bodyAsString()).isEqualTo("{\"A\":1}");
            assertThat(r.headers()).containsExactly(Map.entry("Content-Type", List.of("application/json")));
            assertThatThrownBy(() -> r.headers().put("X", List.of())).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> r.headers().get("Content-Type").add("x"))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        @DisplayName("keeps a header without values, and the first of two names that differ in case")
        void headerCase() {
            Map<String, List<String>> h = new LinkedHashMap<>();
            h.put("X-Empty", null);
            h.put("X-TC-Region", List.of());
            h.put("x-tc-region", List.of("ap-shanghai", "ignored"));
            h.put("X-TC-REGION", List.of("ap-beijing"));
            ApiRequest r = ApiRequest.of("GET", "/", h, NO_BODY);
            assertThat(r.headers().get("X-Empty")).isEmpty();
            assertThat(r.header("X-Empty")).isEmpty();
            assertThat(r.region()).contains("ap-shanghai");
            assertThat(r.header("X-TC-Region")).contains("ap-shanghai");
        }

        @Test
        @DisplayName("reads a timestamp with spaces, and none that is not a number of seconds")
        void timestamps() {
            assertThat(get("Timestamp=%201700000000%20").timestamp()).contains(Instant.ofEpochSecond(1_700_000_000L));
            assertThat(get("Timestamp=yesterday").timestamp()).isEmpty();
            assertThat(get("Timestamp=99999999999999999999").timestamp()).isEmpty();
            assertThat(get("Timestamp=9223372036854775807").timestamp()).isEmpty();
            assertThat(get("Timestamp=-1").timestamp()).contains(Instant.ofEpochSecond(-1));
        }

        @Test
        @DisplayName("names the null argument")
        void nullArguments() {
            Map<String, List<String>> h = Map.of();
            assertThatThrownBy(() -> ApiRequest.of(null, "/", h, NO_BODY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("method, url, headers and body must not be null, but method was");
            assertThatThrownBy(() -> ApiRequest.of("GET", null, h, NO_BODY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("method, url, headers and body must not be null, but url was");
            assertThatThrownBy(() -> ApiRequest.of("GET", "/", null, NO_BODY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("method, url, headers and body must not be null, but headers was");
            assertThatThrownBy(() -> ApiRequest.of("GET", "/", h, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("method, url, headers and body must not be null, but body was");
        }
    }

    @Nested
    @DisplayName("ReadRequest, the implementation the server uses")
    class Implementation {

        @Test
        @DisplayName("reads fields, tells v1 from TC3 and shares its arrays without copies")
        void internals() {
            ReadRequest v1 = (ReadRequest) v1Post(V1_FORM);
            assertThat(v1.field("SecretId")).contains("AKIDEXAMPLE");
            assertThat(v1.field("Signature")).contains("abc+def=");
            assertThat(v1.field("Missing")).isEmpty();
            assertThat(v1.isV1()).isTrue();
            assertThat(v1.bodyLength()).isEqualTo(V1_FORM.length());
            assertThat(v1.bodyBytes()).isSameAs(v1.bodyBytes()).isEqualTo(V1_FORM.getBytes(UTF_8));
            assertThat(((ReadRequest) v1Post("=x&y")).field("")).contains("x");
            assertThat(((ReadRequest) v1Post("=x&y")).field("y")).contains("");
            assertThat(v1.parametersTree()).isSameAs(v1.parametersTree()).isEqualTo(v1.parameters());

            assertThat(((ReadRequest) tc3Post("{}")).isV1()).isFalse();
            assertThat(((ReadRequest) get("SecretId=AKID")).isV1()).isTrue();
            assertThat(((ReadRequest) get("Signature=s")).isV1()).isTrue();
            assertThat(((ReadRequest) get("Action=A")).isV1()).isFalse();
            assertThat(((ReadRequest) get("SecretId=AKID", "Authorization", "TC3 ...")).isV1())
                    .isFalse();
            assertThat(((ReadRequest) get("SecretId=AKID", "X-TC-Action", "A")).isV1())
                    .isFalse();
        }
    }

    @Test
    @DisplayName("lists four encodings")
    void encodings() {
        assertThat(Arrays.asList(Encoding.values()))
                .containsExactly(Encoding.JSON, Encoding.FORM, Encoding.QUERY, Encoding.OTHER);
    }
}
