package io.github.tctestkit.core.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tctestkit.core.signing.internal.Crypto;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Tc3VerifierTest {

    static final long TS = 1795842124L; // 2026-11-28T01:42:04Z
    static final String SERVICE = "localhost:35885";
    static final ApiCredentials KEYS = ApiCredentials.of("AKIDtestSecretId", "permanentSecretKeyValue0001");
    static final ApiCredentials TEMP = ApiCredentials.of("AKIDtemporary0002", "temporarySecretKeyValue0002")
            .withToken("sessionTokenValue0003");

    final Tc3Verifier verifier = Tc3Verifier.create(CredentialsLookup.of(KEYS, TEMP));
    final List<VerificationResult> results = new ArrayList<>();

    static SignableRequest unsigned() {
        return SignableRequest.jsonPost(SERVICE, "{\"Name\":\"n未\",\"Ids\":[\"a\",\"b\"]}").toBuilder()
                .header("X-TC-Action", "DescribeStreamLiveRegions")
                .header("X-TC-Version", "2020-03-26")
                .header("X-TC-Region", "ap-singapore")
                .header("X-TC-RequestClient", "SDK_JAVA_3.1.1481")
                .build();
    }

    static SignableRequest signed(SignableRequest request, ApiCredentials keys, List<String> signedHeaders) {
        return Tc3Signer.sign(request, keys, SERVICE, TS, signedHeaders).applyTo(request);
    }

    static SignableRequest signed() {
        return signed(unsigned(), KEYS, Tc3Signer.DEFAULT_SIGNED_HEADERS);
    }

    VerificationResult verify(SignableRequest request) {
        VerificationResult r = verifier.verify(request);
        results.add(r);
        return r;
    }

    void assertFailure(SignableRequest request, FailureReason reason, String messagePart) {
        VerificationResult r = verify(request);
        assertThat(r.isValid()).as(r.toString()).isFalse();
        assertThat(r.failureReason()).as(r.toString()).contains(reason);
        assertThat(r.message()).contains(messagePart);
    }

    @AfterEach
    void diagnosticsNeverLeakSecrets() {
        for (VerificationResult r : results) {
            String text = r + r.diagnostics().describe() + r.message();
            for (ApiCredentials c : List.of(KEYS, TEMP)) {
                assertThat(text).doesNotContain(c.secretKey());
                assertThat(text).doesNotContain(Crypto.hex(Crypto.tc3SigningKey(c.secretKey(), "2026-11-28", SERVICE)));
            }
            assertThat(text).doesNotContain(TEMP.token().orElseThrow()).doesNotContain("wrongToken");
        }
    }

    @Test
    void roundTripWithDefaultSignedHeaders() {
        VerificationResult r = verify(signed());

        assertThat(r.isValid()).as(r.toString()).isTrue();
        assertThat(r.failureReason()).isEmpty();
        assertThat(r.secretId()).contains("AKIDtestSecretId");
        SignatureDiagnostics d = r.diagnostics();
        assertThat(d.algorithm()).isEqualTo("TC3-HMAC-SHA256");
        assertThat(d.receivedSignedHeaders()).containsExactly("content-type", "host");
        assertThat(d.receivedSignature()).isEqualTo(d.expectedSignature());
        assertThat(d.canonicalRequest().orElseThrow())
                .contains("content-type:application/json; charset=utf-8\nhost:localhost:35885\n");
        assertThat(d.stringToSign().orElseThrow())
                .startsWith("TC3-HMAC-SHA256\n1795842124\n2026-11-28/localhost:35885/tc3_request\n");
        assertThat(d.receivedAuthorization().orElseThrow()).startsWith("TC3-HMAC-SHA256 Credential=AKIDtestSecretId/");
    }

    @Test
    void roundTripWithActionSignedAndTemporaryCredentials() {
        SignableRequest request = signed(unsigned(), TEMP, Tc3Signer.SIGNED_HEADERS_WITH_ACTION);

        assertThat(request.header("X-TC-Token")).contains("sessionTokenValue0003");
        VerificationResult r = verify(request);
        assertThat(r.isValid()).as(r.toString()).isTrue();
        assertThat(r.diagnostics().canonicalRequest().orElseThrow())
                .contains("x-tc-action:describestreamliveregions\n");
    }

    @Test
    void serviceComesFromTheCredentialScope() {
        SignableRequest request = unsigned().withHeader("Host", "127.0.0.1:8080");
        request = Tc3Signer.sign(request, KEYS, "127", TS).applyTo(request);

        VerificationResult r = verify(request);
        assertThat(r.isValid()).as(r.toString()).isTrue();
        assertThat(r.diagnostics().stringToSign().orElseThrow()).contains("/127/tc3_request");
    }

    @Test
    void unsignedPayloadIgnoresTheBody() {
        SignableRequest request = unsigned().withHeader("X-TC-Content-SHA256", "UNSIGNED-PAYLOAD");
        Tc3Signature s = Tc3Signer.sign(request, KEYS, SERVICE, TS);
        assertThat(s.canonicalRequest()).endsWith("\n" + Crypto.sha256Hex("UNSIGNED-PAYLOAD"));

        SignableRequest sent = s.applyTo(request).toBuilder().body("other body").build();
        assertThat(verify(sent).isValid()).isTrue();
        assertFailure(
                sent.toBuilder().removeHeader("X-TC-Content-SHA256").build(),
                FailureReason.SIGNATURE_MISMATCH,
                "signature does not match");
    }

    @Test
    void actionValueIsCaseInsensitiveWhenSignedButHostIsNot() {
        SignableRequest request = signed(unsigned(), KEYS, Tc3Signer.SIGNED_HEADERS_WITH_ACTION);

        assertThat(verify(request.withHeader("X-TC-Action", "DESCRIBESTREAMLIVEREGIONS"))
                        .isValid())
                .isTrue();
        assertFailure(
                request.withHeader("Host", "LOCALHOST:35885"), FailureReason.SIGNATURE_MISMATCH, "does not match");
    }

    @Test
    void headerValuesAreTrimmed() {
        SignableRequest request = signed().withHeader("Host", "  localhost:35885 ");
        assertThat(verify(request).isValid()).isTrue();
    }

    @Test
    void missingAuthorization() {
        assertFailure(unsigned(), FailureReason.MISSING_AUTHORIZATION, "no Authorization");
        assertFailure(signed().withHeader("Authorization", " "), FailureReason.MISSING_AUTHORIZATION, "Authorization");
    }

    @Test
    void malformedAuthorization() {
        assertFailure(
                signed().withHeader("Authorization", "TC3-HMAC-SHA256 garbage"),
                FailureReason.MALFORMED_AUTHORIZATION,
                "garbage");
        String auth = signed().header("Authorization").orElseThrow();
        assertFailure(
                signed().withHeader("Authorization", auth.replace("Signature=", "Signature=zz")),
                FailureReason.MALFORMED_AUTHORIZATION,
                "hex");
    }

    @Test
    void unsupportedAlgorithm() {
        assertFailure(signed().withHeader("Authorization", "SKIP"), FailureReason.UNSUPPORTED_ALGORITHM, "SKIP");
    }

    @Test
    void secretIdOfTheWrongShape() {
        SignableRequest request =
                signed(unsigned(), ApiCredentials.of("BKIDabc", "k"), Tc3Signer.DEFAULT_SIGNED_HEADERS);
        assertFailure(request, FailureReason.INVALID_SECRET_ID, "BKIDabc");
    }

    @Test
    void unknownSecretId() {
        SignableRequest request =
                signed(unsigned(), ApiCredentials.of("AKIDunknown", "k"), Tc3Signer.DEFAULT_SIGNED_HEADERS);
        assertFailure(request, FailureReason.UNKNOWN_SECRET_ID, "AKIDunknown");
    }

    @Test
    void lookupReturningNullMeansUnknown() {
        VerificationResult r = Tc3Verifier.create(id -> null).verify(signed());
        results.add(r);
        assertThat(r.failureReason()).contains(FailureReason.UNKNOWN_SECRET_ID);
    }

    @Test
    void missingTimestamp() {
        assertFailure(
                signed().toBuilder().removeHeader("X-TC-Timestamp").build(),
                FailureReason.MISSING_TIMESTAMP,
                "X-TC-Timestamp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "+1795842124", "1.5", "1e9", "99999999999999999999", "253402300800", "١٢٣"})
    void invalidTimestamp(String value) {
        assertFailure(signed().withHeader("X-TC-Timestamp", value), FailureReason.INVALID_TIMESTAMP, "X-TC-Timestamp");
    }

    @Test
    void scopeDateMustBeTheUtcDateOfTheTimestamp() {
        assertFailure(
                signed().withHeader("X-TC-Timestamp", Long.toString(TS + 86400)),
                FailureReason.CREDENTIAL_DATE_MISMATCH,
                "2026-11-29");
    }

    @Test
    void timestampTamperedWithinTheSameDayBreaksTheSignature() {
        assertFailure(
                signed().withHeader("X-TC-Timestamp", Long.toString(TS + 1)),
                FailureReason.SIGNATURE_MISMATCH,
                "does not match");
    }

    @Test
    void clockSkew() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(TS + 301), ZoneOffset.UTC);
        VerificationResult expired =
                verifier.withMaxClockSkew(clock, Duration.ofMinutes(5)).verify(signed());
        VerificationResult fine =
                verifier.withMaxClockSkew(clock, Duration.ofMinutes(6)).verify(signed());
        results.add(expired);
        results.add(fine);

        assertThat(expired.failureReason()).contains(FailureReason.SIGNATURE_EXPIRED);
        assertThat(expired.failureReason().orElseThrow().suggestedErrorCode()).isEqualTo("AuthFailure.SignatureExpire");
        assertThat(fine.isValid()).isTrue();
        assertThatThrownBy(() -> verifier.withMaxClockSkew(null, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> verifier.withMaxClockSkew(clock, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signedHeadersMustIncludeContentTypeAndHost() {
        String auth = signed().header("Authorization").orElseThrow();
        assertFailure(
                signed().withHeader(
                                "Authorization", auth.replace("SignedHeaders=content-type;host", "SignedHeaders=host")),
                FailureReason.SIGNED_HEADERS_INCOMPLETE,
                "content-type and host");
        assertFailure(
                signed().withHeader(
                                "Authorization",
                                auth.replace("SignedHeaders=content-type;host", "SignedHeaders=content-type")),
                FailureReason.SIGNED_HEADERS_INCOMPLETE,
                "content-type and host");
    }

    @Test
    void signedHeaderAbsent() {
        SignableRequest request = signed(unsigned(), KEYS, Tc3Signer.SIGNED_HEADERS_WITH_ACTION);
        assertFailure(
                request.toBuilder().removeHeader("X-TC-Action").build(),
                FailureReason.SIGNED_HEADER_ABSENT,
                "x-tc-action");
        assertFailure(
                signed().toBuilder().removeHeader("Content-Type").build(),
                FailureReason.SIGNED_HEADER_ABSENT,
                "content-type");
    }

    @Test
    void tokenMissingOrWrong() {
        SignableRequest request = signed(unsigned(), TEMP, Tc3Signer.DEFAULT_SIGNED_HEADERS);
        assertFailure(
                request.toBuilder().removeHeader("X-TC-Token").build(), FailureReason.TOKEN_MISSING, "X-TC-Token");
        assertFailure(request.withHeader("X-TC-Token", "wrongToken"), FailureReason.TOKEN_MISMATCH, "X-TC-Token");
        assertThat(FailureReason.TOKEN_MISMATCH.suggestedErrorCode()).isEqualTo("AuthFailure.TokenFailure");
    }

    @Test
    void tokenSentWithPermanentCredentialsIsIgnored() {
        assertThat(verify(signed().withHeader("X-TC-Token", "wrongToken")).isValid())
                .isTrue();
    }

    @Test
    void signedTokenIsMaskedInDiagnostics() {
        SignableRequest request = unsigned().withHeader("X-TC-Token", "sessionTokenValue0003");
        request = Tc3Signer.sign(request, TEMP, SERVICE, TS, List.of("content-type", "host", "x-tc-token"))
                .applyTo(request);
        VerificationResult r = verify(request);

        assertThat(r.isValid()).as(r.toString()).isTrue();
        assertThat(r.diagnostics().canonicalRequest().orElseThrow()).contains("x-tc-token:****\n");
    }

    @Test
    void tamperedRequestsFail() {
        SignableRequest ok = signed();
        assertFailure(ok.toBuilder().body("{\"Name\":\"x\"}").build(), FailureReason.SIGNATURE_MISMATCH, "match");
        assertFailure(ok.withHeader("Host", "localhost:35886"), FailureReason.SIGNATURE_MISMATCH, "match");
        assertFailure(ok.withHeader("Content-Type", "application/json"), FailureReason.SIGNATURE_MISMATCH, "match");
        assertFailure(ok.toBuilder().query("a=b").build(), FailureReason.SIGNATURE_MISMATCH, "match");
        assertFailure(ok.toBuilder().path("/x").build(), FailureReason.SIGNATURE_MISMATCH, "match");
        assertFailure(ok.toBuilder().method("PUT").build(), FailureReason.SIGNATURE_MISMATCH, "match");
    }

    @Test
    void wrongKeyFailsAndShowsBothSignatures() {
        Tc3Verifier other = Tc3Verifier.create(id -> Optional.of(ApiCredentials.of(id, "anotherSecretKey")));
        VerificationResult r = other.verify(signed());
        results.add(r);

        assertThat(r.failureReason()).contains(FailureReason.SIGNATURE_MISMATCH);
        assertThat(r.diagnostics().expectedSignature())
                .isPresent()
                .isNotEqualTo(r.diagnostics().receivedSignature());
        assertThat(r.toString()).contains("server canonical request:").contains("server string to sign:");
        assertThat(r.toString()).doesNotContain("anotherSecretKey");
    }

    @Test
    void signingRejectsBadInputWithNamedProblems() {
        results.add(verify(signed()));
        SignableRequest noHost =
                SignableRequest.builder("POST").header("Content-Type", "x").build();
        assertThatThrownBy(() -> Tc3Signer.sign(noHost, KEYS, "cvm", TS)).hasMessageContaining("host is absent");
        assertThatThrownBy(() -> Tc3Signer.sign(unsigned(), KEYS, "cvm", TS, List.of("host")))
                .hasMessageContaining("content-type and host");
        assertThatThrownBy(() -> Tc3Signer.sign(unsigned(), KEYS, "cvm", TS, List.of()))
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> Tc3Signer.sign(unsigned(), KEYS, "cvm", -1)).hasMessageContaining("timestamp");
        assertThatThrownBy(() -> Tc3Signer.sign(unsigned(), KEYS, "a/b", TS)).hasMessageContaining("service");
        assertThatThrownBy(() -> Tc3Signer.sign(unsigned(), KEYS, " ", TS)).hasMessageContaining("service");
        assertThatThrownBy(() -> Tc3Signer.sign(unsigned(), null, "cvm", TS)).hasMessageContaining("credentials");
        assertThatThrownBy(() -> Tc3Signer.sign(null, KEYS, "cvm", TS)).hasMessageContaining("request");
        assertThatThrownBy(() -> verifier.verify(null)).hasMessageContaining("request");
        assertThatThrownBy(() -> Tc3Verifier.create(null)).hasMessageContaining("lookup");
    }

    @Test
    void signatureToStringAndHeadersHideTheTokenOnlyInToString() {
        Tc3Signature s = Tc3Signer.sign(unsigned(), TEMP, SERVICE, TS);
        results.add(verify(s.applyTo(unsigned())));
        assertThat(s.toString()).doesNotContain("sessionTokenValue0003").doesNotContain(TEMP.secretKey());
        assertThat(s.headers())
                .containsEntry("X-TC-Timestamp", "1795842124")
                .containsEntry("X-TC-Token", "sessionTokenValue0003")
                .containsEntry("Authorization", s.authorization());
    }
}
