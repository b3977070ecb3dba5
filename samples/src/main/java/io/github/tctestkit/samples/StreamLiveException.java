package io.github.tctestkit.samples;

/**
 * A StreamLive call that failed, whatever the reason: an error the API answered with, an HTTP status other than 200,
 * an answer that is not an API 3.0 envelope, or a broken connection. Callers look at {@link #code()} and {@link
 * #retryable()}; they never see the SDK's exceptions or its quirks.
 *
 * <pre>{@code
 * try {
 *     channels.startChannel(id);
 * } catch (StreamLiveException e) {
 *     log.warn("StreamLive said {} (RequestId {})", e.code(), e.requestId());
 * }
 * }</pre>
 */
public final class StreamLiveException extends RuntimeException {

    /** The code for an HTTP status other than 200; the API's body, if any, is not read. */
    public static final String SERVER_SIDE_ERROR = "ServerSideError";

    /** The code for an HTTP 200 answer that is not an API 3.0 envelope: not JSON, empty, or without Response. */
    public static final String MALFORMED_RESPONSE = "MalformedResponse";

    /** The code for a connection that broke or timed out before an answer arrived. */
    public static final String NETWORK_ERROR = "NetworkError";

    private final String code;
    private final String requestId;

    StreamLiveException(String code, String message, String requestId, Throwable cause) {
        super(code + ": " + message + (requestId.isEmpty() ? "" : " (RequestId " + requestId + ")"), cause);
        this.code = code;
        this.requestId = requestId;
    }

    /**
     * What went wrong: the API's error code (for example {@code "InvalidParameter.NotFound"}), or one of {@link
     * #SERVER_SIDE_ERROR}, {@link #MALFORMED_RESPONSE} and {@link #NETWORK_ERROR} when no error envelope arrived.
     *
     * @return the code, never null
     */
    public String code() {
        return code;
    }

    /**
     * The RequestId of the answer, to quote to Tencent Cloud support.
     *
     * @return the RequestId, or {@code ""} when no envelope arrived
     */
    public String requestId() {
        return requestId;
    }

    /**
     * Whether the API reported a passing condition, so that the same call may succeed later: {@code
     * RequestLimitExceeded} or an {@code InternalError}. Authentication and parameter errors never are.
     *
     * @return {@code true} when trying again later makes sense
     */
    public boolean retryable() {
        return code.equals("RequestLimitExceeded") || code.equals("InternalError") || code.startsWith("InternalError.");
    }
}
