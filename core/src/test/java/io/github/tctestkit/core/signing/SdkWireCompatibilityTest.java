package io.github.tctestkit.core.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.annotations.Expose;
import com.google.gson.annotations.SerializedName;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.tencentcloudapi.common.AbstractClient;
import com.tencentcloudapi.common.AbstractModel;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.CommonRequest;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sends real requests with the Tencent Cloud Java SDK (common 3.1.1481) to a loopback server and verifies what arrives
 * with {@link Tc3Verifier} / {@link V1Verifier}. This is the check that our canonical form matches the SDK's on the
 * wire, not only on paper.
 */
class SdkWireCompatibilityTest {

    static final ApiCredentials KEYS = ApiCredentials.of("AKIDwireTest0001", "wireSecretKeyValue0001");
    static final ApiCredentials TEMP =
            ApiCredentials.of("AKIDwireTemp0002", "wireSecretKeyValue0002").withToken("wireSessionToken0002");
    static final CredentialsLookup LOOKUP = CredentialsLookup.of(KEYS, TEMP);

    static HttpServer server;
    static final List<SignableRequest> received = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", SdkWireCompatibilityTest::capture);
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @BeforeEach
    void clear() {
        received.clear();
    }

    static void capture(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            SignableRequest.Builder b = SignableRequest.builder(exchange.getRequestMethod())
                    .path(exchange.getRequestURI().getRawPath())
                    .query(
                            exchange.getRequestURI().getRawQuery() == null
                                    ? ""
                                    : exchange.getRequestURI().getRawQuery())
                    .body(in.readAllBytes());
            exchange.getRequestHeaders().forEach((name, values) -> b.header(name, values.get(0)));
            received.add(b.build());
        }
        byte[] response = "{\"Response\":{\"RequestId\":\"req-ok\"}}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, response.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response);
        }
    }

    static String endpoint() {
        return "localhost:" + server.getAddress().getPort();
    }

    static ClientProfile profile(String signMethod, String httpMethod, boolean unsignedPayload) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(endpoint());
        http.setProtocol("http://");
        http.setReqMethod(httpMethod);
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        profile.setSignMethod(signMethod);
        profile.setUnsignedPayload(unsignedPayload);
        return profile;
    }

    static Credential sdkCredential(ApiCredentials c) {
        return c.token().isPresent()
                ? new Credential(c.secretId(), c.secretKey(), c.token().get())
                : new Credential(c.secretId(), c.secretKey());
    }

    SignableRequest onlyRequest() {
        assertThat(received).hasSize(1);
        return received.get(0);
    }

    @Test
    void commonClientCallIsVerified() throws TencentCloudSDKException {
        CommonClient client = new CommonClient(
                "mdl", "2020-03-26", sdkCredential(KEYS), "ap-singapore", profile("TC3-HMAC-SHA256", "POST", false));
        client.call("DescribeStreamLiveRegions", "{\"Name\":\"n未\"}");

        SignableRequest request = onlyRequest();
        VerificationResult result = Tc3Verifier.create(LOOKUP).verify(request);
        assertThat(result.isValid()).as(result.toString()).isTrue();
        assertThat(Tc3Authorization.parse(request.header("Authorization").orElseThrow())
                        .service())
                .isEqualTo(endpoint());
    }

    @Test
    void commonRequestWithTemporaryCredentialsIsVerified() throws TencentCloudSDKException {
        CommonClient client = new CommonClient(
                "mdl", "2020-03-26", sdkCredential(TEMP), "ap-singapore", profile("TC3-HMAC-SHA256", "POST", false));
        client.commonRequest(new CommonRequest("{\"ChannelId\":\"c-1\",\"Ids\":[\"a\",\"b\"]}"), "DescribeThing");

        SignableRequest request = onlyRequest();
        assertThat(request.header("X-TC-Token")).contains("wireSessionToken0002");
        VerificationResult result = Tc3Verifier.create(LOOKUP).verify(request);
        assertThat(result.isValid()).as(result.toString()).isTrue();

        SignableRequest wrongToken = request.withHeader("X-TC-Token", "other");
        assertThat(Tc3Verifier.create(LOOKUP).verify(wrongToken).failureReason())
                .contains(FailureReason.TOKEN_MISMATCH);
    }

    @ParameterizedTest(name = "{0} {1} unsignedPayload={2}")
    @CsvSource({
        "TC3-HMAC-SHA256, POST, false",
        "TC3-HMAC-SHA256, POST, true",
        "TC3-HMAC-SHA256, GET, false",
        "HmacSHA1, GET, false",
        "HmacSHA1, POST, false",
        "HmacSHA256, GET, false",
        "HmacSHA256, POST, false"
    })
    void typedClientRequestsAreVerified(String signMethod, String httpMethod, boolean unsignedPayload)
            throws TencentCloudSDKException {
        TestClient client = new TestClient(sdkCredential(TEMP), profile(signMethod, httpMethod, unsignedPayload));
        TestModel model = new TestModel();
        model.Name = "n未 & =+%";
        model.Ids = new String[] {"a", "b"};
        client.run(model);

        SignableRequest request = onlyRequest();
        assertThat(request.method()).isEqualTo(httpMethod);
        boolean tc3 = signMethod.startsWith("TC3");
        VerificationResult result = tc3
                ? Tc3Verifier.create(LOOKUP).verify(request)
                : V1Verifier.create(LOOKUP).verify(request);
        assertThat(result.isValid()).as(result.toString()).isTrue();
        assertThat(result.diagnostics().algorithm()).isEqualTo(signMethod);
        if (unsignedPayload) {
            assertThat(request.header("X-TC-Content-SHA256")).contains("UNSIGNED-PAYLOAD");
        }

        // and a tampered copy fails
        SignableRequest tampered = httpMethod.equals("GET")
                ? request.toBuilder()
                        .query(request.query().replace("Ids.1=b", "Ids.1=c"))
                        .build()
                : request.toBuilder()
                        .body(request.bodyAsString().replace("\"b\"", "\"c\"").replace("Ids.1=b", "Ids.1=c"))
                        .build();
        VerificationResult bad = tc3
                ? Tc3Verifier.create(LOOKUP).verify(tampered)
                : V1Verifier.create(LOOKUP).verify(tampered);
        if (!unsignedPayload || httpMethod.equals("GET")) {
            assertThat(bad.failureReason()).as(bad.toString()).contains(FailureReason.SIGNATURE_MISMATCH);
        } else {
            assertThat(bad.isValid())
                    .as("the body is not covered with UNSIGNED-PAYLOAD")
                    .isTrue();
        }
    }

    /** A minimal typed client like the generated ones. */
    static final class TestClient extends AbstractClient {
        TestClient(Credential credential, ClientProfile profile) {
            super(endpoint(), "2020-03-26", credential, "ap-singapore", profile);
        }

        String run(TestModel model) throws TencentCloudSDKException {
            model.setSkipSign(false);
            return internalRequest(model, "DescribeThing");
        }
    }

    /**
     * A minimal request model like the generated ones, whose fields are named as the JSON keys: the SDK looks each field
     * up by its key and prints a NoSuchFieldException's stack trace for every one it cannot find.
     */
    static final class TestModel extends AbstractModel {
        @SerializedName("Name")
        @Expose
        String Name;

        @SerializedName("Ids")
        @Expose
        String[] Ids;

        @Override
        protected void toMap(HashMap<String, String> map, String prefix) {
            setParamSimple(map, prefix + "Name", Name);
            setParamArraySimple(map, prefix + "Ids.", Ids);
        }
    }
}
