package io.github.tctestkit.wiremock.internal.gateway;

import io.github.tctestkit.core.ApiRequest;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.contract.ActionContract;
import io.github.tctestkit.core.contract.internal.ParameterProblem;
import io.github.tctestkit.core.contract.internal.RequestChecker;
import io.github.tctestkit.wiremock.internal.InEffect;
import io.github.tctestkit.wiremock.internal.IncomingRequest;
import io.github.tctestkit.wiremock.internal.RejectionImpl;
import java.util.Optional;

/**
 * The request's parameters against the action's input structure in the service's contract: unknown members, missing
 * required ones, values of the wrong type, with the real gateway's codes and exact messages (our explanation goes to
 * the rejection's diagnostics). An action the contract does not describe is not checked here. Not API.
 */
final class ParameterCheck implements GatewayCheck {

    private final RequestChecker.Options options;

    ParameterCheck(boolean nestedRequired, boolean strictTypes) {
        this.options = RequestChecker.Options.DEFAULTS
                .withNestedRequired(nestedRequired)
                .withLenientNumbers(!strictTypes);
    }

    @Override
    public RejectionImpl check(IncomingRequest request, InEffect inEffect) {
        Optional<ActionContract> action = request.routedService()
                .flatMap(ServiceDescription::contract)
                .flatMap(c -> c.findAction(request.action()));
        if (action.isEmpty()) {
            return null;
        }
        Optional<String> unreadable = request.parameterProblem();
        if (unreadable.isPresent()) {
            return RejectionImpl.of(
                    CommonError.INVALID_PARAMETER.code(),
                    "the parameters of " + request.action() + " cannot be read: " + unreadable.get(),
                    "",
                    request);
        }
        boolean text =
                request.encoding() == ApiRequest.Encoding.FORM || request.encoding() == ApiRequest.Encoding.QUERY;
        Optional<ParameterProblem> problem =
                RequestChecker.check(action.get(), request.parametersTree(), text, options);
        return problem.map(p -> RejectionImpl.exact(p.code(), p.message(), p.diagnostic(), request))
                .orElse(null);
    }
}
