package io.github.tctestkit.wiremock.internal.gateway;

import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.wiremock.internal.InEffect;
import io.github.tctestkit.wiremock.internal.IncomingRequest;
import io.github.tctestkit.wiremock.internal.RejectionImpl;
import java.util.Optional;

/** The request must name the service's API version. Not API. */
final class VersionCheck implements GatewayCheck {
    @Override
    public RejectionImpl check(IncomingRequest request, InEffect inEffect) {
        ServiceDescription service = inEffect.service();
        Optional<String> version = request.version();
        if (version.isEmpty()) {
            return RejectionImpl.of(
                    CommonError.MISSING_PARAMETER.code(),
                    "the request names no API version: "
                            + (request.isV1() ? "no Version parameter" : "no X-TC-Version header"),
                    "",
                    request);
        }
        if (version.get().equals(service.version())) {
            return null;
        }
        return RejectionImpl.of(
                CommonError.NO_SUCH_VERSION.code(),
                "service " + service.name() + " has no API version \"" + version.get() + "\" (it has "
                        + service.version() + ")",
                "",
                request);
    }
}
