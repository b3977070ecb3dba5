package io.github.tctestkit.core.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Tc3AuthorizationTest {

    static final String SIG = "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168";
    static final String GOOD = "TC3-HMAC-SHA256 Credential=AKIDtest123/2019-02-25/localhost:8080/tc3_request, "
            + "SignedHeaders=content-type;host, Signature=" + SIG;

    @Test
    void parsesAllParts() {
        Tc3Authorization a = Tc3Authorization.parse(GOOD);

        assertThat(a.secretId()).isEqualTo("AKIDtest123");
        assertThat(a.date()).isEqualTo("2019-02-25");
        assertThat(a.service()).isEqualTo("localhost:8080");
        assertThat(a.credentialScope()).isEqualTo("2019-02-25/localhost:8080/tc3_request");
        assertThat(a.signedHeaders()).containsExactly("content-type", "host");
        assertThat(a.signature()).isEqualTo(SIG);
        assertThat(a.toHeaderValue()).isEqualTo(GOOD);
    }

    @Test
    void acceptsPartsInAnyOrderAndWithoutSpaces() {
        Tc3Authorization a = Tc3Authorization.parse("TC3-HMAC-SHA256 Signature=" + SIG
                + ",SignedHeaders=content-type;host;x-tc-action,Credential=AKIDx/2019-02-25/127/tc3_request");

        assertThat(a.service()).isEqualTo("127");
        assertThat(a.signedHeaders()).containsExactly("content-type", "host", "x-tc-action");
    }

    @Test
    void nullAndEmptyAreNamed() {
        assertThatThrownBy(() -> Tc3Authorization.parse(null))
                .isInstanceOf(MalformedAuthorizationException.class)
                .hasMessageContaining("null");
        assertThatThrownBy(() -> Tc3Authorization.parse("   "))
                .isInstanceOf(MalformedAuthorizationException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void otherAlgorithmsAreFlaggedAsUnsupported() {
        assertThatThrownBy(() -> Tc3Authorization.parse("SKIP"))
                .isInstanceOfSatisfying(
                        MalformedAuthorizationException.class,
                        e -> assertThat(e.isUnsupportedAlgorithm()).isTrue())
                .hasMessageContaining("SKIP");
        assertThatThrownBy(() -> Tc3Authorization.parse(GOOD.replace("TC3-HMAC-SHA256", "AWS4-HMAC-SHA256")))
                .isInstanceOfSatisfying(
                        MalformedAuthorizationException.class,
                        e -> assertThat(e.isUnsupportedAlgorithm()).isTrue());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "TC3-HMAC-SHA256|no parts after the algorithm",
                "TC3-HMAC-SHA256 Credential|not of the form Name=value",
                "TC3-HMAC-SHA256 =x|not of the form Name=value",
                "TC3-HMAC-SHA256 Credential=AKIDa/2019-02-25/cvm/tc3_request|no SignedHeaders part",
                "TC3-HMAC-SHA256 Credential=AKIDa/2019-02-25/cvm/tc3_request, SignedHeaders=host|no Signature part",
                "TC3-HMAC-SHA256 Foo=1, Credential=AKIDa/2019-02-25/cvm/tc3_request|unknown Authorization part",
                "TC3-HMAC-SHA256 Signature=1, Signature=2|appears more than once",
                "TC3-HMAC-SHA256 Credential=AKIDa/2019-02-25/cvm, SignedHeaders=host, Signature=ab|Credential must be",
                "TC3-HMAC-SHA256 Credential=/2019-02-25/cvm/tc3_request, SignedHeaders=host, Signature=ab|empty SecretId",
                "TC3-HMAC-SHA256 Credential=AKIDa/2019-02-30/cvm/tc3_request, SignedHeaders=host, Signature=ab|not a valid",
                "TC3-HMAC-SHA256 Credential=AKIDa/20190225/cvm/tc3_request, SignedHeaders=host, Signature=ab|not a valid",
                "TC3-HMAC-SHA256 Credential=AKIDa/2019-02-25//tc3_request, SignedHeaders=host, Signature=ab|empty service",
                "TC3-HMAC-SHA256 Credential=AKIDa/2019-02-25/cvm/tc2_request, SignedHeaders=host, Signature=ab|must end in",
                "TC3-HMAC-SHA256 Credential=AKIDa/2019-02-25/cvm/tc3_request, SignedHeaders=, Signature=ab|is empty",
                "TC3-HMAC-SHA256 Credential=AKIDa/2019-02-25/cvm/tc3_request, SignedHeaders=Host, Signature=ab|lower-case",
                "TC3-HMAC-SHA256 Credential=AKIDa/2019-02-25/cvm/tc3_request, SignedHeaders=a;;b, Signature=ab|lower-case",
                "TC3-HMAC-SHA256 Credential=AKIDa/2019-02-25/cvm/tc3_request, SignedHeaders=host;a, Signature=ab|sorted",
                "TC3-HMAC-SHA256 Credential=AKIDa/2019-02-25/cvm/tc3_request, SignedHeaders=a;a, Signature=ab|sorted",
                "TC3-HMAC-SHA256 Credential=AKIDa/2019-02-25/cvm/tc3_request, SignedHeaders=host, Signature=ab|64 lower-case",
            })
    void malformedFormsAreNamed(String header, String expectedMessagePart) {
        assertThatThrownBy(() -> Tc3Authorization.parse(header))
                .isInstanceOfSatisfying(
                        MalformedAuthorizationException.class,
                        e -> assertThat(e.isUnsupportedAlgorithm()).isFalse())
                .hasMessageContaining(expectedMessagePart);
    }

    @Test
    void upperCaseOrNonHexSignatureIsMalformed() {
        assertThatThrownBy(() -> Tc3Authorization.parse(GOOD.replace(SIG, SIG.toUpperCase())))
                .hasMessageContaining("64 lower-case hex digits");
        assertThatThrownBy(() -> Tc3Authorization.parse(GOOD.replace(SIG, SIG.substring(1) + "g")))
                .hasMessageContaining("64 lower-case hex digits");
    }
}
