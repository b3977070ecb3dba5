package io.github.tctestkit.wiremock;

import io.github.tctestkit.core.signing.ApiCredentials;
import io.github.tctestkit.core.signing.SignableRequest;
import io.github.tctestkit.core.signing.Tc3Signer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** TC3-signed requests made by hand (core's signer, the JDK client), so a test sees the raw answer. */
final class Signed {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Signed() {}

    static HttpResponse<String> post(TencentCloudApi api, ApiCredentials credentials, String action, byte[] body)
            throws IOException, InterruptedException {
        return post(api, credentials, action, body, Tc3Signer.DEFAULT_SIGNED_HEADERS);
    }

    /** A TC3 POST to {@code /} signed over {@code signedHeaders}, stamped with the server clock's time. */
    static HttpResponse<String> post(
            TencentCloudApi api, ApiCredentials credentials, String action, byte[] body, List<String> signedHeaders)
            throws IOException, InterruptedException {
        SignableRequest.Builder unsigned = SignableRequest.builder("POST")
                .header("Host", api.endpoint())
                .header("Content-Type", SignableRequest.JSON_CONTENT_TYPE)
                .header("X-TC-Action", action)
                .header("X-TC-Version", "2020-03-26")
                .header("X-TC-Region", "ap-guangzhou")
                .body(body);
        credentials.token().ifPresent(t -> unsigned.header("X-TC-Token", t));
        SignableRequest request = unsigned.build();
        long timestamp = api.clock().now().getEpochSecond();
        SignableRequest signed = Tc3Signer.sign(request, credentials, "mdl", timestamp, signedHeaders)
                .applyTo(request);
        HttpRequest.Builder b = HttpRequest.newBuilder(api.baseUri())
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(signed.body()));
        for (Map.Entry<String, String> h : signed.headers().entrySet()) {
            if (!h.getKey().equalsIgnoreCase("host")) { // the JDK client sends Host itself, with the same value
                b.header(h.getKey(), h.getValue());
            }
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
