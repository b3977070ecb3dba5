package io.github.tctestkit.core.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignableRequestTest {

    @Test
    void defaultsAndCaseInsensitiveHeaders() {
        SignableRequest r = SignableRequest.builder("GET")
                .header("Content-Type", "a")
                .header("content-TYPE", "b")
                .build();

        assertThat(r.path()).isEqualTo("/");
        assertThat(r.query()).isEmpty();
        assertThat(r.body()).isEmpty();
        assertThat(r.header("CONTENT-TYPE")).contains("b");
        assertThat(r.header(null)).isEmpty();
        assertThat(r.headers()).hasSize(1);
    }

    @Test
    void jsonPostMatchesWhatTheSdkSends() {
        SignableRequest r = SignableRequest.jsonPost("localhost:35885", "{\"Name\":\"n未\"}");

        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.header("content-type")).contains("application/json; charset=utf-8");
        assertThat(r.header("host")).contains("localhost:35885");
        assertThat(r.body()).isEqualTo("{\"Name\":\"n未\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(r.bodyAsString()).isEqualTo("{\"Name\":\"n未\"}");
    }

    @Test
    void keepsRawQueryAsGiven() {
        SignableRequest r = SignableRequest.builder("GET")
                .query("Ids.1=b&Ids.0=a&Name=n%E6%9C%AA")
                .build();
        assertThat(r.query()).isEqualTo("Ids.1=b&Ids.0=a&Name=n%E6%9C%AA");
    }

    @Test
    void isImmutable() {
        byte[] body = {1, 2, 3};
        SignableRequest r = SignableRequest.builder("POST").body(body).build();
        body[0] = 9;
        r.body()[1] = 9;
        assertThat(r.body()).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> r.headers().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        SignableRequest copy = r.withHeader("X-A", "1");
        assertThat(r.header("X-A")).isEmpty();
        assertThat(copy.header("x-a")).contains("1");
        assertThat(copy.toBuilder().removeHeader("X-A").build()).isEqualTo(r);
    }

    @Test
    void toStringMasksAuthorizationAndToken() {
        SignableRequest r = SignableRequest.builder("POST")
                .header("Authorization", "TC3-HMAC-SHA256 Credential=x")
                .header("X-TC-Token", "tokenValue123")
                .header("Host", "h")
                .build();
        assertThat(r.toString())
                .contains("Host=h")
                .doesNotContain("tokenValue123")
                .doesNotContain("Credential");
    }

    @Test
    void badInputIsRejectedWithNamedProblem() {
        assertThatThrownBy(() -> SignableRequest.builder(null)).hasMessageContaining("method");
        assertThatThrownBy(() -> SignableRequest.builder("PO ST")).hasMessageContaining("method");
        assertThatThrownBy(() -> SignableRequest.builder("GET").path("x")).hasMessageContaining("path");
        assertThatThrownBy(() -> SignableRequest.builder("GET").path("/a?b")).hasMessageContaining("path");
        assertThatThrownBy(() -> SignableRequest.builder("GET").query("?a=b")).hasMessageContaining("leading '?'");
        assertThatThrownBy(() -> SignableRequest.builder("GET").query("a b")).hasMessageContaining("query");
        assertThatThrownBy(() -> SignableRequest.builder("GET").header("Bad Name", "v"))
                .hasMessageContaining("header name");
        assertThatThrownBy(() -> SignableRequest.builder("GET").header("", "v")).hasMessageContaining("header name");
        assertThatThrownBy(() -> SignableRequest.builder("GET").header("X", null))
                .hasMessageContaining("X");
        assertThatThrownBy(() -> SignableRequest.builder("GET").body((byte[]) null))
                .hasMessageContaining("body");
        assertThatThrownBy(() -> SignableRequest.jsonPost("h", null)).hasMessageContaining("json");
    }
}
