package io.github.tctestkit.wiremock.internal;

import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.signing.ApiCredentials;
import io.github.tctestkit.core.signing.CredentialsLookup;
import io.github.tctestkit.core.signing.SignableRequest;
import io.github.tctestkit.core.signing.Tc3Authorization;
import io.github.tctestkit.core.signing.Tc3Verifier;
import io.github.tctestkit.core.signing.V1Verifier;
import io.github.tctestkit.core.signing.VerificationResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * The emulated API 3.0 gateway: a fixed chain of checks run before a request reaches the configured answers. Each
 * check costs the same whatever is configured. Not API.
 */
final class Gateway {

    /** The default test credentials. */
    static final ApiCredentials DEFAULT_CREDENTIALS =
            ApiCredentials.of("AKIDtctestkit00000000000000000000000", "tctestkit-test-secret-key-0123456789");

    static final Duration MAX_SKEW = Duration.ofMinutes(5);
    static final int MAX_GET_BYTES = 32 * 1024;
    static final int MAX_V1_POST_BYTES = 1024 * 1024;
    static final int MAX_TC3_POST_BYTES = 10 * 1024 * 1024;
    static final String SIZE_CODE = "RequestSizeLimitExceeded";

    private final GatewaySettings settings;

    Gateway(GatewaySettings settings) {
        this.settings = settings;
    }

    GatewaySettings settings() {
        return settings;
    }

    /** Runs the checks; returns the refusal, or null to let the request through. */
    RejectionImpl check(ParsedRequest request, Layer test, Layer baseline) {
        if (!settings.authenticates()) { // every mode with checks authenticates
            return null;
        }
        Instant now = now(test, baseline);
        boolean v1 = request.isV1();
        if (settings.strict()) {
            String method = request.method().toUpperCase(Locale.ROOT);
            if (!method.equals("GET") && !method.equals("POST")) {
                return reject(
                        request,
                        CommonError.UNSUPPORTED_PROTOCOL.code(),
                        "the HTTP method " + request.method() + " is not accepted: only GET and POST are");
            }
            RejectionImpl size = checkSize(request, method, v1);
            if (size != null) {
                return size;
            }
            if (request.action().isEmpty()) {
                return reject(
                        request,
                        CommonError.MISSING_PARAMETER.code(),
                        "the request names no action: " + (v1 ? "no Action parameter" : "no X-TC-Action header"));
            }
        }
        RejectionImpl auth = authenticate(request, test, baseline, now, v1);
        if (auth != null || !settings.strict()) {
            return auth;
        }
        ServiceDescription service = service(test, baseline);
        if (!service.hasAction(request.action())) {
            return reject(
                    request,
                    CommonError.INVALID_ACTION.code(),
                    "service " + service.name() + " has no action \"" + request.action() + "\"");
        }
        Optional<String> version = request.version();
        if (version.isEmpty()) {
            return reject(
                    request,
                    CommonError.MISSING_PARAMETER.code(),
                    "the request names no API version: " + (v1 ? "no Version parameter" : "no X-TC-Version header"));
        }
        if (!version.get().equals(service.version())) {
            return reject(
                    request,
                    CommonError.NO_SUCH_VERSION.code(),
                    "service " + service.name() + " has no API version \"" + version.get() + "\" (it has "
                            + service.version() + ")");
        }
        Optional<String> region = request.region();
        if (region.isPresent() && !service.regions().contains(region.get())) {
            return reject(
                    request,
                    CommonError.UNSUPPORTED_REGION.code(),
                    "service " + service.name() + " is not offered in region \"" + region.get() + "\"");
        }
        int limit = service.rateLimitPerSecond();
        if (limit > 0) {
            Layer counting = test != null ? test : baseline;
            long count = counting.countInWindow(request.action(), now.getEpochSecond());
            if (count > limit) {
                return reject(
                        request,
                        CommonError.REQUEST_LIMIT_EXCEEDED.code(),
                        "request " + count + " for " + request.action() + " in the second starting at "
                                + Instant.ofEpochSecond(now.getEpochSecond()) + " on the server's clock; the limit is "
                                + limit + " a second");
            }
        }
        return null;
    }

