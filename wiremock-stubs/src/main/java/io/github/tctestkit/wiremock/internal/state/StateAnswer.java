package io.github.tctestkit.wiremock.internal.state;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the resource engine ({@code Engine#handle}) answers: a success payload or a product error. Not API.
 *
 * <pre>{@code
 * StateAnswer a = engine.handle("mdl", "2020-03-26", "DescribeStreamLiveChannels", secretId, "ap-guangzhou", params).orElseThrow();
 * if (a.isSuccess()) {
 *     ApiResponse.ofSuccess(a.payload());            // the caller adds the RequestId
 * } else {
 *     ApiResponse.ofError(a.code(), a.message());
 * }
 * }</pre>
 *
 * @param payload the object under {@code "Response"} without {@code RequestId}, or {@code null} for an error; the
 *     caller owns it
 * @param code the error code, or {@code null} for a success
 * @param message the error message, or {@code null} for a success
 */
public record StateAnswer(ObjectNode payload, String code, String message) {

    /**
     * A success.
     *
     * @param payload the payload, without {@code RequestId}
     * @return the answer
     */
    public static StateAnswer success(ObjectNode payload) {
        return new StateAnswer(payload, null, null);
    }

    /**
     * An error.
     *
     * @param code for example {@code "InvalidParameter.NotFound"}
     * @param message a plain message
     * @return the answer
     */
    public static StateAnswer error(String code, String message) {
        return new StateAnswer(null, code, message);
    }

    /**
     * Whether this is a success.
     *
     * @return {@code true} when {@link #payload()} is set
     */
    public boolean isSuccess() {
        return payload != null;
    }
}
