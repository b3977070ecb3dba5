package io.github.tctestkit.wiremock.internal;

import io.github.tctestkit.core.ServiceRegistry;
import io.github.tctestkit.core.signing.ApiCredentials;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one scope set for the gateway: its clock, services and extra credentials (null or empty: inherit from the scope
 * below, see {@link InEffect}), and its rate-limit windows. Not API.
 */
final class GatewayState {

    volatile ClockState clock;
    volatile ServiceRegistry services;
    final Map<String, ApiCredentials> credentials = new ConcurrentHashMap<>();
    private final Map<String, long[]> rateWindows = new ConcurrentHashMap<>();

    /**
     * Counts a request for an action in the one-second window of {@code second}.
     *
     * @return the number of requests for that action in that second, this one included
     */
    long countInWindow(String action, long second) {
        long[] window = rateWindows.compute(action, (k, w) -> {
            if (w == null || w[0] != second) {
                return new long[] {second, 1};
            }
            w[1]++;
            return w;
        });
        return window[1];
    }

    void clear() {
        clock = null;
        services = null;
        credentials.clear();
        rateWindows.clear();
    }
}
