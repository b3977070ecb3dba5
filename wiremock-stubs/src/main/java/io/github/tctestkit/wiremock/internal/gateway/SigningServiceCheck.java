package io.github.tctestkit.wiremock.internal.gateway;

import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.signing.Tc3Authorization;
import io.github.tctestkit.wiremock.internal.InEffect;
import io.github.tctestkit.wiremock.internal.IncomingRequest;
import io.github.tctestkit.wiremock.internal.RejectionImpl;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The service a TC3 signature's credential scope names. The real gateway accepts only its own service name, the first
 * label of its host. Official SDKs sign for the first dot-label of the endpoint they are given ({@code 127} for
 * {@code 127.0.0.1:9183}, {@code localhost:9183} for {@code localhost:9183}), so the fake accepts the service name,
 * the first label of the Host header, and the first label of the host name without its port. Not API.
 */
final class SigningServiceCheck implements GatewayCheck {
    @Override
    public RejectionImpl check(IncomingRequest request, InEffect inEffect) {
        Optional<Tc3Authorization> authorization = request.authorization();
        if (request.isV1() || authorization.isEmpty()) {
            return null; // v1 signs no service; an unreadable header was refused before
        }
        String scoped = authorization.get().service();
        ServiceDescription service = request.routedService().orElse(null);
        if (service == null) {
            return null; // unrouted: the action and version checks that follow say why
        }
        String host = request.header("Host").orElse("");
        Set<String> accepted = new LinkedHashSet<>();
        accepted.add(service.name());
        accepted.add(host.split("\\.")[0]);
        accepted.add(SignatureCheck.withoutPort(host).split("\\.")[0]);
        if (accepted.contains(scoped)) {
            return null;
        }
        return RejectionImpl.of(
                CommonError.AUTH_SIGNATURE_FAILURE.code(),
                "the credential scope names service \"" + scoped + "\", but this endpoint is service \""
                        + service.name() + "\" (host " + host + "); sign for \"" + service.name()
                        + "\" or for the first label of the host, \"" + host.split("\\.")[0] + "\"",
                "services accepted: " + String.join(", ", accepted),
                request);
    }
}
