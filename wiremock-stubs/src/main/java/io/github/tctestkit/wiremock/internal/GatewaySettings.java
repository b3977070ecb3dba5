package io.github.tctestkit.wiremock.internal;

/**
 * Which gateway checks a server runs. Not API.
 *
 * @param verifySignatures authentication checks
 * @param strict every check
 */
public record GatewaySettings(boolean verifySignatures, boolean strict) {

    /** No checks. */
    public static final GatewaySettings OFF = new GatewaySettings(false, false);

    /**
     * Whether any check runs.
     *
     * @return true with verifySignatures or strict
     */
    public boolean authenticates() {
        return verifySignatures || strict;
    }

    @Override
    public String toString() {
        return strict ? "strict" : verifySignatures ? "verifySignatures" : "no gateway checks";
    }
}
