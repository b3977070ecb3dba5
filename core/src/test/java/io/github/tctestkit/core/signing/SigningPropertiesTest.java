package io.github.tctestkit.core.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Sign-then-verify round trips and robustness of the verifiers against arbitrary input. */
class SigningPropertiesTest {

    static final ApiCredentials KEYS = ApiCredentials.of("AKIDproperty0001", "propertySecretKey0001");
    static final ApiCredentials TEMP =
            ApiCredentials.of("AKIDproperty0002", "propertySecretKey0002").withToken("propertyToken0002");
    static final CredentialsLookup LOOKUP = CredentialsLookup.of(KEYS, TEMP);
    static final Tc3Verifier TC3 = Tc3Verifier.create(LOOKUP);
    static final V1Verifier V1 = V1Verifier.create(LOOKUP);

    @Provide
    Arbitrary<String> headerValues() {
        // Anything a server may hand over as a header value: printable Unicode plus tabs, no line breaks.
        return Arbitraries.strings().all().excludeChars('\r', '\n').ofMaxLength(80);
    }

    @Provide
    Arbitrary<String> services() {
        return Arbitraries.strings()
                .alpha()
                .numeric()
                .withChars(':', '.', '-')
                .ofMinLength(1)
                .ofMaxLength(20);
    }

    @Property(tries = 300)
    void tc3SignThenVerifySucceeds(
            @ForAll byte[] body,
            @ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 40) String action,
            @ForAll("services") String service,
            @ForAll @LongRange(min = 0, max = 253402300799L) long timestamp,
            @ForAll boolean signAction,
            @ForAll boolean temporary,
            @ForAll boolean unsignedPayload) {
        SignableRequest.Builder b = SignableRequest.builder("POST")
                .header("Host", "mdl.tencentcloudapi.com")
                .header("Content-Type", SignableRequest.JSON_CONTENT_TYPE)
                .header("X-TC-Action", action)
                .body(body);
        if (unsignedPayload) {
            b.header("X-TC-Content-SHA256", "UNSIGNED-PAYLOAD");
        }
        SignableRequest request = b.build();
        ApiCredentials keys = temporary ? TEMP : KEYS;
        List<String> headers = signAction ? Tc3Signer.SIGNED_HEADERS_WITH_ACTION : Tc3Signer.DEFAULT_SIGNED_HEADERS;
        SignableRequest signed =
                Tc3Signer.sign(request, keys, service, timestamp, headers).applyTo(request);

        VerificationResult result = TC3.verify(signed);
        assertThat(result.isValid()).as(result.toString()).isTrue();
        assertThat(result.toString()).doesNotContain(keys.secretKey());
    }

    @Property(tries = 200)
    void tc3SignThenVerifySucceedsForUnicodeJson(@ForAll String text, @ForAll("services") String service) {
        String json = "{\"Name\":" + TextNode.valueOf(text) + "}";
        SignableRequest request = SignableRequest.jsonPost("localhost:8080", json);
        SignableRequest signed =
                Tc3Signer.sign(request, KEYS, service, 1795842124L).applyTo(request);

        assertThat(TC3.verify(signed).isValid()).isTrue();
        assertThat(TC3.verify(signed.toBuilder().body(json + " ").build()).failureReason())
                .contains(FailureReason.SIGNATURE_MISMATCH);
    }

    @Property(tries = 200)
    void v1SignThenVerifySucceeds(
            @ForAll @Size(max = 6)
                    Map<
                                    @AlphaChars @NumericChars @StringLength(min = 1, max = 10) String,
                                    @StringLength(max = 30) String>
                            extra,
            @ForAll boolean post,
            @ForAll boolean sha256,
            @ForAll boolean temporary) {
        Map<String, String> params = new LinkedHashMap<>(extra);
        params.keySet().removeAll(List.of("Signature", "SecretId", "SignatureMethod", "Token", "Timestamp"));
        params.put("Action", "DescribeStreamLiveRegions");
        params.put("Timestamp", "1795842124");
        ApiCredentials keys = temporary ? TEMP : KEYS;
        V1SignatureMethod method = sha256 ? V1SignatureMethod.HMAC_SHA256 : V1SignatureMethod.HMAC_SHA1;
        SignableRequest request = V1Signer.sign(
                        post ? "POST" : "GET", "mdl.tencentcloudapi.com", "/", params, keys, method)
                .toRequest();

        VerificationResult result = V1.verify(request);
        assertThat(result.isValid()).as(result.toString()).isTrue();
        assertThat(result.toString()).doesNotContain(keys.secretKey()).doesNotContain("propertyToken0002");
    }

    @Property(tries = 500)
    void verifiersNeverThrowOnArbitraryHeaders(
            @ForAll("headerValues") String authorization,
            @ForAll("headerValues") String timestamp,
            @ForAll("headerValues") String host,
            @ForAll("headerValues") String contentType,
            @ForAll("headerValues") String token,
            @ForAll("headerValues") String query,
            @ForAll byte[] body,
            @ForAll boolean get) {
        SignableRequest.Builder b = SignableRequest.builder(get ? "GET" : "POST")
                .header("Authorization", authorization)
                .header("X-TC-Timestamp", timestamp)
                .header("Host", host)
                .header("Content-Type", contentType)
                .header("X-TC-Token", token)
                .body(body);
        try {
            b.query(query);
        } catch (IllegalArgumentException e) {
            // whitespace in a raw query is rejected by the builder; keep the request without it
        }
        SignableRequest request = b.build();

        VerificationResult tc3 = TC3.verify(request);
        VerificationResult v1 = V1.verify(request);
        assertThat(tc3.isValid()).isFalse();
        assertThat(tc3.failureReason()).isPresent();
        assertThat(tc3.message()).isNotBlank();
        assertThat(v1.failureReason()).isPresent();
        assertThat(v1.message()).isNotBlank();
    }

    @Property(tries = 500)
    void verifierNeverThrowsOnNearlyValidAuthorization(
            @ForAll("headerValues") String secretId,
            @ForAll("headerValues") String date,
            @ForAll("headerValues") String service,
            @ForAll("headerValues") String signedHeaders,
            @ForAll("headerValues") String signature) {
        String auth = "TC3-HMAC-SHA256 Credential=" + secretId + "/" + date + "/" + service
                + "/tc3_request, SignedHeaders=" + signedHeaders + ", Signature=" + signature;
        SignableRequest request = SignableRequest.jsonPost("localhost:1", "{}").toBuilder()
                .header("Authorization", auth)
                .header("X-TC-Timestamp", "1795842124")
                .build();

        VerificationResult result = TC3.verify(request);
        assertThat(result.isValid()).isFalse();
        assertThat(result.failureReason()).isPresent();
    }

    @Property(tries = 300)
    void parseNeverThrowsAnythingButMalformedAuthorization(@ForAll("headerValues") String header) {
        try {
            Tc3Authorization parsed = Tc3Authorization.parse(header);
            assertThat(parsed.toHeaderValue()).startsWith("TC3-HMAC-SHA256 ");
        } catch (MalformedAuthorizationException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
