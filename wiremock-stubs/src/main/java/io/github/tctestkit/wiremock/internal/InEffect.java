package io.github.tctestkit.wiremock.internal;

import io.github.tctestkit.core.ServiceDescription;
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
    private final ServiceDescription defaultService;

    /**
     * @param test the running test's scope, or null
     * @param base the scope outside tests
     * @param defaultService the service the server plays unless a scope describes another
     */
    InEffect(ScopeState test, ScopeState base, ServiceDescription defaultService) {
        this.test = test;
        this.base = base;
        this.defaultService = defaultService;
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

    /** The service that applies: the test's, the base's, else the server's default. */
    public ServiceDescription service() {
        ServiceDescription s = test != null ? test.gateway.service : null;
        if (s == null) {
            s = base.gateway.service;
        }
        return s != null ? s : defaultService;
    }

    /** The credentials accepted for a SecretId: the test's, the base's, or the default ones. */
    public Optional<ApiCredentials> credentials(String secretId) {
        ApiCredentials c = test != null ? test.gateway.credentials.get(secretId) : null;
        if (c == null) {
            c = base.gateway.credentials.get(secretId);
        }
        if (c == null && DEFAULT_CREDENTIALS.secretId().equals(secretId)) {
            c = DEFAULT_CREDENTIALS;
        }
        return Optional.ofNullable(c);
    }

    /** Counts a request for the rate limit in the current scope. */
    public long countInWindow(String action, long second) {
        return current().gateway.countInWindow(action, second);
    }

    /** The configured answer for an action, with one use taken: the test's first, then the base's; or null. */
    Answers.Entry takeAnswer(String action) {
        Answers.Entry e = test != null ? test.answers.take(action) : null;
        return e != null ? e : base.answers.take(action);
    }
}
