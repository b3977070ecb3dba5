package io.github.tctestkit.core.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tctestkit.core.signing.internal.Crypto;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The official TC3 worked example (cvm DescribeInstances, timestamp 1551113065) in its published variants. */
class Tc3VectorsTest {

    /** The doc payload keeps the \\u escapes literally (86 bytes). */
    static final String PAYLOAD =
            "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}";

    static final String PAYLOAD_HASH = "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064";
    static final long TIMESTAMP = 1551113065L;

    static final String ID_A = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
    static final String KEY_A = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";

    static final String CANONICAL_A = "POST\n/\n\n"
            + "content-type:application/json; charset=utf-8\n"
            + "host:cvm.tencentcloudapi.com\n\n"
            + "content-type;host\n"
            + PAYLOAD_HASH;
    static final String HASHED_CANONICAL_A = "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031";
    static final String STRING_TO_SIGN_A =
            "TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n" + HASHED_CANONICAL_A;
    static final String SIGNATURE_A = "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168";

    static final String CANONICAL_C = "POST\n/\n\n"
            + "content-type:application/json; charset=utf-8\n"
            + "host:cvm.tencentcloudapi.com\n"
            + "x-tc-action:describeinstances\n\n"
            + "content-type;host;x-tc-action\n"
            + PAYLOAD_HASH;
    static final String HASHED_CANONICAL_C = "7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84";

    static SignableRequest docRequest() {
        return SignableRequest.builder("POST")
                .header("Host", "cvm.tencentcloudapi.com")
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-TC-Action", "DescribeInstances")
                .header("X-TC-Version", "2017-03-12")
                .header("X-TC-Region", "ap-guangzhou")
                .header("X-TC-Timestamp", "1551113065")
                .body(PAYLOAD)
                .build();
    }

    @Test
    void payloadIsTheDocumented86Bytes() {
        assertThat(docRequest().body()).hasSize(86);
        assertThat(Crypto.sha256Hex(docRequest().body())).isEqualTo(PAYLOAD_HASH);
    }

    @Test
    void vectorA_exampleKeyContentTypeAndHost() {
        Tc3Signature s = Tc3Signer.sign(docRequest(), ApiCredentials.of(ID_A, KEY_A), "cvm", TIMESTAMP);

        assertThat(s.canonicalRequest()).isEqualTo(CANONICAL_A);
        assertThat(Crypto.sha256Hex(s.canonicalRequest())).isEqualTo(HASHED_CANONICAL_A);
        assertThat(s.stringToSign()).isEqualTo(STRING_TO_SIGN_A);
        assertThat(s.credentialScope()).isEqualTo("2019-02-25/cvm/tc3_request");
        assertThat(s.signature()).isEqualTo(SIGNATURE_A);
        assertThat(s.authorization())
                .isEqualTo("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/"
                        + "tc3_request, SignedHeaders=content-type;host, Signature=" + SIGNATURE_A);
    }

    @Test
    void vectorA_derivedKeys() {
        byte[] secretDate = Crypto.hmacSha256(("TC3" + KEY_A).getBytes(StandardCharsets.UTF_8), "2019-02-25");
        assertThat(Crypto.hex(secretDate))
                .isEqualTo("d1308c81fe71cfd4e06437bbc067b2b8a3d2d8c0e375d547f15c41d5214b395a");
        assertThat(Crypto.hex(Crypto.hmacSha256(secretDate, "cvm")))
                .isEqualTo("3c7cb7c7795393edc14fd2e0e6434a518564b4504b88e94f5d11bf59ba3e7050");
        assertThat(Crypto.hex(Crypto.tc3SigningKey(KEY_A, "2019-02-25", "cvm")))
                .isEqualTo("ac658d5dde49e9bfdd14e04e062f66b05d9f637d44b8a8d845327d4a77f666b1");
    }

