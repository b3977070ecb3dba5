package io.github.tctestkit.samples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Manages StreamLive channels through the Tencent Cloud Java SDK's {@link CommonClient}.
 *
 * <pre>{@code
 * CommonClient sdk = new CommonClient("mdl", "2020-03-26", new Credential(secretId, secretKey), "ap-guangzhou");
 * StreamLiveChannels channels = new StreamLiveChannels(sdk);
 * for (Channel channel : channels.listChannels()) {
 *     channels.startChannel(channel.id());
 * }
 * }</pre>
 *
 * <p>Every failure is a {@link StreamLiveException}, including the SDK's quirks: {@code ServerSideError} for an HTTP
 * status other than 200, a {@code NullPointerException} for an answer without {@code Response}, and a null error code
 * for a body that is not JSON or a broken connection.
 *
 * <p>Calls that fail with a {@linkplain StreamLiveException#retryable() retryable} code ({@code RequestLimitExceeded},
 * {@code InternalError}) are tried again, up to {@code maxAttempts} in all, after a backoff that starts at {@link
 * #FIRST_BACKOFF} and doubles. Nothing else is retried: not authentication or parameter errors, which would fail
 * again, and not HTTP or connection failures, after which the call may already have taken effect.
 *
 * <p>Thread-safe when the {@code CommonClient} is.
 */
public final class StreamLiveChannels {

    /** How long to wait before the second attempt; each further wait is twice as long. */
    public static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CommonClient sdk;
    private final int maxAttempts;
    private final Sleeper sleeper;

    /**
     * Waits between attempts; tests pass one that records the delays instead of sleeping.
     */
    @FunctionalInterface
    public interface Sleeper {
        /**
         * Waits.
         *
         * @param delay how long
         * @throws InterruptedException when the thread is interrupted while waiting
         */
        void sleep(Duration delay) throws InterruptedException;
    }

    /**
     * A client that makes up to 3 attempts and really sleeps between them.
     *
     * @param sdk the SDK client, for service {@code mdl}, version {@code 2020-03-26} and a region
     */
    public StreamLiveChannels(CommonClient sdk) {
        this(sdk, 3, delay -> Thread.sleep(delay.toMillis()));
    }

    /**
     * A client with its own retry budget and way of waiting.
     *
     * @param sdk the SDK client, for service {@code mdl}, version {@code 2020-03-26} and a region
     * @param maxAttempts attempts per call, at least 1 (1: never retry)
     * @param sleeper how to wait between attempts
     * @throws IllegalArgumentException when {@code maxAttempts} is less than 1
     */
    public StreamLiveChannels(CommonClient sdk, int maxAttempts, Sleeper sleeper) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, but was " + maxAttempts);
        }
        this.sdk = Objects.requireNonNull(sdk, "sdk");
        this.maxAttempts = maxAttempts;
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /**
     * Lists the channels of the region ({@code DescribeStreamLiveChannels}).
     *
     * @return the channels, possibly none
     * @throws StreamLiveException when the call fails
     */
    public List<Channel> listChannels() {
        return Channel.listIn(call("DescribeStreamLiveChannels", JSON.createObjectNode()));
    }

    /**
     * Starts a channel ({@code StartStreamLiveChannel}).
     *
     * @param id the channel ID
     * @throws StreamLiveException when the call fails, for example with {@code InvalidParameter.NotFound}
     */
    public void startChannel(String id) {
        call("StartStreamLiveChannel", JSON.createObjectNode().put("Id", id));
    }

    /**
     * Deletes a channel ({@code DeleteStreamLiveChannel}).
     *
     * @param id the channel ID
     * @throws StreamLiveException when the call fails, for example with {@code InvalidParameter.StateError}
     */
    public void deleteChannel(String id) {
        call("DeleteStreamLiveChannel", JSON.createObjectNode().put("Id", id));
    }

    /**
     * Creates an RTMP push input ({@code CreateStreamLiveInput}): the encoder pushes to {@code
     * rtmp://<domain>/<appName>/<streamName>}.
     *
     * @param name the input name, unique in the account
     * @param appName the RTMP application name, for example {@code "live"}
     * @param streamName the RTMP stream name
     * @return the ID of the new input
     * @throws StreamLiveException when the call fails, for example with {@code InvalidParameter.ExceededQuantityLimit}
     */
    public String createRtmpPushInput(String name, String appName, String streamName) {
        ObjectNode parameters = JSON.createObjectNode()
                .put("Name", Objects.requireNonNull(name, "name"))
                .put("Type", "RTMP_PUSH");
        parameters
                .putArray("InputSettings")
                .addObject()
                .put("AppName", Objects.requireNonNull(appName, "appName"))
                .put("StreamName", Objects.requireNonNull(streamName, "streamName"));
        return call("CreateStreamLiveInput", parameters).path("Id").asText();
    }

    private JsonNode call(String action, ObjectNode parameters) {
        String body = parameters.toString();
        for (int attempt = 1; ; attempt++) {
            try {
                return responseOf(callOnce(action, body));
            } catch (StreamLiveException e) {
                if (!e.retryable() || attempt == maxAttempts) {
                    throw e;
                }
                pause(FIRST_BACKOFF.multipliedBy(1L << (attempt - 1)), e);
            }
        }
    }

    private String callOnce(String action, String body) {
        try {
            return sdk.call(action, body);
        } catch (TencentCloudSDKException e) {
            throw translate(e);
        } catch (NullPointerException e) {
            // The SDK lets this escape when a 200 answer has no Response: "{}" or an empty body.
            throw new StreamLiveException(
                    StreamLiveException.MALFORMED_RESPONSE, "the answer has no Response object", "", e);
        }
    }

    private static StreamLiveException translate(TencentCloudSDKException e) {
        String code = e.getErrorCode();
        String requestId = e.getRequestId() == null ? "" : e.getRequestId();
        if (code != null) {
            // An error envelope, or "ServerSideError" for an HTTP status other than 200.
            return new StreamLiveException(code, String.valueOf(e.getMessage()), requestId, e);
        }
        // No code: the SDK could not read an answer at all.
        return e.getCause() instanceof IOException
                ? new StreamLiveException(StreamLiveException.NETWORK_ERROR, e.getMessage(), "", e)
                : new StreamLiveException(StreamLiveException.MALFORMED_RESPONSE, e.getMessage(), "", e);
    }

    private static JsonNode responseOf(String body) {
        try {
            return JSON.readTree(body).path("Response");
        } catch (JsonProcessingException e) {
            throw new StreamLiveException(StreamLiveException.MALFORMED_RESPONSE, e.getOriginalMessage(), "", e);
        }
    }

    private void pause(Duration delay, StreamLiveException failure) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