    private RejectionImpl checkSize(ParsedRequest request, String method, boolean v1) {
        int size = request.bodyLength();
        if (method.equals("GET")) {
            int getSize = request.url().length() + size;
            if (getSize > MAX_GET_BYTES) {
                return reject(
                        request,
                        SIZE_CODE,
                        "a GET request may carry at most 32 KB, this one has " + getSize
                                + " bytes; send large requests with POST");
            }
        } else if (v1 && size > MAX_V1_POST_BYTES) {
            return reject(
                    request,
                    SIZE_CODE,
                    "a POST request signed with HmacSHA1 or HmacSHA256 may carry at most" + " 1 MB, this one has "
                            + size + " bytes");
        } else if (size > MAX_TC3_POST_BYTES) {
            return reject(
                    request, SIZE_CODE, "a POST request may carry at most 10 MB, this one has " + size + " bytes");
        }
        return null;
    }

    private RejectionImpl authenticate(ParsedRequest request, Layer test, Layer baseline, Instant now, boolean v1) {
        CredentialsLookup lookup = secretId -> {
            if (test != null && test.credentials.containsKey(secretId)) {
                return Optional.of(test.credentials.get(secretId));
            }
            if (baseline.credentials.containsKey(secretId)) {
                return Optional.of(baseline.credentials.get(secretId));
            }
            return DEFAULT_CREDENTIALS.secretId().equals(secretId)
                    ? Optional.of(DEFAULT_CREDENTIALS)
                    : Optional.empty();
        };
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        SignableRequest signable = request.toSignable();
        VerificationResult result = v1
                ? V1Verifier.create(lookup).withMaxClockSkew(clock, MAX_SKEW).verify(signable)
                : Tc3Verifier.create(lookup).withMaxClockSkew(clock, MAX_SKEW).verify(signable);
        if (result.isValid()) {
            return v1 ? null : checkScopeService(request, service(test, baseline));
        }
        String code = result.failureReason().map(r -> r.suggestedErrorCode()).orElse("AuthFailure.SignatureFailure");
        return new RejectionImpl(code, result.message(), result.diagnostics().describe(), request);
    }

    /**
     * The credential scope must name the service, or the first label of the Host header: the Java SDK signs for the
     * first label of the endpoint it connects to ({@code 127} for {@code 127.0.0.1:PORT}), and the real gateway
     * accepts only its own service name, which is the first label of its host.
     */
    private static RejectionImpl checkScopeService(ParsedRequest request, ServiceDescription service) {
        String scoped = Tc3Authorization.parse(request.header("Authorization").orElseThrow())
                .service();
        String host = request.header("Host").orElse("");
        String hostLabel = host.split("\\.")[0];
        if (scoped.equals(service.name()) || scoped.equals(hostLabel)) {
            return null;
        }
        return new RejectionImpl(
                CommonError.AUTH_SIGNATURE_FAILURE.code(),
                "the credential scope names service \"" + scoped + "\", but this endpoint is service \""
                        + service.name() + "\" (host " + host + "); sign for \"" + service.name()
                        + "\" or for the first label of the host, \"" + hostLabel + "\"",
                "",
                request);
    }

    static Instant now(Layer test, Layer baseline) {
        ClockState state = test != null && test.clock != null ? test.clock : baseline.clock;
        return state == null ? Instant.now() : state.now();
    }

    static ServiceDescription service(Layer test, Layer baseline) {
        ServiceDescription s = test != null && test.service != null ? test.service : baseline.service;
        return s == null ? ServiceDescription.streamLive() : s;
    }

    private static RejectionImpl reject(ParsedRequest request, String code, String reason) {
        return new RejectionImpl(code, reason, "", request);
    }
}
