package io.github.tctestkit.wiremock.internal.gateway;

import io.github.tctestkit.wiremock.internal.InEffect;
import io.github.tctestkit.wiremock.internal.IncomingRequest;
import io.github.tctestkit.wiremock.internal.RejectionImpl;

/** The request size limits: GET 32 KB, v1 POST 1 MB, TC3 POST 10 MB. Not API. */
public final class SizeCheck implements GatewayCheck {

    /** The largest GET request (URL and body). */
    public static final int MAX_GET_BYTES = 32 * 1024;

    static final int MAX_V1_POST_BYTES = 1024 * 1024;
    static final int MAX_TC3_POST_BYTES = 10 * 1024 * 1024;
    static final String CODE = "RequestSizeLimitExceeded";

    @Override
    public RejectionImpl check(IncomingRequest request, InEffect inEffect) {
        int size = request.bodyLength();
        if (request.method().equalsIgnoreCase("GET")) {
            int getSize = request.url().length() + size;
            return getSize <= MAX_GET_BYTES
                    ? null
                    : RejectionImpl.of(
                            CODE,
                            "a GET request may carry at most 32 KB, this one has " + getSize
                                    + " bytes; send large requests with POST",
                            "",
                            request);
        }
        if (request.isV1() && size > MAX_V1_POST_BYTES) {
            return RejectionImpl.of(
                    CODE,
                    "a POST request signed with HmacSHA1 or HmacSHA256 may carry at most 1 MB, this one has " + size
                            + " bytes",
                    "",
                    request);
        }
        if (size > MAX_TC3_POST_BYTES) {
            return RejectionImpl.of(
                    CODE, "a POST request may carry at most 10 MB, this one has " + size + " bytes", "", request);
        }
        return null;
    }
}
