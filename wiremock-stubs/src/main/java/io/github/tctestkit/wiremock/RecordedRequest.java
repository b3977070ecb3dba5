package io.github.tctestkit.wiremock;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request that the fake cloud received, with the API 3.0 parts already read out.
 *
 * <p>TC3-signed requests carry the common parameters in {@code X-TC-*} headers; v1-signed requests carry them as
 * query or form parameters ({@code Action}, {@code Version}, {@code Region}, {@code Timestamp}, {@code Token}). The
 * accessors here read whichever the request used.
 *
 * <pre>{@code
 * RecordedRequest request = api.lastRequest();
 * request.action();                         // "DescribeStreamLiveChannels"
 * request.version();                        // Optional[2020-03-26]
 * request.bodyJson().get("PageSize").asInt();
 * }</pre>
 *
 * <p>Instances are immutable.
 */
public interface RecordedRequest {

    /**
     * The HTTP method.
     *
     * @return for example {@code "POST"}
     */
    String method();

    /**
     * The request target: path and query string as received.
     *
     * @return for example {@code "/"} or {@code "/?Action=DescribeStreamLiveChannels&..."}
     */
    String url();

    /**
     * The action, from {@code X-TC-Action} or the v1 {@code Action} parameter.
     *
     * @return the action, or {@code ""} when the request named none
     */
    String action();

    /**
     * The API version, from {@code X-TC-Version} or the v1 {@code Version} parameter.
     *
     * @return the version, if sent
     */
    Optional<String> version();

    /**
     * The region, from {@code X-TC-Region} or the v1 {@code Region} parameter.
     *
     * @return the region, if sent (possibly empty: the SDK sends an empty header for an empty region)
     */
    Optional<String> region();

    /**
     * The request timestamp, from {@code X-TC-Timestamp} or the v1 {@code Timestamp} parameter.
     *
     * @return the instant, if sent and numeric
     */
    Optional<Instant> timestamp();

    /**
     * The security token of temporary credentials, from {@code X-TC-Token} or the v1 {@code Token} parameter.
     *
     * @return the token, if sent
     */
    Optional<String> token();

    /**
     * The first value of a header, looked up without regard to case.
     *
     * @param name the header name
     * @return the value, if present
     */
    Optional<String> header(String name);

    /**
     * All headers, with the names as received.
     *
     * @return an unmodifiable map from name to values
     */
    Map<String, List<String>> headers();

    /**
     * The raw body.
     *
     * @return a copy of the body bytes (empty for GET)
     */
    byte[] body();

    /**
     * The body as UTF-8 text.
     *
     * @return the body text
     */
    String bodyAsString();

    /**
     * The body parsed as JSON.
     *
     * @return the JSON tree (a copy)
     * @throws IllegalStateException when the body is not JSON, naming the problem
     */
    JsonNode bodyJson();

    /**
     * When the server received the request, on the server's clock.
     *
     * @return the instant
     */
    Instant receivedAt();
}
