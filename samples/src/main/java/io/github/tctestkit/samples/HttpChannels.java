package io.github.tctestkit.samples;

// docs/core.md shows this file whole, from the tag on.
// tag::hand-written-client[]
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.MalformedEnvelopeException;
import io.github.tctestkit.core.signing.ApiCredentials;
import io.github.tctestkit.core.signing.SignableRequest;
import io.github.tctestkit.core.signing.Tc3Signer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Manages StreamLive channels without the Tencent Cloud SDK: API 3.0 requests built by hand, sent with the JDK's
 * {@link HttpClient}, signed with TC3-HMAC-SHA256 by tctestkit's {@link Tc3Signer}, and read with {@link
 * ApiResponse}.
 *
 * <pre>{@code
 * HttpChannels channels = new HttpChannels(
 *         URI.create("https://mdl.tencentcloudapi.com/"), ApiCredentials.of(secretId, secretKey), "ap-guangzhou");
 * List<Channel> all = channels.listChannels();
 * }</pre>
 *
 * <p>Failures are {@link StreamLiveException}s with the same codes as {@link StreamLiveChannels} gives. This client
 * does not retry. Thread-safe.
 */
public final class HttpChannels {

    private static final String SERVICE = "mdl";
    private static final String VERSION = "2020-03-26";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI endpoint;
    private final ApiCredentials credentials;
    private final String region;

    /**
     * A client for one region.
     *
     * @param endpoint where to send requests, for example {@code https://mdl.tencentcloudapi.com/}
     * @param credentials the key pair to sign with
     * @param region for example {@code "ap-guangzhou"}
     */
    public HttpChannels(URI endpoint, ApiCredentials credentials, String region) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.region = Objects.requireNonNull(region, "region");
    }

    /**
     * Lists the channels of the region ({@code DescribeStreamLiveChannels}).
     *
     * @return the channels, possibly none
     * @throws StreamLiveException when the call fails
     */
    public List<Channel> listChannels() {
        return Channel.listIn(call("DescribeStreamLiveChannels", "{}").payload());
    }

    /**
     * Starts a channel ({@code StartStreamLiveChannel}).
     *
     * @param id the channel ID
     * @throws StreamLiveException when the call fails
     */
    public void startChannel(String id) {
        call("StartStreamLiveChannel", JSON.createObjectNode().put("Id", id).toString());
    }

    private ApiResponse call(String action, String json) {
        SignableRequest request = SignableRequest.jsonPost(endpoint.getAuthority(), json)
                .withHeader("X-TC-Action", action)
                .withHeader("X-TC-Version", VERSION)
                .withHeader("X-TC-Region", region);
        SignableRequest signed = Tc3Signer.sign(
                        request, credentials, SERVICE, Instant.now().getEpochSecond())
                .applyTo(request); // adds Authorization and X-TC-Timestamp

        HttpRequest.Builder post = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT);
        signed.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Host")) { // the HttpClient sends Host itself
                post.header(name, value);
            }
        });
        HttpResponse<String> response =
                send(post.POST(HttpRequest.BodyPublishers.ofString(json)).build());

        if (response.statusCode() != 200) {
            throw failure(StreamLiveException.SERVER_SIDE_ERROR, "HTTP status " + response.statusCode(), null);
        }
        ApiResponse envelope = parse(response.body());
        envelope.error().ifPresent(error -> {
            throw new StreamLiveException(error.code(), error.message(), envelope.requestId(), null);
        });
        return envelope;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw failure(StreamLiveException.NETWORK_ERROR, e.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(StreamLiveException.NETWORK_ERROR, "interrupted while waiting for the answer", e);
        }
    }

    private static ApiResponse parse(String body) {
        try {
            return ApiResponse.parse(body);
        } catch (MalformedEnvelopeException e) {
            throw failure(StreamLiveException.MALFORMED_RESPONSE, e.getMessage(), e);
        }
    }

    private static StreamLiveException failure(String code, String message, Throwable cause) {
        return new StreamLiveException(code, message, "", cause);
    }
}
// end::hand-written-client[]
