package io.github.tctestkit.wiremock.internal.gateway;

import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.wiremock.internal.InEffect;
import io.github.tctestkit.wiremock.internal.IncomingRequest;
import io.github.tctestkit.wiremock.internal.RejectionImpl;
import java.time.Instant;

/** The per-action rate limit, counted in one-second windows of the server's clock. Not API. */
final class RateLimitCheck implements GatewayCheck {
    @Override
    public RejectionImpl check(IncomingRequest request, InEffect inEffect) {
        int limit = request.routedService()
                .map(ServiceDescription::rateLimitPerSecond)
                .orElse(0);
        if (limit <= 0) {
            return null;
        }
        long second = request.receivedAt().getEpochSecond();
        long count = inEffect.countInWindow(request.route().serviceName() + " " + request.action(), second);
        if (count <= limit) {
            return null;
        }
        return RejectionImpl.of(
                CommonError.REQUEST_LIMIT_EXCEEDED.code(),
                "request " + count + " for " + request.action() + " in the second starting at "
                        + Instant.ofEpochSecond(second) + " on the server's clock; the limit is " + limit
                        + " a second",
                "",
                request);
    }
}
