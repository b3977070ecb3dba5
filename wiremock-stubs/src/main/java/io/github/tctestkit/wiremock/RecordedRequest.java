package io.github.tctestkit.wiremock;

import io.github.tctestkit.core.ApiRequest;
import java.time.Instant;

/**
 * A request that the fake cloud received, with the API 3.0 parts already read out: the common parameters wherever
 * the client put them, and the action's parameters as one tree whatever the encoding (see {@link ApiRequest}).
 *
 * <pre>{@code
 * RecordedRequest request = api.lastRequest();
 * request.action();                                   // "CreateStreamLiveInput"
 * request.version();                                  // Optional[2020-03-26]
 * request.parameter("InputSettings.0.AppName");       // Optional["live"], for JSON, form and query alike
 * assertThat(request).hasParameter("Name", "my_input"); // with tctestkit-assertions
 * }</pre>
 *
 * <p>Instances are immutable. Their {@code toString()} never shows a security token.
 */
public interface RecordedRequest extends ApiRequest {

    /**
     * When the server received the request, on the {@linkplain TencentCloudApi#clock() server's clock} that applied
     * to it (a stopped or shifted clock shows here too).
     *
     * @return the receive time
     */
    Instant receivedAt();
}
