package io.github.tctestkit.wiremock.internal.gateway;

import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.wiremock.internal.InEffect;
import io.github.tctestkit.wiremock.internal.IncomingRequest;
import io.github.tctestkit.wiremock.internal.RejectionImpl;

/** A request must name its action. Not API. */
final class ActionNamedCheck implements GatewayCheck {
    @Override
    public RejectionImpl check(IncomingRequest request, InEffect inEffect) {
        if (!request.action().isEmpty()) {
            return null;
        }
        return RejectionImpl.of(
                CommonError.MISSING_PARAMETER.code(),
                "the request names no action: " + (request.isV1() ? "no Action parameter" : "no X-TC-Action header"),
                "",
                request);
    }
}
