package io.github.tctestkit.wiremock.internal.gateway;

import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.wiremock.internal.InEffect;
import io.github.tctestkit.wiremock.internal.IncomingRequest;
import io.github.tctestkit.wiremock.internal.RejectionImpl;

/** Only GET and POST reach an API 3.0 service. Not API. */
final class MethodCheck implements GatewayCheck {
    @Override
    public RejectionImpl check(IncomingRequest request, InEffect inEffect) {
        String method = request.method();
        if (method.equalsIgnoreCase("GET") || method.equalsIgnoreCase("POST")) {
            return null;
        }
        return RejectionImpl.of(
                CommonError.UNSUPPORTED_PROTOCOL.code(),
                "the HTTP method " + method + " is not accepted: only GET and POST are",
                "",
                request);
    }
}
