package io.github.tctestkit.wiremock.internal.gateway;

import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.wiremock.internal.InEffect;
import io.github.tctestkit.wiremock.internal.IncomingRequest;
import io.github.tctestkit.wiremock.internal.RejectionImpl;
import java.util.Optional;

/** A region, where named, must be one the service is offered in. Not API. */
final class RegionCheck implements GatewayCheck {
    @Override
    public RejectionImpl check(IncomingRequest request, InEffect inEffect) {
        Optional<ServiceDescription> routed = request.routedService();
        Optional<String> region = request.region();
        if (routed.isEmpty() || region.isEmpty() || routed.get().regions().contains(region.get())) {
            return null;
        }
        ServiceDescription service = routed.get();
        return RejectionImpl.of(
                CommonError.UNSUPPORTED_REGION.code(),
                "service " + service.name() + " is not offered in region \"" + region.get() + "\"",
                "regions offered: " + String.join(", ", service.regions()),
                request);
    }
}
