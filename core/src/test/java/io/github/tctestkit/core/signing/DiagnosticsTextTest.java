package io.github.tctestkit.core.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The texts shown to people: signature diagnostics, credentials, requests. */
class DiagnosticsTextTest {

    static final ApiCredentials KEYS = ApiCredentials.of("AKIDdiagnostics000000000000000000000", "rightKey0001");
    static final long TS = 1_700_000_000L;

    static SignableRequest unsigned() {
        return SignableRequest.jsonPost("example.com", "{}").withHeader("X-TC-Action", "DescribeThings");
    }

    @Test
    void aFailedTc3VerificationDescribesBothSidesLineByLine() {
        SignableRequest request = unsigned();
        Tc3Signature wrong = Tc3Signer.sign(request, ApiCredentials.of(KEYS.secretId(), "wrongKey0002"), "mdl", TS);
        Tc3Signature right = Tc3Signer.sign(request, KEYS, "mdl", TS);

        VerificationResult result = Tc3Verifier.create(id -> Optional.of(KEYS)).verify(wrong.applyTo(request));
        String text = result.diagnostics().describe();

        assertThat(result.isValid()).isFalse();
        assertThat(text)
                .startsWith("algorithm: TC3-HMAC-SHA256\n")
                .contains("received Authorization: " + wrong.authorization() + "\n")
                .contains("received SignedHeaders: content-type;host\n")
                .contains("received signature: " + wrong.signature() + "\n")
                .contains("expected signature: " + right.signature() + "\n")
                .contains("server canonical request:\n    POST\n    /\n")
                .contains("server string to sign:\n    TC3-HMAC-SHA256\n    " + TS + "\n")
                .doesNotContain("wrongKey0002", "rightKey0001");
        assertThat(result.diagnostics()).hasToString(text);
    }

    @Test
    void credentialsShowTheSecretIdAndMaskTheRest() {
        assertThat(KEYS)
                .hasToString("ApiCredentials{secretId=AKIDdiagnostics000000000000000000000, secretKey=****,"
                        + " token=<none>}");
        assertThat(KEYS.withToken("tokenValue42"))
                .hasToString("ApiCredentials{secretId=AKIDdiagnostics000000000000000000000, secretKey=****,"
                        + " token=****}");
    }

    @Test
    void requestsDifferWhenAnyPartDiffers() {
        SignableRequest base = SignableRequest.builder("POST")
                .path("/p")
                .query("a=1")
                .header("Host", "h")
                .body("x")
                .build();

        assertThat(base).isEqualTo(base.toBuilder().build()).isNotEqualTo(null).isNotEqualTo("POST /p");
        assertThat(base.toBuilder().method("GET").build()).isNotEqualTo(base);
        assertThat(base.toBuilder().path("/q").build()).isNotEqualTo(base);
        assertThat(base.toBuilder().query("a=2").build()).isNotEqualTo(base);
        assertThat(base.toBuilder().header("Host", "g").build()).isNotEqualTo(base);
        assertThat(base.toBuilder().body("y").build()).isNotEqualTo(base);
        assertThat(base.toString()).contains("POST /p?a=1");
        assertThat(base.toBuilder().query("").build().toString()).contains("POST /p,");
    }
}
