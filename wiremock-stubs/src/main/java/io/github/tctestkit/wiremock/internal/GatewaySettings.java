package io.github.tctestkit.wiremock.internal;

import io.github.tctestkit.core.ServiceRegistry;
import io.github.tctestkit.core.signing.ApiCredentials;

/**
 * What a server emulates: which gateway checks run, and the service it plays unless a test describes another. Not
 * API.
 *
 * @param verifySignatures authentication checks
 * @param strict every check
 * @param validateRequests requests checked against the service's contract (implied by strict)
 * @param strictTypes with request checks: a JSON string of digits is not a number
 * @param nestedRequired with request checks: required members of present nested structures are checked too
 * @param services the services served unless a scope describes another
 * @param stateful whether StreamLive's resources live between calls (an in-memory StreamLive)
 * @param credentials the key pair accepted by default and reported by the handle
 */
public record GatewaySettings(
        boolean verifySignatures,
        boolean strict,
        boolean validateRequests,
        boolean strictTypes,
        boolean nestedRequired,
        ServiceRegistry services,
        boolean stateful,
        ApiCredentials credentials) {

    /** No checks, every built-in service. */
    public static final GatewaySettings OFF = new GatewaySettings(false, false);

    /**
     * Settings with the default request checks and every built-in service.
     *
     * @param verifySignatures authentication checks
     * @param strict every check
     */
    public GatewaySettings(boolean verifySignatures, boolean strict) {
        this(verifySignatures, strict, false, false, true, ServiceRegistry.builtIn(), false);
    }

    /**
     * Settings with the default test credentials.
     *
     * @param verifySignatures authentication checks
     * @param strict every check
     * @param validateRequests requests checked against the contract
     * @param strictTypes strict typing of numbers
     * @param nestedRequired nested required members checked
     * @param services the services served
     * @param stateful an in-memory StreamLive
     */
    public GatewaySettings(
            boolean verifySignatures,
            boolean strict,
            boolean validateRequests,
            boolean strictTypes,
            boolean nestedRequired,
            ServiceRegistry services,
            boolean stateful) {
        this(
                verifySignatures,
                strict,
                validateRequests,
                strictTypes,
                nestedRequired,
                services,
                stateful,
                InEffect.DEFAULT_CREDENTIALS);
    }

    /**
     * Whether any authentication check runs.
     *
     * @return true with verifySignatures or strict
     */
    public boolean authenticates() {
        return verifySignatures || strict;
    }

    /**
     * Whether requests are checked against the service's contract.
     *
     * @return true with validateRequests or strict
     */
    public boolean validates() {
        return validateRequests || strict;
    }

    @Override
    public String toString() {
        String checks = strict
                ? "strict"
                : verifySignatures
                        ? "verifySignatures" + (validateRequests ? ", validateRequests" : "")
                        : validateRequests ? "validateRequests" : "no gateway checks";
        if (validates()) {
            checks += (strictTypes ? ", strict types" : "") + (nestedRequired ? "" : ", top-level required only");
        }
        String served = services == ServiceRegistry.builtIn()
                ? "every built-in service"
                : services.services().size() == 1
                        ? "service " + services.services().get(0).name() + " "
                                + services.services().get(0).version()
                        : "services " + String.join(", ", services.names());
        return checks + ", " + served + (stateful ? ", stateful" : "");
    }
}
