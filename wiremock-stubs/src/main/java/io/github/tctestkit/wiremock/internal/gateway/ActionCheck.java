package io.github.tctestkit.wiremock.internal.gateway;

import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ServiceRegistry;
import io.github.tctestkit.wiremock.internal.InEffect;
import io.github.tctestkit.wiremock.internal.IncomingRequest;
import io.github.tctestkit.wiremock.internal.RejectionImpl;
import io.github.tctestkit.wiremock.internal.routing.Route;

/**
 * A service served must have the action: {@code InvalidAction}, naming the closest actions of the services served.
 * Where several services have the request's (version, action) and nothing decides between them, a tctestkit code
 * names the candidates and how to choose (the real endpoint always knows its service from its host). Not API.
 */
final class ActionCheck implements GatewayCheck {

    /** The code of a request that could be routed to several services. */
    static final String AMBIGUOUS = "TcTestKit.AmbiguousService";

    @Override
    public RejectionImpl check(IncomingRequest request, InEffect inEffect) {
        Route route = request.route();
        if (route.kind() == Route.Kind.NO_SUCH_ACTION) {
            ServiceRegistry services = inEffect.services();
            return RejectionImpl.of(
                    CommonError.INVALID_ACTION.code(),
                    "no service served here has action \"" + request.action() + "\"",
                    "did you mean " + String.join(", ", services.closestActions(request.action(), 3)) + "? ("
                            + services.names().size() + " services served)",
                    request);
        }
        if (route.kind() == Route.Kind.AMBIGUOUS && request.version().isPresent()) { // else: MissingParameter next
            return RejectionImpl.of(
                    AMBIGUOUS,
                    "action " + request.action()
                            + request.version().map(v -> " of version " + v).orElse("")
                            + " belongs to several services served: " + route.describeCandidates(),
                    "choose one: serve only one of them (@TencentCloudApiTest(services = ...), or --services for the"
                            + " stand-alone emulator), or sign the request for its service name (the TC3 credential"
                            + " scope) or send a Host header whose first label is the service name",
                    request);
        }
        return null;
    }
}
