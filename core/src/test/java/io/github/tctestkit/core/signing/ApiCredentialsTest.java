package io.github.tctestkit.core.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiCredentialsTest {

    @Test
    void holdsValues() {
        ApiCredentials c = ApiCredentials.of("AKIDabc", "key");
        assertThat(c.secretId()).isEqualTo("AKIDabc");
        assertThat(c.secretKey()).isEqualTo("key");
        assertThat(c.token()).isEmpty();
        assertThat(c.withToken("tok").token()).contains("tok");
        assertThat(c.withToken("tok"))
                .isNotEqualTo(c)
                .isEqualTo(ApiCredentials.of("AKIDabc", "key").withToken("tok"));
    }

    @Test
    void toStringMasksKeyAndToken() {
        ApiCredentials c = ApiCredentials.of("AKIDabc", "superSecretKey42").withToken("sessionToken99");
        assertThat(c.toString())
                .contains("AKIDabc")
                .doesNotContain("superSecretKey42")
                .doesNotContain("sessionToken99");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "AKID abc", "AKID/abc", "AKID,abc", "AKID\nabc"})
    void rejectsUnusableSecretIds(String id) {
        assertThatThrownBy(() -> ApiCredentials.of(id, "key")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsBlankKeyAndToken() {
        assertThatThrownBy(() -> ApiCredentials.of("AKIDa", null)).hasMessageContaining("secretKey");
        assertThatThrownBy(() -> ApiCredentials.of("AKIDa", " ")).hasMessageContaining("secretKey");
        assertThatThrownBy(() -> ApiCredentials.of("AKIDa", "k").withToken("")).hasMessageContaining("token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "AKIDtestSecretId", "AKID1"})
    void wellFormedSecretIds(String id) {
        assertThat(ApiCredentials.isWellFormedSecretId(id)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"AKID", "akidabc", "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******", "AKID-abc", "XAKIDabc", "AKIDé"})
    void malformedSecretIds(String id) {
        assertThat(ApiCredentials.isWellFormedSecretId(id)).isFalse();
    }

    @Test
    void secretIdLengthIsBounded() {
        assertThat(ApiCredentials.isWellFormedSecretId("AKID" + "a".repeat(124)))
                .isTrue();
        assertThat(ApiCredentials.isWellFormedSecretId("AKID" + "a".repeat(125)))
                .isFalse();
    }
}
