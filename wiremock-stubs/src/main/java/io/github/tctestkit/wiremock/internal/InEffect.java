package io.github.tctestkit.wiremock.internal;

import io.github.tctestkit.core.ServiceRegistry;
import io.github.tctestkit.core.signing.ApiCredentials;
import java.time.Instant;
import java.util.Optional;

/**
 * The one place that decides what applies to a request or a reading call: the running test's settings, else those
 * made outside tests (for a class, in {@code @BeforeAll}), else the defaults. Answers, clock, service and credentials
 * all resolve here. Not API.
 */
public final class InEffect {

    /** The default test credentials. */
    public static final ApiCredentials DEFAULT_CREDENTIALS =
            ApiCredentials.of("AKIDtctestkit00000000000000000000000", "tctestkit-test-secret-key-0123456789");

    private final ScopeState test;
    private final ScopeState base;
    private final ServiceRegistry defaultServices;
    private final ApiCredentials defaultCredentials;

    /**
     * @param test the running test's scope, or null
     * @param base the scope outside tests
     * @param settings the server's settings: the services it serves unless a scope describes others, its credentials
     */
    InEffect(ScopeState test, ScopeState base, GatewaySettings settings) {
        this.test = test;
        this.base = base;
        this.defaultServices = settings.services();
        this.defaultCredentials = settings.credentials();
    }

    /** The key pair accepted by default. */
    ApiCredentials defaultCredentials() {
        return defaultCredentials;
    }

    /** The scope that records requests and counts rate windows: the test's, else the base. */
    ScopeState current() {
        return test != null ? test : base;
    }

    ClockState clock() {
        ClockState c = test != null ? test.gateway.clock : null;
        if (c == null) {
            c = base.gateway.clock;
        }
        return c != null ? c : ClockState.SYSTEM;
    }

    /** Now on the server's clock that applies. */
    public Instant now() {
        return clock().now();
    }

    /** The services served: the test's, the base's, else the server's. */
    public ServiceRegistry services() {
        ServiceRegistry s = test != null ? test.gateway.services : null;
        if (s == null) {
            s = base.gateway.services;
        }
        return s != null ? s : defaultServices;
    }

    /** The credentials accepted for a SecretId: the test's, the base's, or the default ones. */
    public Optional<ApiCredentials> credentials(String secretId) {
        ApiCredentials c = test != null ? test.gateway.credentials.get(secretId) : null;
        if (c == null) {
            c = base.gateway.credentials.get(secretId);
        }
        if (c == null && defaultCredentials.secretId().equals(secretId)) {
            c = defaultCredentials;
        }
        return Optional.ofNullable(c);
    }

    /** Every SecretId accepted: the default one, then those added outside tests and in the test. */
    public java.util.List<String> acceptedSecretIds() {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        ids.add(defaultCredentials.secretId());
        ids.addAll(new java.util.TreeSet<>(base.gateway.credentials.keySet()));
        if (test != null) {
            ids.addAll(new java.util.TreeSet<>(test.gateway.credentials.keySet()));
        }
        return java.util.List.copyOf(ids);
    }

    /** Counts a request for the rate limit in the current scope. */
    public long countInWindow(String action, long second) {
        return current().gateway.countInWindow(action, second);
    }

    /** The configured answer for an action, with one use taken: the test's first, then the base's; or null. */
    Answers.Entry takeAnswer(String service, String action) {
        Answers.Entry e = test != null ? test.answers.take(service, action) : null;
        return e != null ? e : base.answers.take(service, action);
    }
}