    @Test
    void vectorB_maskedKeyUsedLiterally() {
        ApiCredentials masked =
                ApiCredentials.of("AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******", "Gu5t9xGARNpq86cd98joQYCN3*******");
        Tc3Signature s = Tc3Signer.sign(docRequest(), masked, "cvm", TIMESTAMP);

        assertThat(s.canonicalRequest()).isEqualTo(CANONICAL_A);
        assertThat(s.stringToSign()).isEqualTo(STRING_TO_SIGN_A);
        assertThat(Crypto.hex(Crypto.tc3SigningKey(masked.secretKey(), "2019-02-25", "cvm")))
                .isEqualTo("8aa8ab5755582f576e94bcfe383b8e29325b0ca90c3590d569221c6a63a091ed");
        assertThat(s.signature()).isEqualTo("2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c");
    }

    @Test
    void vectorC_actionSignedLowerCased_withPublishedSigningKey() {
        // The SecretKey behind vector C is unpublished: any key gives the same canonical request and string to sign.
        Tc3Signature s = Tc3Signer.sign(
                docRequest(),
                ApiCredentials.of("AKIDanything", "unpublished"),
                "cvm",
                TIMESTAMP,
                Tc3Signer.SIGNED_HEADERS_WITH_ACTION);

        assertThat(s.canonicalRequest()).isEqualTo(CANONICAL_C);
        assertThat(Crypto.sha256Hex(s.canonicalRequest())).isEqualTo(HASHED_CANONICAL_C);
        assertThat(s.stringToSign())
                .isEqualTo("TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n" + HASHED_CANONICAL_C);
        assertThat(s.signedHeaders()).containsExactly("content-type", "host", "x-tc-action");

        byte[] publishedSigningKey = Crypto.unhex("b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af");
        assertThat(Crypto.tc3Signature(publishedSigningKey, s.stringToSign()))
                .isEqualTo("10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f");
        // and the published intermediate chain is consistent
        byte[] publishedService = Crypto.unhex("8d70cbefb03939f929db64d32dc2ba89b1095620119fe3e050e2b18c5bd2752f");
        assertThat(Crypto.hmacSha256(publishedService, "tc3_request")).isEqualTo(publishedSigningKey);
        byte[] publishedDate = Crypto.unhex("da98fb70dcf6b112dc21038d1eeeb3a95c74b4dcb12c1131f864f6066bd02be0");
        assertThat(Crypto.hmacSha256(publishedDate, "cvm")).isEqualTo(publishedService);
    }

    @Test
    void vectorD_exampleKeyWithActionSigned() {
        Tc3Signature s = Tc3Signer.sign(
                docRequest(),
                ApiCredentials.of(ID_A, KEY_A),
                "cvm",
                TIMESTAMP,
                List.of("X-TC-Action", "Host", "Content-Type"));

        assertThat(s.canonicalRequest()).isEqualTo(CANONICAL_C);
        assertThat(s.signature()).isEqualTo("644be983de9a8a3f00db8eadaba61467c3b429e2215758ba897b738ca469fd26");
        assertThat(s.authorization()).contains("SignedHeaders=content-type;host;x-tc-action, Signature=644be983");
    }

    @Test
    void vectorsVerifyWithTheirOwnKeys() {
        ApiCredentials a = ApiCredentials.of(ID_A, KEY_A);
        SignableRequest signedA =
                Tc3Signer.sign(docRequest(), a, "cvm", TIMESTAMP).applyTo(docRequest());
        VerificationResult result = Tc3Verifier.create(CredentialsLookup.of(a)).verify(signedA);

        assertThat(result.isValid()).as(result.toString()).isTrue();
        assertThat(result.diagnostics().expectedSignature()).contains(SIGNATURE_A);
        assertThat(result.diagnostics().canonicalRequest()).contains(CANONICAL_A);
    }

    @Test
    void dateIsUtcNotChinaTime() {
        // 1551113065 is 2019-02-26 00:44:25 in UTC+8 but the scope date must be the UTC date.
        assertThat(Tc3Signer.credentialScope(TIMESTAMP, "cvm")).startsWith("2019-02-25/");
        assertThat(Tc3Signer.credentialScope(0, "x")).isEqualTo("1970-01-01/x/tc3_request");
        assertThat(Tc3Signer.credentialScope(86399, "x")).startsWith("1970-01-01/");
        assertThat(Tc3Signer.credentialScope(86400, "x")).startsWith("1970-01-02/");
    }
}
