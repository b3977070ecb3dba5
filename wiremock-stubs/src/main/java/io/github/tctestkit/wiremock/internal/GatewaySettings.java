package io.github.tctestkit.wiremock.internal;

import io.github.tctestkit.core.ServiceDescription;

/**
 * What a server emulates: which gateway checks run, and the service it plays unless a test describes another. Not
 * API.
 *
 * @param verifySignatures authentication checks
 * @param strict every check
 * @param validateRequests requests checked against the service's contract (implied by strict)
 * @param strictTypes with request checks: a JSON string of digits is not a number
 * @param nestedRequired with request checks: required members of present nested structures are checked too
 * @param service the service played by default
 * @param stateful whether StreamLive's resources live between calls (an in-memory StreamLive)
 */
public record GatewaySettings(
        boolean verifySignatures,
        boolean strict,
        boolean validateRequests,
        boolean strictTypes,
        boolean nestedRequired,
        ServiceDescription service,
        boolean stateful) {

    /** No checks, StreamLive. */
    public static final GatewaySettings OFF = new GatewaySettings(false, false);

    /**
     * Settings with the default request checks and StreamLive.
     *
     * @param verifySignatures authentication checks
     * @param strict every check
     */
    public GatewaySettings(boolean verifySignatures, boolean strict) {
        this(verifySignatures, strict, false, false, true, ServiceDescription.streamLive(), false);
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
        return checks + ", service " + service.name() + " " + service.version() + (stateful ? ", stateful" : "");
    }
}
