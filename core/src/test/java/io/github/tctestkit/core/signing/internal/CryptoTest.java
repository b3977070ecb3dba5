package io.github.tctestkit.core.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The per-thread digests and the cache of TC3 signing keys give what fresh JCA objects give. */
class CryptoTest {

    private static byte[] hmac(byte[] key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] derived(String secretKey, String date, String service) throws Exception {
        byte[] d = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        return hmac(hmac(d, service), "tc3_request");
    }

    @Test
    void sha256OfKnownInputsAndRepeatedCalls() {
        for (int i = 0; i < 3; i++) {
            assertThat(Crypto.sha256Hex("abc"))
                    .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
            assertThat(Crypto.sha256Hex(""))
                    .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        }
    }

    @Test
    void signingKeysEqualTheDerivationAcrossMoreScopesThanTheCacheHolds() throws Exception {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < Crypto.MAX_SIGNING_KEYS + 10; i++) {
                String date = String.format("2026-%02d-%02d", 1 + i / 28 % 12, 1 + i % 28);
                String service = i % 2 == 0 ? "cvm" : "mdl";
                String secret = "secret-" + (i % 3);
                assertThat(Crypto.tc3SigningKey(secret, date, service)).isEqualTo(derived(secret, date, service));
            }
        }
    }

    @Test
    void aCallerChangingTheKeyItGotDoesNotChangeTheNext() throws Exception {
        byte[] first = Crypto.tc3SigningKey("s", "2026-12-03", "cvm");
        first[0] ^= 1;
        assertThat(Crypto.tc3SigningKey("s", "2026-12-03", "cvm")).isEqualTo(derived("s", "2026-12-03", "cvm"));
        assertThat(Crypto.tc3SigningKey("s", "2026-12-03", "cbs")).isEqualTo(derived("s", "2026-12-03", "cbs"));
        assertThat(Crypto.tc3SigningKey("t", "2026-12-03", "cvm")).isEqualTo(derived("t", "2026-12-03", "cvm"));
    }

    @Test
    void otherHmacAlgorithmsStillWork() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec("k".getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        byte[] expected = mac.doFinal("m".getBytes(StandardCharsets.UTF_8));
        assertThat(Crypto.hmac("HmacSHA1", "k".getBytes(StandardCharsets.UTF_8), "m".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(expected);
        assertThat(Crypto.hmacSha256("k".getBytes(StandardCharsets.UTF_8), "m"))
                .isEqualTo(hmac("k".getBytes(StandardCharsets.UTF_8), "m"));
    }
}
