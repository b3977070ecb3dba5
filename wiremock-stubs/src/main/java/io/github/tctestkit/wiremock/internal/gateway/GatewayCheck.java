package io.github.tctestkit.wiremock.internal.gateway;

import io.github.tctestkit.wiremock.internal.InEffect;
import io.github.tctestkit.wiremock.internal.IncomingRequest;
import io.github.tctestkit.wiremock.internal.RejectionImpl;

/** One check of the emulated API 3.0 gateway. Not API. */
public interface GatewayCheck {

    /**
     * Checks one request.
     *
     * @param request the request, read once
     * @param inEffect the clock, service and credentials that apply to it
     * @return the refusal, or null to let the request through to the next check
     */
    RejectionImpl check(IncomingRequest request, InEffect inEffect);
}
