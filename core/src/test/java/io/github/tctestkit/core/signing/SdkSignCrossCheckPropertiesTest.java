package io.github.tctestkit.core.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tencentcloudapi.common.Sign;
import io.github.tctestkit.core.signing.internal.Crypto;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Our primitives against the SDK's own {@code com.tencentcloudapi.common.Sign} on random inputs. */
class SdkSignCrossCheckPropertiesTest {

    @Property(tries = 200)
    void sha256HexOfBytesMatches(@ForAll @Size(max = 300) byte[] data) throws Exception {
        assertThat(Crypto.sha256Hex(data)).isEqualTo(Sign.sha256Hex(data));
    }

    @Property(tries = 200)
    void sha256HexOfStringMatches(@ForAll String text) throws Exception {
        assertThat(Crypto.sha256Hex(text)).isEqualTo(Sign.sha256Hex(text));
    }

    @Property(tries = 200)
    void tc3KeyDerivationAndSignatureMatchSdkHmacChain(
            @ForAll @NotEmpty @StringLength(max = 60) String secretKey,
            @ForAll @LongRange(min = 0, max = 4102444800L) long timestamp,
            @ForAll @AlphaChars @NumericChars @Chars({':', '-', '.'}) @StringLength(min = 1, max = 30) String service,
            @ForAll String stringToSign)
            throws Exception {
        String date = Tc3Signer.credentialScope(timestamp, service).substring(0, 10);
        byte[] secretDate = Sign.hmac256(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        byte[] secretService = Sign.hmac256(secretDate, service);
        byte[] secretSigning = Sign.hmac256(secretService, "tc3_request");
        String sdkSignature = Crypto.hex(Sign.hmac256(secretSigning, stringToSign));

        assertThat(Crypto.tc3SigningKey(secretKey, date, service)).isEqualTo(secretSigning);
        assertThat(Crypto.tc3Signature(secretSigning, stringToSign)).isEqualTo(sdkSignature);
    }

    @Property(tries = 300)
    void v1PlaintextAndSignatureMatchSdk(
            @ForAll @Size(max = 8)
                    Map<@AlphaChars @Chars({'_', '.'}) @NumericChars @StringLength(min = 1, max = 12) String, String>
                            params,
            @ForAll("methods") String httpMethod,
            @ForAll @AlphaChars @Chars({'.', ':'}) @StringLength(min = 1, max = 30) String host,
            @ForAll @NotEmpty @StringLength(max = 40) String secretKey,
            @ForAll @IntRange(min = 0, max = 1) int methodIndex)
            throws Exception {
        params.remove("Signature");
        V1SignatureMethod method = V1SignatureMethod.values()[methodIndex];
        String ours = V1Signer.plaintext(httpMethod, host, "/", params);
        String sdk = Sign.makeSignPlainText(new TreeMap<>(params), httpMethod, host, "/");

        assertThat(ours).isEqualTo(sdk);
        assertThat(V1Signer.signature(ours, secretKey, method))
                .isEqualTo(Sign.sign(secretKey, sdk, method.parameterValue()));
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.of("GET", "POST");
    }
}
