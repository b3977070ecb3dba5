package io.github.tctestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.internal.Json;
import io.github.tctestkit.wiremock.internal.ApiHandle;
import io.github.tctestkit.wiremock.internal.GatewaySettings;
import io.github.tctestkit.wiremock.internal.StubServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The stand-alone emulator's control API under /_tctestkit/, over plain HTTP as a client in another language uses it. */
class ControlApiTest {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** One emulator per test: the suite runs tests in parallel. */
    TencentCloudEmulator emulator;

    TencentCloudApi api;

    @BeforeEach
    void start() {
        emulator = TencentCloudEmulator.start();
        api = emulator.api();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    /** What came back: the status and the body, as JSON when it is JSON. */
    record Answer(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return Json.STRICT.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String error() {
            assertThat(json().has("error")).as("an error document: %s", body).isTrue();
            return json().get("error").asText();
        }
    }

    static Answer control(TencentCloudApi on, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://" + on.endpoint() + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body(), r);
    }

    Answer get(String path) throws Exception {
        return control(api, "GET", path, null);
    }

    Answer post(String path, String body) throws Exception {
        return control(api, "POST", path, body);
    }

    Answer put(String path, String body) throws Exception {
        return control(api, "PUT", path, body);
    }

    /** An unsigned Tencent Cloud request, as the SDKs send it with TC3 (JSON body, action in a header). */
    static HttpResponse<String> tencent(TencentCloudApi on, String action, String version, String body)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(on.baseUri())
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-TC-Action", action)
                .header("X-TC-Version", version)
                .header("X-TC-Region", "ap-guangzhou")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> mdl(String action) throws Exception {
        return tencent(api, action, "2020-03-26", "{}");
    }

    static String code(HttpResponse<String> response) {
        return ApiResponse.parse(response.body()).error().map(e -> e.code()).orElse("(success)");
    }

    @Nested
    class Health {

        @Test
        void saysWhatIsServedWhichVersionAndForHowLong() throws Exception {
            Answer a = get("/_tctestkit/health");

            assertThat(a.status()).isEqualTo(200);
            assertThat(a.raw().headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
            JsonNode h = a.json();
            assertThat(h.get("status").asText()).isEqualTo("ok");
            assertThat(h.get("version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
            assertThat(h.get("uptimeSeconds").asLong()).isNotNegative();
            assertThat(h.get("endpoint").asText()).isEqualTo(api.endpoint());
            assertThat(h.get("strict").asBoolean()).isFalse();
            assertThat(h.get("wiremockAdmin").asBoolean()).isFalse();
            List<String> stateful = new ArrayList<>();
            h.get("stateful").forEach(s -> stateful.add(s.asText()));
            assertThat(stateful).containsExactly("mdl", "vpc", "cvm", "cbs"); // StreamLive, then the resource engine
            assertThat(h.get("serviceCount").asInt())
                    .isEqualTo(api.services().names().size());
            List<String> names = new ArrayList<>();
            h.get("services").forEach(s -> names.add(s.get("name").asText()));
            assertThat(names)
                    .contains("mdl", "cvm")
                    .hasSize(api.services().names().size());
            h.get("services").forEach(s -> {
                if (s.get("name").asText().equals("mdl")) {
                    assertThat(s.get("versions").get(0).asText()).isEqualTo("2020-03-26");
                }
            });
        }

        @Test
        void theIndexListsEveryEndpoint() throws Exception {
            for (String path : List.of("/_tctestkit", "/_tctestkit/")) {
                Answer a = get(path);
                assertThat(a.status()).isEqualTo(200);
                assertThat(a.body())
                        .contains(
                                "GET /_tctestkit/health",
                                "POST /_tctestkit/reset",
                                "GET /_tctestkit/requests",
                                "GET /_tctestkit/rejections",
                                "POST /_tctestkit/answers",
                                "GET /_tctestkit/state",
                                "PUT /_tctestkit/state",
                                "docs/control-api.md");
            }
        }

        @Test
        void controlRequestsAreNotTencentRequests() throws Exception {
            get("/_tctestkit/health");
            post("/_tctestkit/answers", "{\"action\":\"Nope\",\"error\":\"InternalError\"}");

            assertThat(api.requestCount()).isZero();
            assertThat(get("/_tctestkit/requests").json().get("count").asInt()).isZero();
        }
    }

    @Nested
    class BadRequests {

        @Test
        void anUnknownPathNamesTheClosestEndpoint() throws Exception {
            Answer a = get("/_tctestkit/healht");

            assertThat(a.status()).isEqualTo(400);
            assertThat(a.error())
                    .startsWith("no control endpoint /_tctestkit/healht; did you mean /_tctestkit/health?")
                    .contains("GET|PUT state");
        }

        @Test
        void aWrongMethodIs405WithTheRightOne() throws Exception {
            Answer a = post("/_tctestkit/health", "{}");

            assertThat(a.status()).isEqualTo(405);
            assertThat(a.raw().headers().firstValue("Allow")).hasValue("GET");
            assertThat(a.error()).isEqualTo("/_tctestkit/health answers GET, not POST; send GET /_tctestkit/health");
            assertThat(control(api, "DELETE", "/_tctestkit/state", null)
                            .raw()
                            .headers()
                            .firstValue("Allow"))
                    .hasValue("GET, PUT");
        }

        @Test
        void badJsonAndBadShapesAreNamedWithTheFix() throws Exception {
            assertThat(post("/_tctestkit/answers", "{\"action\": ").error()).startsWith("the request body is not JSON");
            assertThat(post("/_tctestkit/answers", "[1]").error())
                    .isEqualTo("the request body must be a JSON object, but is an array");
            assertThat(post("/_tctestkit/answers", "{\"action\":\"X\",\"error\":\"A\",\"error\":\"B\"}")
                            .error())
                    .contains("not JSON")
                    .contains("Duplicate field 'error'");
            assertThat(control(api, "POST", "/_tctestkit/answers", null).error())
                    .isEqualTo("/_tctestkit/answers needs a JSON object as its body; docs/control-api.md shows"
                            + " examples");
            Answer unknown = post("/_tctestkit/answers", "{\"acton\":\"DescribeStreamLiveChannels\"}");
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.error()).startsWith("the request body has no member \"acton\"; did you mean action?");
        }

        @Test
        void unknownAndRepeatedQueryParametersAreRefused() throws Exception {
            assertThat(get("/_tctestkit/requests?servce=mdl").error())
                    .isEqualTo("/_tctestkit/requests takes the query parameters service, action (did you mean"
                            + " service?), but got \"servce\"");
            assertThat(get("/_tctestkit/health?x=1").error())
                    .isEqualTo("/_tctestkit/health takes no query parameters, but got \"x\"");
            assertThat(get("/_tctestkit/requests?action=A&action=B").error())
                    .isEqualTo("the query parameter \"action\" is given twice; give it once");
            assertThat(get("/_tctestkit/requests?action=").error())
                    .isEqualTo("the query parameter \"action\" is empty; give a value, or leave it out");
        }

        @Test
        void aWebPageCannotUseIt() throws Exception {
            HttpRequest fromPage = HttpRequest.newBuilder(
                            URI.create("http://" + api.endpoint() + "/_tctestkit/answers"))
                    .header("Origin", "https://evil.example")
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"error\":\"InternalError\"}"))
                    .build();
            HttpResponse<String> r = HTTP.send(fromPage, HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("refuses requests from web pages");
            assertThat(code(mdl("DescribeStreamLiveChannels"))).isEqualTo("(success)");

            RawHttp.Response rebound = RawHttp.exchange(
                    api.port(),
                    "GET /_tctestkit/requests HTTP/1.1\r\nHost: attacker.example:" + api.port()
                            + "\r\nConnection: close\r\n\r\n");
            assertThat(rebound.status()).isEqualTo(403);
            assertThat(rebound.body()).contains("loopback address only");
            RawHttp.Response local = RawHttp.exchange(
                    api.port(),
                    "GET /_tctestkit/health HTTP/1.1\r\nHost: localhost:" + api.port()
                            + "\r\nConnection: close\r\n\r\n");
            assertThat(local.status()).isEqualTo(200);
        }
    }

    @Nested
    class Answers {

        @Test
        void anErrorForOneActionReachesTheClientThenTheStateAnswersAgain() throws Exception {
            Answer a = post(
                    "/_tctestkit/answers",
                    "{\"action\":\"DescribeStreamLiveChannels\",\"error\":\"ResourceNotFound\","
                            + "\"message\":\"no channels today\",\"times\":1}");

            assertThat(a.status()).isEqualTo(200);
            assertThat(a.json().get("configured").asText())
                    .contains("ResourceNotFound")
                    .contains("for action DescribeStreamLiveChannels of mdl");
            assertThat(a.json().get("remaining").asInt()).isEqualTo(1);
            HttpResponse<String> first = mdl("DescribeStreamLiveChannels");
            assertThat(code(first)).isEqualTo("ResourceNotFound");
            assertThat(ApiResponse.parse(first.body()).error().orElseThrow().message())
                    .isEqualTo("no channels today");
            assertThat(code(mdl("DescribeStreamLiveChannels"))).isEqualTo("(success)");
        }

        @Test
        void anErrorForEveryActionOfOneService() throws Exception {
            assertThat(post("/_tctestkit/answers", "{\"service\":\"region\",\"error\":\"RequestLimitExceeded\"}")
                            .status())
                    .isEqualTo(200);

            assertThat(code(tencent(api, "DescribeProducts", "2022-06-27", "{}")))
                    .isEqualTo("RequestLimitExceeded");
            assertThat(code(mdl("DescribeStreamLiveChannels"))).isEqualTo("(success)");
        }

        @Test
        void theHandlesDidYouMeanMessagesNameTheMember() throws Exception {
            assertThat(post(
                                    "/_tctestkit/answers",
                                    "{\"action\":\"DescribeStreamLiveChanels\",\"error\":\"InternalError\"}")
                            .error())
                    .startsWith("\"action\": no service served here has action \"DescribeStreamLiveChanels\"; did you"
                            + " mean DescribeStreamLiveChannels");
            assertThat(post("/_tctestkit/answers", "{\"service\":\"cvmm\",\"error\":\"InternalError\"}")
                            .error())
                    .startsWith("\"service\": no service \"cvmm\" is served here; closest: cvm");
            assertThat(post(
                                    "/_tctestkit/answers",
                                    "{\"service\":\"mdl\",\"action\":\"DescribeInstances\","
                                            + "\"error\":\"InternalError\"}")
                            .error())
                    .startsWith("\"action\": service mdl has no action \"DescribeInstances\"; did you mean");
            assertThat(post("/_tctestkit/answers", "{\"action\":\"DescribeInstances\",\"success\":true}")
                            .error())
                    .contains("action \"DescribeInstances\" belongs to")
                    .contains("say which, for example with \"service\": \"");
        }

        @Test
        void anUnknownCodeIsRefusedUnlessAsked() throws Exception {
            Answer typo = post(
                    "/_tctestkit/answers",
                    "{\"action\":\"DeleteStreamLiveChannel\",\"error\":\"InvalidParameter.StateErorr\"}");
            assertThat(typo.status()).isEqualTo(400);
            assertThat(typo.error())
                    .isEqualTo("\"error\": \"InvalidParameter.StateErorr\" is no code that action"
                            + " DeleteStreamLiveChannel can return; did you mean InvalidParameter.StateError,"
                            + " InvalidParameter.State, InvalidParameter.NotFound? To answer with it anyway, add"
                            + " \"anyCode\": true");
            Answer own = post("/_tctestkit/answers", "{\"error\":\"My.Own\",\"anyCode\":true}");
            assertThat(own.status()).as(own.body()).isEqualTo(200);
            assertThat(code(mdl("DescribeStreamLiveChannels"))).isEqualTo("My.Own");
            assertThat(post("/_tctestkit/answers", "{\"error\":\"bad code\"}").error())
                    .startsWith("\"error\": ");
        }

        @Test
        void aSuccessOverrideIsCheckedAgainstTheContract() throws Exception {
            assertThat(post(
                                    "/_tctestkit/answers",
                                    "{\"action\":\"DescribeStreamLiveChannels\",\"success\":{\"Infos\":[{\"Id\":\"X\","
                                            + "\"Name\":\"seeded\",\"State\":\"RUNNING\"}]}}")
                            .status())
                    .isEqualTo(200);
            assertThat(mdl("DescribeStreamLiveChannels").body()).contains("\"Name\":\"seeded\"");

            Answer wrong = post(
                    "/_tctestkit/answers", "{\"action\":\"DescribeStreamLiveChannels\",\"success\":{\"Infoz\":[]}}");
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.error())
                    .startsWith("\"success\": the real API could never return this payload:")
                    .contains("Infoz")
                    .endsWith("Answer with \"http\": {\"status\": 200, \"body\": \"...\"} to send it anyway.");
            assertThat(post("/_tctestkit/answers", "{\"success\":true}").error())
                    .startsWith("a \"success\" answer is for one action: add \"action\"");
        }

        @Test
        void theDocumentedDefaultWithChanges() throws Exception {
            assertThat(post(
                                    "/_tctestkit/answers",
                                    "{\"action\":\"DescribeStreamLiveChannel\",\"success\":true,"
                                            + "\"with\":{\"Info.State\":\"RUNNING\",\"Info.Name\":\"news\"}}")
                            .status())
                    .isEqualTo(200);
            String body = mdl("DescribeStreamLiveChannel").body();
            assertThat(body).contains("\"State\":\"RUNNING\"").contains("\"Name\":\"news\"");
            assertThat(post(
                                    "/_tctestkit/answers",
                                    "{\"action\":\"DescribeStreamLiveChannel\",\"success\":true,"
                                            + "\"with\":{\"Info.Stat\":\"RUNNING\"}}")
                            .error())
                    .startsWith("\"with\": ")
                    .contains("Stat");
        }

        @Test
        void aRefusedAnswerLeavesNothingConfigured() throws Exception {
            Answer a = post(
                    "/_tctestkit/answers",
                    "{\"error\":\"InternalError\",\"times\":0}"); // the error for every action would come first
            assertThat(a.status()).isEqualTo(400);
            assertThat(a.error()).isEqualTo("\"times\": the count must be at least 1");
            assertThat(post(
                                    "/_tctestkit/answers",
                                    "{\"action\":\"DescribeStreamLiveChannels\",\"success\":true,"
                                            + "\"with\":{\"Nope\":1}}")
                            .status())
                    .isEqualTo(400);
            assertThat(post("/_tctestkit/answers", "{\"error\":\"InternalError\",\"delayMillis\":-5}")
                            .error())
                    .startsWith("\"delayMillis\": delay must be between 0 and 10 minutes");

            assertThat(code(mdl("DescribeStreamLiveChannels"))).isEqualTo("(success)");
            assertThat(mdl("DescribeStreamLiveChannels").body()).contains("\"Infos\":[]");
        }

        @Test
        void faultsAndRawHttpAnswers() throws Exception {
            assertThat(post(
                                    "/_tctestkit/answers",
                                    "{\"action\":\"DescribeStreamLiveChannels\","
                                            + "\"fault\":\"SERVICE_UNAVAILABLE_503\",\"times\":1}")
                            .status())
                    .isEqualTo(200);
            assertThat(mdl("DescribeStreamLiveChannels").statusCode()).isEqualTo(503);
            assertThat(mdl("DescribeStreamLiveChannels").statusCode()).isEqualTo(200);

            assertThat(post("/_tctestkit/answers", "{\"fault\":\"SERVICE_UNAVAILABLE\"}")
                            .error())
                    .startsWith("\"fault\" must name a Fault, but is \"SERVICE_UNAVAILABLE\"; did you mean"
                            + " SERVICE_UNAVAILABLE_503");

            assertThat(post(
                                    "/_tctestkit/answers",
                                    "{\"action\":\"DescribeStreamLiveChannels\","
                                            + "\"http\":{\"status\":502,\"body\":\"<html>bad gateway</html>\"}}")
                            .status())
                    .isEqualTo(200);
            HttpResponse<String> page = mdl("DescribeStreamLiveChannels");
            assertThat(page.statusCode()).isEqualTo(502);
            assertThat(page.body()).isEqualTo("<html>bad gateway</html>");
            assertThat(post("/_tctestkit/answers", "{\"http\":{\"status\":700}}")
                            .error())
                    .isEqualTo("\"http\": HTTP status must be between 100 and 599, but was 700");
        }

        @Test
        void exactlyOneKindOfAnswer() throws Exception {
            assertThat(post("/_tctestkit/answers", "{\"action\":\"DescribeStreamLiveChannels\"}")
                            .error())
                    .startsWith("say what to answer with: give exactly one of \"error\"");
            assertThat(post("/_tctestkit/answers", "{\"error\":\"InternalError\",\"fault\":\"NOT_JSON\"}")
                            .error())
                    .startsWith("answer with one thing, not error and fault");
            assertThat(post("/_tctestkit/answers", "{\"fault\":\"NOT_JSON\",\"message\":\"m\"}")
                            .error())
                    .isEqualTo("\"message\" goes with \"error\", but this answer is a \"fault\"");
        }
    }

    @Nested
    class Journal {

        @Test
        void requestsAsJsonFilteredByServiceAndAction() throws Exception {
            mdl("DescribeStreamLiveChannels");
            mdl("DescribeStreamLiveInputs");
            tencent(api, "DescribeProducts", "2022-06-27", "{\"Limit\":5}");

            JsonNode all = get("/_tctestkit/requests").json();
            assertThat(all.get("count").asInt()).isEqualTo(3);
            assertThat(all.get("dropped").asInt()).isZero();
            JsonNode region = get("/_tctestkit/requests?service=region").json();
            assertThat(region.get("count").asInt()).isEqualTo(1);
            JsonNode one = region.get("requests").get(0);
            assertThat(one.get("service").asText()).isEqualTo("region");
            assertThat(one.get("action").asText()).isEqualTo("DescribeProducts");
            assertThat(one.get("version").asText()).isEqualTo("2022-06-27");
            assertThat(one.get("region").asText()).isEqualTo("ap-guangzhou");
            assertThat(one.get("method").asText()).isEqualTo("POST");
            assertThat(one.get("encoding").asText()).isEqualTo("JSON");
            assertThat(one.get("parameters").get("Limit").asInt()).isEqualTo(5);
            assertThat(one.get("headers").get("X-TC-Action").asText()).isEqualTo("DescribeProducts");
            assertThat(one.get("receivedAt").asText()).endsWith("Z");
            assertThat(get("/_tctestkit/requests?action=DescribeStreamLiveInputs")
                            .json()
                            .get("count")
                            .asInt())
                    .isEqualTo(1);
            assertThat(get("/_tctestkit/requests?service=mdl&action=DescribeProducts")
                            .json()
                            .get("count")
                            .asInt())
                    .isZero();
            assertThat(get("/_tctestkit/requests?service=mdll").error())
                    .startsWith("no service \"mdll\" is served here; closest: mdl");
        }

        @Test
        void securityTokensAreMasked() throws Exception {
            HTTP.send(
                    HttpRequest.newBuilder(api.baseUri())
                            .header("Content-Type", "application/json")
                            .header("X-TC-Action", "DescribeStreamLiveChannels")
                            .header("X-TC-Version", "2020-03-26")
                            .header("X-TC-Token", "secret-token")
                            .POST(HttpRequest.BodyPublishers.ofString("{}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            String body = get("/_tctestkit/requests").body();
            assertThat(body).doesNotContain("secret-token").contains("\"X-TC-Token\":\"****\"");
        }

        @Test
        void rejectionsOfAStrictEmulator() throws Exception {
            try (TencentCloudEmulator strict =
                    TencentCloudEmulator.builder().strict(true).start()) {
                TencentCloudApi s = strict.api();
                tencent(s, "DescribeStreamLiveChannels", "2020-03-26", "{}");
                tencent(s, "DescribeProducts", "2022-06-27", "{}");

                JsonNode all = control(s, "GET", "/_tctestkit/rejections", null).json();
                assertThat(all.get("count").asInt()).isEqualTo(2);
                JsonNode first = all.get("rejections").get(0);
                assertThat(first.get("code").asText()).startsWith("AuthFailure");
                assertThat(first.get("reason").asText()).isNotBlank();
                assertThat(first.has("diagnostics")).isTrue();
                assertThat(first.get("request").get("action").asText()).isEqualTo("DescribeStreamLiveChannels");
                assertThat(control(s, "GET", "/_tctestkit/rejections?service=region", null)
                                .json()
                                .get("rejections")
                                .get(0)
                                .get("request")
                                .get("action")
                                .asText())
                        .isEqualTo("DescribeProducts");
                assertThat(control(s, "GET", "/_tctestkit/rejections?action=DescribeProducts", null)
                                .json()
                                .get("count")
                                .asInt())
                        .isEqualTo(1);
                assertThat(control(s, "GET", "/_tctestkit/health", null)
                                .json()
                                .get("strict")
                                .asBoolean())
                        .isTrue();
            }
        }
    }

    @Nested
    class Reset {

        @Test
        void everything() throws Exception {
            post("/_tctestkit/answers", "{\"error\":\"InternalError\"}");
            mdl("DescribeStreamLiveChannels");
            api.streamLive().givenInputSecurityGroup("office", List.of("10.0.0.0/8"));

            Answer a = post("/_tctestkit/reset", null);

            assertThat(a.status()).isEqualTo(200);
            assertThat(a.json().get("reset").asText()).isEqualTo("everything");
            assertThat(a.json().get("stateCleared").get(0).asText()).isEqualTo("mdl");
            assertThat(api.requestCount()).isZero();
            assertThat(api.streamLive().inputSecurityGroups()).isEmpty();
            assertThat(code(mdl("DescribeStreamLiveChannels"))).isEqualTo("(success)");
        }

        @Test
        void oneServiceKeepsTheOthers() throws Exception {
            post("/_tctestkit/answers", "{\"service\":\"region\",\"error\":\"InternalError\"}");
            post("/_tctestkit/answers", "{\"action\":\"DescribeStreamLiveChannels\",\"error\":\"InternalError\"}");
            mdl("DescribeStreamLiveChannels");
            tencent(api, "DescribeProducts", "2022-06-27", "{}");
            api.streamLive().givenInputSecurityGroup("office", List.of("10.0.0.0/8"));

            Answer a = post("/_tctestkit/reset?service=mdl", null);

            assertThat(a.json().get("reset").asText()).isEqualTo("mdl");
            assertThat(api.streamLive().inputSecurityGroups()).isEmpty();
            assertThat(api.requests())
                    .singleElement()
                    .extracting(RecordedRequest::action)
                    .isEqualTo("DescribeProducts");
            assertThat(code(mdl("DescribeStreamLiveChannels"))).isEqualTo("(success)");
            assertThat(code(tencent(api, "DescribeProducts", "2022-06-27", "{}")))
                    .isEqualTo("InternalError");

            assertThat(post("/_tctestkit/reset", "{\"service\":\"region\"}")
                            .json()
                            .get("stateCleared"))
                    .isEmpty();
            HttpResponse<String> after = tencent(api, "DescribeProducts", "2022-06-27", "{}");
            assertThat(code(after)).as(after.body()).isEqualTo("(success)");
            assertThat(post("/_tctestkit/reset?service=regon", null).error())
                    .startsWith("no service \"regon\" is served here; closest: region");
            assertThat(post("/_tctestkit/reset", "{\"servce\":\"cvm\"}").status())
                    .isEqualTo(400);
        }
    }

    @Nested
    class State {

        static final String SEED = "{\"mdl\":{\"regions\":{"
                + "\"ap-guangzhou\":{"
                + "\"inputSecurityGroups\":[{\"name\":\"office\",\"whitelist\":[\"10.0.0.0/8\"]}],"
                + "\"inputs\":[{\"name\":\"camera_1\",\"securityGroups\":[\"office\"]}],"
                + "\"channels\":[{\"name\":\"news\",\"inputs\":[\"camera_1\"],\"state\":\"RUNNING\"}]},"
                + "\"ap-singapore\":{\"inputSecurityGroups\":[{\"name\":\"sg\",\"whitelist\":[\"1.2.3.4\"]}]}},"
                + "\"quotas\":{\"CHANNEL\":1}}}";

        @Test
        void engineServicesAreDumpedAndSeededPerAccountAndRegion() throws Exception {
            String account = api.credentials().secretId();
            Answer a = put(
                    "/_tctestkit/state",
                    "{\"cvm\":{\"" + account + "\":{\"ap-guangzhou\":{\"Instance\":[{\"InstanceId\":\"ins-seeded01\","
                            + "\"InstanceName\":\"web\",\"InstanceState\":\"STOPPED\"}]}}}}");
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            assertThat(a.json()
                            .at("/cvm/" + account + "/ap-guangzhou/Instance/0/InstanceState")
                            .asText())
                    .isEqualTo("STOPPED");
            HttpResponse<String> started =
                    tencent(api, "StartInstances", "2017-03-12", "{\"InstanceIds\":[\"ins-seeded01\"]}");
            assertThat(code(started)).as(started.body()).isEqualTo("(success)");
            assertThat(get("/_tctestkit/state")
                            .json()
                            .at("/cvm/" + account + "/ap-guangzhou/Instance/0/InstanceState")
                            .asText())
                    .isEqualTo("RUNNING");
            assertThat(put("/_tctestkit/state", "{\"cvm\":{\"" + account + "\":{\"ap-guangzhou\":{\"Instanse\":[]}}}}")
                            .error())
                    .contains("cvm has no resource type \"Instanse\"; its types: Instance");
            assertThat(put("/_tctestkit/state", "{\"vpc\":{\"x\":{\"ap-guangzhou\":{\"Vpc\":[{\"VpcId\":\"nope\"}]}}}}")
                            .error())
                    .contains("\"nope\" is not a Vpc id");
            assertThat(put("/_tctestkit/state", "{}").status()).isEqualTo(200);
            assertThat(get("/_tctestkit/state").json().get("cvm")).isEmpty();
        }

        @Test
        void emptyAtFirst() throws Exception {
            JsonNode state = get("/_tctestkit/state").json();

            assertThat(state.get("mdl").get("regions")).isEmpty();
            assertThat(state.get("mdl").get("quotas").get("CHANNEL").asInt()).isEqualTo(100);
        }

        @Test
        void seededResourcesAreWhatTheApiServes() throws Exception {
            Answer a = put("/_tctestkit/state", SEED);

            assertThat(a.status()).as(a.body()).isEqualTo(200);
            JsonNode gz = a.json().get("mdl").get("regions").get("ap-guangzhou");
            JsonNode channel = gz.get("channels").get(0);
            assertThat(channel.get("id").asText()).matches("[0-9A-F]{20}");
            assertThat(channel.get("state").asText()).isEqualTo("RUNNING");
            assertThat(channel.get("inputs").get(0).asText()).isEqualTo("camera_1");
            assertThat(gz.get("inputs").get(0).get("securityGroups").get(0).asText())
                    .isEqualTo("office");
            assertThat(gz.get("inputs").get(0).get("channels").get(0).asText()).isEqualTo("news");
            assertThat(gz.get("inputSecurityGroups").get(0).get("inputs").get(0).asText())
                    .isEqualTo("camera_1");
            assertThat(a.json().get("mdl").get("quotas").get("CHANNEL").asInt()).isEqualTo(1);
            assertThat(mdl("DescribeStreamLiveChannels").body())
                    .contains("\"Id\":\"" + channel.get("id").asText() + "\"")
                    .contains("\"State\":\"RUNNING\"");
            assertThat(api.streamLive().inRegion("ap-singapore").inputSecurityGroups())
                    .singleElement()
                    .extracting(StreamLiveResources.InputSecurityGroupView::name)
                    .isEqualTo("sg");
            assertThat(get("/_tctestkit/state").json()).isEqualTo(a.json());
        }

        @Test
        void aDumpCanBePutBack() throws Exception {
            JsonNode first = put("/_tctestkit/state", SEED).json();

            JsonNode again = put("/_tctestkit/state", first.toString()).json();

            assertThat(again.get("mdl")
                            .get("regions")
                            .get("ap-guangzhou")
                            .get("channels")
                            .get(0)
                            .get("name")
                            .asText())
                    .isEqualTo("news");
            assertThat(api.streamLive().channels()).hasSize(1);
        }

        @Test
        void putReplacesEverything() throws Exception {
            put("/_tctestkit/state", SEED);

            assertThat(put("/_tctestkit/state", "{}").json().get("mdl").get("regions"))
                    .isEmpty();
            assertThat(api.streamLive().channels()).isEmpty();
            assertThat(api.streamLive().quota(StreamLiveResources.Kind.CHANNEL)).isEqualTo(100);
        }

        @Test
        void mistakesAreNamedByPathAndChangeNothing() throws Exception {
            api.streamLive().givenInputSecurityGroup("kept", List.of("10.0.0.0/8"));

            assertThat(put(
                                    "/_tctestkit/state",
                                    "{\"mdl\":{\"regions\":{\"ap-guangzhou\":{\"inputs\":[{\"name\":\"cam\","
                                            + "\"securityGroups\":[\"ofice\"]}],\"inputSecurityGroups\":[{\"name\":"
                                            + "\"office\",\"whitelist\":[\"10.0.0.0/8\"]}]}}}}")
                            .error())
                    .isEqualTo("mdl.regions.ap-guangzhou.inputs[0].securityGroups[0] names input security group"
                            + " \"ofice\", which this region of the document does not have; did you mean office?"
                            + " (resources refer to each other by name, within one region)");
            assertThat(put("/_tctestkit/state", "{\"mdl\":{\"regions\":{\"ap-guangzhuo\":{}}}}")
                            .error())
                    .startsWith("mdl.regions has region \"ap-guangzhuo\", where StreamLive does not accept requests;"
                            + " did you mean ap-guangzhou");
            assertThat(put(
                                    "/_tctestkit/state",
                                    "{\"mdl\":{\"regions\":{\"ap-guangzhou\":{\"channels\":[{\"name\":\"bad name\"}]}}}}")
                            .error())
                    .startsWith("mdl.regions.ap-guangzhou.channels[0]: InvalidParameter");
            assertThat(put("/_tctestkit/state", "{\"mdl\":{\"quotas\":{\"CHANNELS\":1}}}")
                            .error())
                    .startsWith("mdl.quotas has no member \"CHANNELS\"; did you mean CHANNEL?");
            assertThat(put(
                                    "/_tctestkit/state",
                                    "{\"mdl\":{\"quotas\":{\"CHANNEL\":1},\"regions\":{\"ap-guangzhou\":{\"channels\":"
                                            + "[{\"name\":\"a\"},{\"name\":\"b\"}]}}}}")
                            .error())
                    .startsWith("mdl.regions.ap-guangzhou.channels[1]: InvalidParameter.ExceededQuantityLimit");
            assertThat(put("/_tctestkit/state", "{\"streamlive\":{}}").error())
                    .startsWith("the state document has a member \"streamlive\", but no stateful service of that name"
                            + " is served here; stateful services: mdl");

            assertThat(api.streamLive().inputSecurityGroups())
                    .singleElement()
                    .extracting(StreamLiveResources.InputSecurityGroupView::name)
                    .isEqualTo("kept");
        }

        @Test
        void aStatelessEmulatorHasNone() throws Exception {
            try (TencentCloudEmulator stateless =
                    TencentCloudEmulator.builder().stateful(false).start()) {
                TencentCloudApi s = stateless.api();
                assertThat(control(s, "GET", "/_tctestkit/state", null).body()).isEqualTo("{}");
                assertThat(control(s, "PUT", "/_tctestkit/state", "{\"mdl\":{}}")
                                .error())
                        .startsWith("this emulator keeps no state");
                assertThat(control(s, "GET", "/_tctestkit/health", null).json().get("stateful"))
                        .isEmpty();
            }
        }
    }

    @Nested
    class WireMockAdmin {

        @Test
        void isOffOnTheEmulatorNamingTheFlag() throws Exception {
            HttpResponse<String> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://" + api.endpoint() + "/__admin/mappings"))
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"request\":{\"method\":\"ANY\"}," + "\"response\":{\"status\":200}}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body())
                    .contains("WireMock's admin API (/__admin) is off")
                    .contains("--wiremock-admin")
                    .contains("TencentCloudEmulator.builder().wiremockAdmin(true)");
            assertThat(get("/_tctestkit/health").status()).isEqualTo(200); // the server is still up
            assertThat(api.wireMock().getStubMappings()).hasSize(1); // only the catch-all
        }

        @Test
        void strictModeRefusesUnsignedRequestsWhateverIsConfigured() throws Exception {
            try (TencentCloudEmulator strict = TencentCloudEmulator.builder()
                    .strict(true)
                    .wiremockAdmin(true)
                    .start()) {
                TencentCloudApi s = strict.api();
                assertThat(control(s, "GET", "/_tctestkit/health", null)
                                .json()
                                .get("wiremockAdmin")
                                .asBoolean())
                        .isTrue();
                assertThat(control(
                                        s,
                                        "POST",
                                        "/_tctestkit/answers",
                                        "{\"action\":\"DescribeStreamLiveChannels\",\"success\":true}")
                                .status())
                        .isEqualTo(200);
                HttpResponse<String> stub = HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://" + s.endpoint() + "/__admin/mappings"))
                                .POST(HttpRequest.BodyPublishers.ofString("{\"request\":{\"method\":\"ANY\"},"
                                        + "\"response\":{\"status\":200,\"body\":\"{\\\"Response\\\":{}}\"}}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(stub.statusCode()).isEqualTo(201); // asked for: WireMock's admin API answers

                assertThat(code(tencent(s, "DescribeStreamLiveChannels", "2020-03-26", "{}")))
                        .startsWith("AuthFailure");
                assertThat(Signed.post(
                                        s,
                                        s.credentials(),
                                        "DescribeStreamLiveChannels",
                                        "{}".getBytes(StandardCharsets.UTF_8))
                                .statusCode())
                        .isEqualTo(200);
            }
        }

        @Test
        void theJUnitExtensionsServersHaveNoControlApi() throws Exception {
            try (StubServer server = StubServer.start("a test's server", true, GatewaySettings.OFF)) {
                TencentCloudApi plain = ApiHandle.unbound(server);
                Answer a = control(plain, "GET", "/_tctestkit/health", null);

                assertThat(a.body()).doesNotContain("\"status\":\"ok\"").contains("\"Response\"");
                assertThat(plain.requestCount()).isEqualTo(1);
                assertThat(HTTP.send(
                                        HttpRequest.newBuilder(
                                                        URI.create("http://" + plain.endpoint() + "/__admin/mappings"))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .statusCode())
                        .isEqualTo(200);
            }
        }
    }
}
