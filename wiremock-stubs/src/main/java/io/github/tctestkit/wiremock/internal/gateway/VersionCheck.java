package io.github.tctestkit.wiremock.internal.gateway;

import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.wiremock.internal.InEffect;
import io.github.tctestkit.wiremock.internal.IncomingRequest;
import io.github.tctestkit.wiremock.internal.RejectionImpl;
import io.github.tctestkit.wiremock.internal.routing.Route;
import java.util.Optional;

/** The request must name an API version that a service with its action has. Not API. */
final class VersionCheck implements GatewayCheck {
    @Override
    public RejectionImpl check(IncomingRequest request, InEffect inEffect) {
        Optional<String> version = request.version();
        if (version.isEmpty()) {
            return RejectionImpl.of(
                    CommonError.MISSING_PARAMETER.code(),
                    "the request names no API version: "
                            + (request.isV1() ? "no Version parameter" : "no X-TC-Version header"),
                    "",
                    request);
        }
        Route route = request.route();
        if (route.kind() != Route.Kind.NO_SUCH_VERSION) {
            return null;
        }
        return RejectionImpl.of(
                CommonError.NO_SUCH_VERSION.code(),
                "no service with action " + request.action() + " has API version \"" + version.get()
                        + "\" (the versions that have it: " + route.describeCandidates() + ")",
                "",
                request);
    }
}
