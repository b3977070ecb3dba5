package io.github.tctestkit.samples.spring;

/**
 * A StreamLive call that failed: the API's error code and the RequestId to quote to support, or {@link #NOT_FOUND}
 * for a channel name the region does not have.
 */
public class StreamLiveException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The code for a channel name that {@code DescribeStreamLiveChannels} does not list. */
    public static final String NOT_FOUND = "ChannelNotFound";

    private final String code;
    private final String requestId;

    StreamLiveException(String code, String message, String requestId, Throwable cause) {
        super(code + ": " + message + (requestId.isEmpty() ? "" : " (RequestId " + requestId + ")"), cause);
        this.code = code;
        this.requestId = requestId;
    }

    /**
     * What went wrong.
     *
     * @return the API's error code, for example {@code "InternalError"}, or {@link #NOT_FOUND}
     */
    public String code() {
        return code;
    }

    /**
     * The RequestId of the failed answer.
     *
     * @return the RequestId, or {@code ""} when there was none
     */
    public String requestId() {
        return requestId;
    }
}
