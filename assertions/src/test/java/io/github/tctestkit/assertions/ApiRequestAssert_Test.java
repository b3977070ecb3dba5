package io.github.tctestkit.assertions;

import static io.github.tctestkit.assertions.Fixtures.expectAssertionError;
import static io.github.tctestkit.assertions.Fixtures.lines;
import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import io.github.tctestkit.core.ApiRequest;
import io.github.tctestkit.core.ApiRequest.Encoding;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ApiRequestAssert_Test {

    /** A TC3 POST, as the Java SDK sends it. */
    static final ApiRequest JSON = ApiRequest.of(
            "POST",
            "/",
            Map.of(
                    "Content-Type", List.of("application/json; charset=utf-8"),
                    "X-TC-Action", List.of("CreateStreamLiveInput"),
                    "X-TC-Version", List.of("2020-03-26"),
                    "X-TC-Region", List.of("ap-guangzhou")),
            ("{\"Name\":\"my_input\",\"Type\":\"RTMP_PUSH\",\"Size\":3,\"Ratio\":1.5,\"Enabled\":true,\"Label\":\"3\","
                            + "\"InputSettings\":[{\"AppName\":\"live\",\"StreamName\":\"s1\"}]}")
                    .getBytes(UTF_8));

    /** The same call, v1-signed, as the Node.js SDK sends it. */
    static final ApiRequest FORM = ApiRequest.of(
            "POST",
            "/",
            Map.of("Content-Type", List.of("application/x-www-form-urlencoded")),
            ("Action=CreateStreamLiveInput&Version=2020-03-26&Region=ap-guangzhou&Timestamp=1700000000&Nonce=1"
                            + "&SecretId=AKIDSECRET&SignatureMethod=HmacSHA256&Signature=sig&Name=my_input"
                            + "&Type=RTMP_PUSH&Size=3&Ratio=1.5&Enabled=true&Label=3&InputSettings.0.AppName=live"
                            + "&InputSettings.0.StreamName=s1")
                    .getBytes(UTF_8));

    /** A v1 GET, whose query holds the SecretId that messages must not show. */
    static final ApiRequest QUERY = ApiRequest.of(
            "GET",
            "/?Action=DescribeStreamLiveChannels&SecretId=AKIDSECRET&Signature=sig&Limit=5",
            Map.of(),
            new byte[0]);

    private static final String JSON_PARAMETERS = """
            Parameters:
              {
                "Name" : "my_input",
                "Type" : "RTMP_PUSH",
                "Size" : 3,
                "Ratio" : 1.5,
                "Enabled" : true,
                "Label" : "3",
                "InputSettings" : [ {
                  "AppName" : "live",
                  "StreamName" : "s1"
                } ]
              }""";

    private static final String JSON_CONTEXT = """
            Request: POST / (JSON)
              Action: "CreateStreamLiveInput", Version: "2020-03-26", Region: "ap-guangzhou"
            """ + JSON_PARAMETERS;

    private static final String FORM_CONTEXT = """
            Request: POST / (FORM)
              Action: "CreateStreamLiveInput", Version: "2020-03-26", Region: "ap-guangzhou"
            Parameters:
              {
                "Name" : "my_input",
                "Type" : "RTMP_PUSH",
                "Size" : "3",
                "Ratio" : "1.5",
                "Enabled" : "true",
                "Label" : "3",
                "InputSettings" : [ {
                  "AppName" : "live",
                  "StreamName" : "s1"
                } ]
              }""";

    @Test
    void should_pass_on_both_encodings_of_the_same_call() {
        for (ApiRequest request : List.of(JSON, FORM)) {
            assertThat(request)
                    .hasAction("CreateStreamLiveInput")
                    .hasVersion("2020-03-26")
                    .hasRegion("ap-guangzhou")
                    .hasParameter("Name", "my_input")
                    .hasParameter("Size", 3)
                    .hasParameter("Size", 3L)
                    .hasParameter("Size", 3.0)
                    .hasParameter("Size", new BigDecimal("3.00"))
                    .hasParameter("Ratio", 1.5)
                    .hasParameter("Enabled", true)
                    .hasParameter("Label", "3")
                    .hasParameter("InputSettings.0.AppName", "live")
                    .hasParameter("InputSettings.0")
                    .hasNoParameter("InputSettings.1")
                    .hasNoParameter("SecretId")
                    .hasNoParameter("Action")
                    .hasParameterSatisfying(
                            "Name", name -> Assertions.assertThat(name.asText()).startsWith("my_"))
                    .hasParameters("{\"Type\":\"RTMP_PUSH\",\"Size\":3,\"Enabled\":true,"
                            + "\"InputSettings\":[{\"AppName\":\"live\"}]}")
                    .hasParameters("{}");
            assertThat(request).parameter("InputSettings.0.StreamName").asText().isEqualTo("s1");
            assertThat(request).parameters().isObject();
        }
        assertThat(JSON).usedEncoding(Encoding.JSON).parameter("Size").asLong().isEqualTo(3);
        assertThat(FORM).usedEncoding(Encoding.FORM);
        assertThat(QUERY).usedEncoding(Encoding.QUERY).hasParameter("Limit", 5).hasParameters("{\"Limit\":5}");
    }

    /** {@link #JSON} as a fake cloud would record it: routed to {@code service}. */
    static ApiRequest routedTo(String service) {
        return (ApiRequest) java.lang.reflect.Proxy.newProxyInstance(
                ApiRequest.class.getClassLoader(), new Class<?>[] {ApiRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("service")) {
                        return java.util.Optional.of(service);
                    }
                    try {
                        return method.invoke(JSON, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void should_pass_when_the_request_was_routed_to_the_service() {
        assertThat(routedTo("mdl")).hasService("mdl").hasAction("CreateStreamLiveInput");
    }

    @Test
    void should_fail_on_another_service_or_none_naming_what_it_was() {
        AssertionError other =
                expectAssertionError(() -> assertThat(routedTo("cvm")).hasService("mdl"));
        then(other.getMessage())
                .contains("Expecting service of the")
                .contains("\"cvm\"")
                .contains("\"mdl\"");
        AssertionError none = expectAssertionError(() -> assertThat(JSON).hasService("mdl"));
        then(((AssertionFailedError) none).getActual().getValue()).isNull();
        thenThrownBy(() -> assertThat(JSON).hasService(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("The expected service should not be null");
    }

    @Test
    void should_fail_on_another_action_with_a_diffable_error_and_the_request() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(JSON).hasAction("DeleteStreamLiveInput"));
        // THEN
        then(error).hasMessage(lines("\n" + """
                Expecting action of the "CreateStreamLiveInput" request:
                  "CreateStreamLiveInput"
                to be:
                  "DeleteStreamLiveInput"
                """ + JSON_CONTEXT));
        AssertionFailedError diff = (AssertionFailedError) error;
        then(diff.getActual().getValue()).isEqualTo("CreateStreamLiveInput");
        then(diff.getExpected().getValue()).isEqualTo("DeleteStreamLiveInput");
    }

    @Test
    void should_fail_on_a_missing_version_or_region_and_never_show_the_query() {
        // WHEN
        AssertionError version = expectAssertionError(() -> assertThat(QUERY).hasVersion("2020-03-26"));
        AssertionError region = expectAssertionError(() -> assertThat(JSON).hasRegion("ap-beijing"));
        // THEN
        then(version).hasMessage(lines("\n" + """
                Expecting version of the "DescribeStreamLiveChannels" request:
                  (none)
                to be:
                  "2020-03-26"
                Request: GET / (QUERY)
                  Action: "DescribeStreamLiveChannels", Version: (none), Region: (none)
                Parameters:
                  {
                    "Limit" : "5"
                  }"""));
        then(version.getMessage()).doesNotContain("AKIDSECRET");
        then(((AssertionFailedError) version).getActual().getValue()).isNull();
        then(region.getMessage())
                .startsWith(lines("\nExpecting region of the \"CreateStreamLiveInput\" request:\n"
                        + "  \"ap-guangzhou\"\nto be:\n  \"ap-beijing\"\n"));
    }

    @Test
    void should_fail_on_another_encoding() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(FORM).usedEncoding(Encoding.JSON));
        // THEN
        then(error).hasMessage(lines("\n" + """
                Expecting encoding of the "CreateStreamLiveInput" request:
                  FORM
                to be:
                  JSON
                """ + FORM_CONTEXT));
        then(((AssertionFailedError) error).getActual().getValue()).isEqualTo(Encoding.FORM);
    }

    @Test
    void should_fail_on_another_value_with_the_path_and_what_came_back() {
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(JSON).hasParameter("InputSettings.0.AppName", "vod"));
        // THEN
        then(error).hasMessage(lines("\n" + """
                Expecting parameter "InputSettings.0.AppName" of the "CreateStreamLiveInput" request to be:
                  "vod"
                but was:
                  "live"
                """ + JSON_CONTEXT));
        AssertionFailedError diff = (AssertionFailedError) error;
        then(diff.getActual().getValue()).isEqualTo("\"live\"");
        then(diff.getExpected().getValue()).isEqualTo("\"vod\"");
    }

    @Test
    void should_fail_on_a_json_value_of_another_type_and_say_why() {
        // WHEN
        AssertionError number = expectAssertionError(() -> assertThat(JSON).hasParameter("Label", 3));
        AssertionError text = expectAssertionError(() -> assertThat(JSON).hasParameter("Size", "3"));
        AssertionError bool = expectAssertionError(() -> assertThat(JSON).hasParameter("Label", true));
        // THEN
        then(number).hasMessage(lines("\n" + """
                Expecting parameter "Label" of the "CreateStreamLiveInput" request to be:
                  3
                but was:
                  "3"
                which is a string, not a number: a JSON body keeps its types
                """ + JSON_CONTEXT));
        then(text.getMessage())
                .contains(lines("  \"3\"\nbut was:\n  3\nwhich is an integral number, not a string: a JSON body"));
        then(bool.getMessage()).contains(lines("which is a string, not a boolean: a JSON body keeps its types"));
    }

    @Test
    void should_fail_on_form_text_that_is_not_the_number_or_boolean() {
        // WHEN
        AssertionError number = expectAssertionError(() -> assertThat(FORM).hasParameter("Name", 3));
        AssertionError other = expectAssertionError(() -> assertThat(FORM).hasParameter("Size", 4));
        AssertionError bool = expectAssertionError(() -> assertThat(FORM).hasParameter("Enabled", false));
        // THEN: form values are text, so no type explanation
        then(number).hasMessage(lines("\n" + """
                Expecting parameter "Name" of the "CreateStreamLiveInput" request to be:
                  3
                but was:
                  "my_input"
                """ + FORM_CONTEXT));
        then(other.getMessage()).contains(lines("  4\nbut was:\n  \"3\"\nRequest:"));
        then(bool.getMessage()).contains(lines("  false\nbut was:\n  \"true\"\nRequest:"));
        expectAssertionError(() -> assertThat(FORM).hasParameter("InputSettings", 1));
        expectAssertionError(() -> assertThat(FORM).hasParameter("InputSettings", true));
        expectAssertionError(() -> assertThat(FORM).hasParameter("InputSettings", "x"));
        expectAssertionError(() -> assertThat(JSON).hasParameter("InputSettings", 1));
    }

    @Test
    void should_fail_on_a_missing_parameter() {
        // WHEN
        AssertionError valued =
                expectAssertionError(() -> assertThat(JSON).hasParameter("InputSettings.1.AppName", "live"));
        AssertionError present = expectAssertionError(() -> assertThat(JSON).hasParameter("Missing"));
        AssertionError satisfying =
                expectAssertionError(() -> assertThat(JSON).hasParameterSatisfying("Missing", v -> {}));
        // THEN
        then(valued).hasMessage(lines("\n" + """
                Expecting parameter "InputSettings.1.AppName" of the "CreateStreamLiveInput" request to be:
                  "live"
                but there is no such parameter.
                """ + JSON_CONTEXT));
        then(present).hasMessage(lines("\n" + """
                Expecting the "CreateStreamLiveInput" request to have parameter:
                  "Missing"
                but it has none there.
                """ + JSON_CONTEXT));
        then(satisfying).hasMessage(present.getMessage());
    }

    @Test
    void should_fail_on_a_parameter_that_should_be_absent() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(JSON).hasNoParameter("InputSettings.0"));
        // THEN
        then(error).hasMessage(lines("\n" + """
                Expecting the "CreateStreamLiveInput" request not to have parameter:
                  "InputSettings.0"
                but it has:
                  {"AppName":"live","StreamName":"s1"}
                """ + JSON_CONTEXT));
    }

    @Test
    void should_pass_on_the_value_to_the_requirements_and_fail_with_theirs() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(JSON)
                .hasParameterSatisfying(
                        "Name", name -> Assertions.assertThat(name.asText()).isEqualTo("other")));
        // THEN
        then(error).hasMessageContaining("\"other\"");
    }

    @Test
    void should_fail_on_parameters_that_lack_a_member_or_differ() {
        // WHEN
        AssertionError missing =
                expectAssertionError(() -> assertThat(JSON).hasParameters("{\"InputSettings\":[{\"Bitrate\":5}]}"));
        AssertionError value = expectAssertionError(() -> assertThat(FORM).hasParameters("{\"Size\":4}"));
        AssertionError length = expectAssertionError(() -> assertThat(JSON).hasParameters("{\"InputSettings\":[]}"));
        AssertionError type = expectAssertionError(() -> assertThat(JSON).hasParameters("{\"Label\":3}"));
        AssertionError shape = expectAssertionError(() -> assertThat(JSON).hasParameters("{\"Name\":{\"A\":1}}"));
        AssertionError notList = expectAssertionError(() -> assertThat(JSON).hasParameters("{\"Name\":[1]}"));
        // THEN
        then(missing).hasMessage(lines("\n" + """
                Expecting the parameters of the "CreateStreamLiveInput" request to contain:
                  {
                    "InputSettings" : [ {
                      "Bitrate" : 5
                    } ]
                  }
                but there is no parameter "InputSettings.0.Bitrate".
                """ + JSON_CONTEXT));
        then(value).hasMessage(lines("\n" + """
                Expecting the parameters of the "CreateStreamLiveInput" request to contain:
                  {
                    "Size" : 4
                  }
                but parameter "Size" was:
                  "3"
                """ + FORM_CONTEXT));
        then(length.getMessage())
                .contains(lines("but parameter \"InputSettings\" has 1 elements, not 0:\n"
                        + "  [{\"AppName\":\"live\",\"StreamName\":\"s1\"}]\nRequest:"));
        then(type.getMessage())
                .contains(lines("but parameter \"Label\" was:\n  \"3\"\n"
                        + "which is a string, not an integral number: a JSON body keeps its types\nRequest:"));
        then(shape.getMessage())
                .contains(lines("but parameter \"Name\" was:\n  \"my_input\"\nwhich is a string, not an object"));
        then(notList.getMessage())
                .contains(lines("but parameter \"Name\" was:\n  \"my_input\"\nwhich is a string, not an array"));
    }

    @Test
    void should_compare_null_booleans_and_nested_lists_in_parameters() {
        ApiRequest request = ApiRequest.of(
                "POST",
                "/",
                Map.of("X-TC-Action", List.of("A")),
                "{\"N\":null,\"B\":false,\"L\":[[1,2]]}".getBytes(UTF_8));
        assertThat(request).hasParameters("{\"B\":false,\"L\":[[1,2.0]]}");
        expectAssertionError(() -> assertThat(request).hasParameters("{\"N\":1}"));
        expectAssertionError(() -> assertThat(request).hasParameters("{\"B\":true}"));
        expectAssertionError(() -> assertThat(request).hasParameters("{\"L\":[[1,3]]}"));
        expectAssertionError(() -> assertThat(request).hasParameters("{\"B\":null}"));
    }

    @Test
    void should_name_a_request_without_action_and_the_problem_reading_its_parameters() {
        // GIVEN
        ApiRequest bad =
                ApiRequest.of("POST", "/", Map.of("Content-Type", List.of("application/json")), "[1]".getBytes(UTF_8));
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(bad).hasParameter("Name", "x"));
        // THEN
        then(error).hasMessage(lines("\n" + """
                Expecting parameter "Name" of the request (no action) to be:
                  "x"
                but there is no such parameter.
                Request: POST / (JSON)
                  Action: (none), Version: (none), Region: (none)
                Parameters could not all be read: the JSON body is an array, not an object
                Parameters:
                  { }"""));
        then(expectAssertionError(() -> assertThat(bad).hasAction("A")).getMessage())
                .contains(lines("Expecting action of the request (no action):\n  (none)\nto be:\n  \"A\""));
    }

    @Test
    void should_cut_long_values_and_long_parameter_trees() {
        // GIVEN
        StringBuilder form = new StringBuilder("Action=A&Long=" + "x".repeat(300));
        for (int i = 0; i < 50; i++) {
            form.append("&P").append(i).append("=v");
        }
        ApiRequest big = ApiRequest.of(
                "POST",
                "/",
                Map.of("Content-Type", List.of("application/x-www-form-urlencoded")),
                form.toString().getBytes(UTF_8));
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(big).hasNoParameter("Long"));
        // THEN
        then(error.getMessage())
                .contains(lines("but it has:\n  \"" + "x".repeat(199) + "... (302 characters in all)\nRequest:"))
                .contains(lines("    \"P37\" : \"v\",\n  ... (13 more lines)"))
                .doesNotContain("P38");
    }

    @Test
    void should_navigate_to_a_parameter_and_name_it_in_json_failures() {
        // WHEN
        AssertionError navigation = expectAssertionError(() -> assertThat(JSON).parameter("InputSettings.1"));
        AssertionError json = expectAssertionError(
                () -> assertThat(JSON).parameter("InputSettings.0").isEqualToJson("{}"));
        AssertionError all =
                expectAssertionError(() -> assertThat(JSON).parameters().isArray());
        // THEN
        then(navigation.getMessage())
                .startsWith(lines("\nExpecting the \"CreateStreamLiveInput\" request to have parameter:\n"
                        + "  \"InputSettings.1\"\nbut it has none there."));
        then(json.getMessage())
                .startsWith(lines("\nExpecting JSON value at parameter \"InputSettings.0\" of the"
                        + " \"CreateStreamLiveInput\" request:\n  {\n    \"AppName\" : \"live\","));
        then(all.getMessage())
                .startsWith(
                        lines("\nExpecting JSON value at the parameters of the \"CreateStreamLiveInput\" request:"));
    }

    @Test
    void should_fail_on_a_null_request_and_reject_bad_arguments() {
        expectAssertionError(() -> assertThat((ApiRequest) null).hasAction("A"));
        expectAssertionError(() -> assertThat((ApiRequest) null).parameters());
        expectAssertionError(() -> assertThat((ApiRequest) null).parameter("A"));
        thenThrownBy(() -> assertThat(JSON).hasAction(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("The expected action should not be null");
        thenThrownBy(() -> assertThat(JSON).hasVersion(null)).hasMessage("The expected version should not be null");
        thenThrownBy(() -> assertThat(JSON).hasRegion(null)).hasMessage("The expected region should not be null");
        thenThrownBy(() -> assertThat(JSON).usedEncoding(null)).hasMessage("The expected encoding should not be null");
        thenThrownBy(() -> assertThat(JSON).hasParameter("Name", (String) null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The expected value should not be null");
        thenThrownBy(() -> assertThat(JSON).hasParameter("Name", (Number) null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The expected value should not be null");
        thenThrownBy(() -> assertThat(JSON).hasParameter("Size", Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The expected number should be finite, but was NaN");
        thenThrownBy(() -> assertThat(JSON).hasParameter("A..B"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("path \"A..B\" has an empty segment");
        thenThrownBy(() -> assertThat(JSON).hasParameterSatisfying("Name", null))
                .hasMessage("The requirements should not be null");
        thenThrownBy(() -> assertThat(JSON).hasParameters("[]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The expected parameters should be a JSON object, but were an array");
        thenThrownBy(() -> assertThat(JSON).hasParameters("{"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The expected JSON is not valid");
    }

    @Test
    void should_be_reachable_from_plain_assertj_and_softly() {
        Assertions.assertThat((Object) JSON)
                .asInstanceOf(TencentCloudAssertions.API_REQUEST)
                .hasAction("CreateStreamLiveInput");
        TencentCloudSoftAssertions softly = new TencentCloudSoftAssertions();
        softly.assertThat(JSON).hasAction("Other").hasParameter("Missing", "x").hasRegion("ap-guangzhou");
        softly.assertThat(JSON).parameter("Missing").asText().isEqualTo("x");
        softly.assertThat(JSON).parameter("Name").asText().isEqualTo("other");
        // the navigation to a missing parameter and the assertion chained on its null value both count
        then(softly.assertionErrorsCollected()).hasSize(6);
    }
}
