package io.github.tctestkit.wiremock.internal.gateway;

import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.wiremock.internal.InEffect;
import io.github.tctestkit.wiremock.internal.IncomingRequest;
import io.github.tctestkit.wiremock.internal.RejectionImpl;

/** The service must have the action. Not API. */
final class ActionCheck implements GatewayCheck {
    @Override
    public RejectionImpl check(IncomingRequest request, InEffect inEffect) {
        ServiceDescription service = inEffect.service();
        if (service.hasAction(request.action())) {
            return null;
        }
        return RejectionImpl.of(
                CommonError.INVALID_ACTION.code(),
                "service " + service.name() + " has no action \"" + request.action() + "\"",
                "",
                request);
    }
}
