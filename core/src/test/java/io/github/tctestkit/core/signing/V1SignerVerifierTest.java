package io.github.tctestkit.core.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tencentcloudapi.common.Sign;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class V1SignerVerifierTest {

    static final String DOC_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    static final String DOC_PLAINTEXT = "GETcvm.tencentcloudapi.com/?Action=DescribeInstances"
            + "&InstanceIds.0=ins-09dx96dg&Limit=20&Nonce=11886&Offset=0&Region=ap-guangzhou"
            + "&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&Timestamp=1465185768&Version=2017-03-12";

    static final ApiCredentials KEYS = ApiCredentials.of("AKIDv1permanent", "v1PermanentSecretKey0001");
    static final ApiCredentials TEMP =
            ApiCredentials.of("AKIDv1temporary", "v1TemporarySecretKey0002").withToken("v1SessionToken0003");

    final V1Verifier verifier = V1Verifier.create(CredentialsLookup.of(KEYS, TEMP));
    final List<VerificationResult> results = new ArrayList<>();

    static Map<String, String> docParams() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Nonce", "11886");
        p.put("Action", "DescribeInstances");
        p.put("Region", "ap-guangzhou");
        p.put("SecretId", "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE");
        p.put("Timestamp", "1465185768");
        p.put("Version", "2017-03-12");
        p.put("InstanceIds_0", "ins-09dx96dg");
        p.put("Limit", "20");
        p.put("Offset", "0");
        return p;
    }

    static Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Action", "DescribeStreamLiveRegions");
        p.put("Version", "2020-03-26");
        p.put("Region", "ap-singapore");
        p.put("Timestamp", "1795842124");
        p.put("Nonce", "12345");
        p.put("Name", "n未 & = + %");
        p.put("Ids.0", "a");
        return p;
    }

    VerificationResult verify(SignableRequest request) {
        VerificationResult r = verifier.verify(request);
        results.add(r);
        return r;
    }

    void assertFailure(SignableRequest request, FailureReason reason, String messagePart) {
        VerificationResult r = verify(request);
        assertThat(r.failureReason()).as(r.toString()).contains(reason);
        assertThat(r.message()).contains(messagePart);
    }

    static SignableRequest signed(String method, ApiCredentials keys, V1SignatureMethod m) {
        return V1Signer.sign(method, "localhost:35885", "/", params(), keys, m).toRequest();
    }

    @AfterEach
    void diagnosticsNeverLeakSecrets() {
        for (VerificationResult r : results) {
            String text = r.toString() + r.message();
            assertThat(text)
                    .doesNotContain(KEYS.secretKey())
                    .doesNotContain(TEMP.secretKey())
                    .doesNotContain("v1SessionToken0003")
                    .doesNotContain("wrongToken");
        }
    }

    @Test
    void officialHmacSha1Vector() {
        results.add(verify(signed("GET", KEYS, V1SignatureMethod.HMAC_SHA1)));
        String plaintext = V1Signer.plaintext("GET", "cvm.tencentcloudapi.com", "/", docParams());

        assertThat(plaintext).isEqualTo(DOC_PLAINTEXT);
        assertThat(V1Signer.signature(plaintext, DOC_KEY, V1SignatureMethod.HMAC_SHA1))
                .isEqualTo("EliP9YW3pW28FpsEdkXt/+WcGeI=");
        assertThat(URLEncoder.encode("EliP9YW3pW28FpsEdkXt/+WcGeI=", StandardCharsets.UTF_8))
                .isEqualToIgnoringCase("EliP9YW3pW28FpsEdkXt%2f%2bWcGeI%3d");
    }

    @Test
    void officialVectorAgreesWithSdkSign() throws Exception {
        results.add(verify(signed("GET", KEYS, V1SignatureMethod.HMAC_SHA1)));
        // note the SDK's parameter order: Sign.sign(secretKey, plaintext, method)
        assertThat(Sign.sign(DOC_KEY, DOC_PLAINTEXT, "HmacSHA1"))
                .isEqualTo(V1Signer.signature(DOC_PLAINTEXT, DOC_KEY, V1SignatureMethod.HMAC_SHA1));
    }

    @Test
    void officialVectorRoundTripsThroughTheVerifier() {
        ApiCredentials doc = ApiCredentials.of("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", DOC_KEY);
        Map<String, String> p = docParams();
        p.remove("SecretId");
        V1Signature s = V1Signer.sign("GET", "cvm.tencentcloudapi.com", "/", p, doc, V1SignatureMethod.HMAC_SHA1);
        // sign() adds SignatureMethod, so the plaintext differs from the doc's; the doc's query had none.
        assertThat(s.plaintext()).contains("&SignatureMethod=HmacSHA1&");
        assertThat(s.encodedParameters())
                .endsWith("&Signature=" + URLEncoder.encode(s.signature(), StandardCharsets.UTF_8));

        // The doc's own request, without SignatureMethod (defaults to HmacSHA1), verifies:
        String query = "Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20&Nonce=11886&Offset=0"
                + "&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&Timestamp=1465185768"
                + "&Version=2017-03-12&Signature=EliP9YW3pW28FpsEdkXt%2f%2bWcGeI%3d";
        SignableRequest request = SignableRequest.builder("GET")
                .header("Host", "cvm.tencentcloudapi.com")
                .query(query)
                .build();
        VerificationResult r = V1Verifier.create(CredentialsLookup.of(doc)).verify(request);
        results.add(r);
        assertThat(r.isValid()).as(r.toString()).isTrue();
        assertThat(r.diagnostics().algorithm()).isEqualTo("HmacSHA1");
        assertThat(r.diagnostics().stringToSign()).contains(DOC_PLAINTEXT);
    }

    @ParameterizedTest
    @EnumSource(V1SignatureMethod.class)
    void roundTripGetAndPost(V1SignatureMethod method) {
        for (String httpMethod : List.of("GET", "POST")) {
            SignableRequest request = signed(httpMethod, KEYS, method);
            VerificationResult r = verify(request);
            assertThat(r.isValid()).as(r.toString()).isTrue();
            assertThat(r.diagnostics().algorithm()).isEqualTo(method.parameterValue());
            assertThat(r.secretId()).contains("AKIDv1permanent");
        }
        assertThat(signed("POST", KEYS, method).header("Content-Type"))
                .contains("application/x-www-form-urlencoded; charset=utf-8");
        assertThat(signed("GET", KEYS, method).query()).contains("Name=n%E6%9C%AA+%26+%3D+%2B+%25");
    }

    @Test
    void temporaryCredentialsCarryTheToken() {
        SignableRequest request = signed("POST", TEMP, V1SignatureMethod.HMAC_SHA256);
        assertThat(verify(request).isValid()).isTrue();
        V1Signature s = V1Signer.sign("GET", "h", "/", params(), TEMP, V1SignatureMethod.HMAC_SHA1);
        assertThat(s.parameters()).containsEntry("Token", "v1SessionToken0003");
        assertThat(s.toString()).doesNotContain("v1SessionToken0003").contains("Token=****");
    }

    @Test
    void tokenMissingOrWrong() {
        Map<String, String> p = params();
        p.put("Token", "wrongToken");
        SignableRequest wrong = V1Signer.sign(
                        "GET",
                        "localhost:35885",
                        "/",
                        p,
                        ApiCredentials.of("AKIDv1temporary", "x"),
                        V1SignatureMethod.HMAC_SHA1)
                .toRequest();
        assertFailure(wrong, FailureReason.TOKEN_MISMATCH, "Token");
        SignableRequest none = V1Signer.sign(
                        "GET",
                        "localhost:35885",
                        "/",
                        params(),
                        ApiCredentials.of("AKIDv1temporary", "x"),
                        V1SignatureMethod.HMAC_SHA1)
                .toRequest();
        assertFailure(none, FailureReason.TOKEN_MISSING, "Token");
    }

    @Test
    void failureReasons() {
        SignableRequest ok = signed("GET", KEYS, V1SignatureMethod.HMAC_SHA256);
        String q = ok.query();

        assertFailure(
                ok.toBuilder().query(q.replaceAll("&Signature=[^&]*", "")).build(),
                FailureReason.MISSING_AUTHORIZATION,
                "Signature");
        assertFailure(
                ok.toBuilder().query(q.replace("SecretId=AKIDv1permanent&", "")).build(),
                FailureReason.MALFORMED_AUTHORIZATION,
                "SecretId");
        assertFailure(
                ok.toBuilder()
                        .query(q.replace("SignatureMethod=HmacSHA256", "SignatureMethod=MD5"))
                        .build(),
                FailureReason.UNSUPPORTED_ALGORITHM,
                "MD5");
        assertFailure(
                ok.toBuilder()
                        .query(q.replaceAll("&Signature=[^&]*", "&Signature=%21%21"))
                        .build(),
                FailureReason.MALFORMED_AUTHORIZATION,
                "Base64");
        assertFailure(
                ok.toBuilder()
                        .query(q.replace("SecretId=AKIDv1permanent", "SecretId=akid-x"))
                        .build(),
                FailureReason.INVALID_SECRET_ID,
                "akid-x");
        assertFailure(
                ok.toBuilder()
                        .query(q.replace("SecretId=AKIDv1permanent", "SecretId=AKIDother"))
                        .build(),
                FailureReason.UNKNOWN_SECRET_ID,
                "AKIDother");
        assertFailure(
                ok.toBuilder().query(q.replace("Timestamp=1795842124&", "")).build(),
                FailureReason.MISSING_TIMESTAMP,
                "Timestamp");
        assertFailure(
                ok.toBuilder()
                        .query(q.replace("Timestamp=1795842124", "Timestamp=soon"))
                        .build(),
                FailureReason.INVALID_TIMESTAMP,
                "soon");
        assertFailure(
                ok.toBuilder()
                        .query(q.replace("Timestamp=1795842124", "Timestamp=1795842125"))
                        .build(),
                FailureReason.SIGNATURE_MISMATCH,
                "does not match");
        assertFailure(ok.toBuilder().query(q + "&Extra=1").build(), FailureReason.SIGNATURE_MISMATCH, "match");
        assertFailure(ok.withHeader("Host", "localhost:1"), FailureReason.SIGNATURE_MISMATCH, "match");
        assertFailure(ok.toBuilder().removeHeader("Host").build(), FailureReason.MALFORMED_REQUEST, "Host");
        assertFailure(ok.toBuilder().query(q + "&Bad=%zz").build(), FailureReason.MALFORMED_REQUEST, "percent");
        assertFailure(ok.toBuilder().query(q + "&Nonce=1").build(), FailureReason.MALFORMED_REQUEST, "more than once");
        assertFailure(ok.toBuilder().method("PUT").build(), FailureReason.MALFORMED_REQUEST, "PUT");
    }

    @Test
    void postNeedsAFormBody() {
        SignableRequest ok = signed("POST", KEYS, V1SignatureMethod.HMAC_SHA1);
        assertFailure(ok.withHeader("Content-Type", "application/json"), FailureReason.MALFORMED_REQUEST, "json");
        assertFailure(
                ok.toBuilder()
                        .body(ok.bodyAsString().replace("Nonce=12345", "Nonce=54321"))
                        .build(),
                FailureReason.SIGNATURE_MISMATCH,
                "match");
    }

    @Test
    void clockSkew() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1795842124L - 600), ZoneOffset.UTC);
        VerificationResult r = verifier.withMaxClockSkew(clock, Duration.ofMinutes(5))
                .verify(signed("GET", KEYS, V1SignatureMethod.HMAC_SHA1));
        results.add(r);
        assertThat(r.failureReason()).contains(FailureReason.SIGNATURE_EXPIRED);
    }

    @Test
    void signingRejectsBadInput() {
        results.add(verify(signed("GET", KEYS, V1SignatureMethod.HMAC_SHA1)));
        Map<String, String> withSig = params();
        withSig.put("Signature", "x");
        assertThatThrownBy(() -> V1Signer.sign("GET", "h", "/", withSig, KEYS, V1SignatureMethod.HMAC_SHA1))
                .hasMessageContaining("Signature");
        Map<String, String> otherId = params();
        otherId.put("SecretId", "AKIDsomeoneElse");
        assertThatThrownBy(() -> V1Signer.sign("GET", "h", "/", otherId, KEYS, V1SignatureMethod.HMAC_SHA1))
                .hasMessageContaining("SecretId");
        assertThatThrownBy(() -> V1Signer.sign("PUT", "h", "/", params(), KEYS, V1SignatureMethod.HMAC_SHA1))
                .hasMessageContaining("PUT");
        Map<String, String> nullValue = new LinkedHashMap<>();
        nullValue.put("A", null);
        assertThatThrownBy(() -> V1Signer.plaintext("GET", "h", "/", nullValue)).hasMessageContaining("A");
        assertThatThrownBy(() -> V1Signer.signature("x", "", V1SignatureMethod.HMAC_SHA1))
                .hasMessageContaining("secretKey");
        assertThatThrownBy(() -> V1Signer.signature("x", "k", null)).hasMessageContaining("method");
        assertThat(V1SignatureMethod.fromParameter("hmacsha1")).isEmpty();
        assertThat(V1SignatureMethod.fromParameter(null)).isEmpty();
    }

    @Test
    void plaintextSortsByOriginalNameAndReplacesUnderscores() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("b_c", "1");
        p.put("a", "x y&z");
        p.put("Signature", "ignored");
        assertThat(V1Signer.plaintext("POST", "h", "/", p)).isEqualTo("POSTh/?a=x y&z&b.c=1");
        assertThat(V1Signer.plaintext("GET", "h", "/", Map.of())).isEqualTo("GETh/");
    }
}
