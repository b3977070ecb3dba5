package io.github.tctestkit.wiremock;

/**
 * Broken answers that a resilient client must survive, for {@link TencentCloudApi#givenFault(Fault)}.
 *
 * <p>What the real Java SDK does with each (from running it against a local server) is noted per constant, so a test
 * can assert that the client under test maps it to something sensible.
 *
 * <pre>{@code
 * api.givenFault(Fault.SERVICE_UNAVAILABLE_503).forAction("DescribeStreamLiveChannels").times(1);
 * api.givenFault(Fault.CONNECTION_RESET);
 * }</pre>
 */
public enum Fault {
    /** HTTP 500 with a valid error envelope as body. The SDK ignores the body: {@code ServerSideError}. */
    INTERNAL_SERVER_ERROR_500(500),
    /** HTTP 502 with a short HTML body, as a gateway sends. The SDK reports {@code ServerSideError}. */
    BAD_GATEWAY_502(502),
    /** HTTP 503 with a plain-text body. The SDK reports {@code ServerSideError}. */
    SERVICE_UNAVAILABLE_503(503),
    /** HTTP 504 with an empty body. The SDK reports {@code ServerSideError}. */
    GATEWAY_TIMEOUT_504(504),
    /** HTTP 200 whose body is not JSON. The SDK throws a {@code TencentCloudSDKException} with null code. */
    NOT_JSON(200),
    /** HTTP 200 with an empty body. The SDK lets a {@code NullPointerException} escape. */
    EMPTY_BODY(200),
    /** HTTP 200 with body {@code {}}: JSON, but no {@code Response}. The SDK lets a {@code NullPointerException} escape. */
    EMPTY_JSON_OBJECT(200),
    /** The connection is reset (TCP RST) instead of an answer. Clients see an I/O exception. */
    CONNECTION_RESET(0),
    /** The connection is closed without any answer. Clients see an I/O exception. */
    EMPTY_RESPONSE(0),
    /** Random bytes, then the connection is closed. Clients see a protocol or I/O exception. */
    RANDOM_DATA_THEN_CLOSE(0);

    private final int status;

    Fault(int status) {
        this.status = status;
    }

    /**
     * The HTTP status this fault answers with, or {@code 0} when it breaks the connection instead.
     *
     * @return the status, or 0
     */
    public int status() {
        return status;
    }
}
