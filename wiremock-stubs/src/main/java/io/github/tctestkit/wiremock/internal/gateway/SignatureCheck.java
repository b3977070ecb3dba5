package io.github.tctestkit.wiremock.internal.gateway;

import io.github.tctestkit.core.signing.CredentialsLookup;
import io.github.tctestkit.core.signing.FailureReason;
import io.github.tctestkit.core.signing.SignableRequest;
import io.github.tctestkit.core.signing.Tc3Verifier;
import io.github.tctestkit.core.signing.V1Verifier;
import io.github.tctestkit.core.signing.VerificationResult;
import io.github.tctestkit.wiremock.internal.InEffect;
import io.github.tctestkit.wiremock.internal.IncomingRequest;
import io.github.tctestkit.wiremock.internal.RejectionImpl;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

/**
 * Authentication: the TC3-HMAC-SHA256 or v1 signature against the accepted credentials, the SecretId, the token of
 * temporary credentials, and the timestamp within 5 minutes of the server's clock.
 *
 * <p>Official SDKs sign {@code host} in two forms for a local endpoint: the Java SDK signs the Host header as sent
 * ({@code 127.0.0.1:9183}), the Node.js SDK signs the host name without the port ({@code 127.0.0.1}) while sending the
 * port in the header. Both agree against the real cloud (port 443). A TC3 signature is accepted if it matches either
 * form; the refusal's diagnostics list the forms tried. Not API.
 */
final class SignatureCheck implements GatewayCheck {

    static final Duration MAX_SKEW = Duration.ofMinutes(5);

    @Override
    public RejectionImpl check(IncomingRequest request, InEffect inEffect) {
        CredentialsLookup lookup = inEffect::credentials;
        Clock clock = Clock.fixed(inEffect.now(), ZoneOffset.UTC);
        SignableRequest signable = request.toSignable();
        if (request.isV1()) {
            VerificationResult result =
                    V1Verifier.create(lookup).withMaxClockSkew(clock, MAX_SKEW).verify(signable);
            return result.isValid() ? null : refusal(result, "", request);
        }
        Tc3Verifier verifier = Tc3Verifier.create(lookup).withMaxClockSkew(clock, MAX_SKEW);
        VerificationResult result = verifier.verify(signable);
        if (result.isValid()) {
            return null;
        }
        String host = request.header("Host").orElse("");
        String hostName = withoutPort(host);
        boolean mismatch = result.failureReason().orElse(null) == FailureReason.SIGNATURE_MISMATCH;
        if (!mismatch || hostName.equals(host)) {
            return refusal(result, mismatch ? "host forms tried: \"" + host + "\"" : "", request);
        }
        VerificationResult withoutPort = verifier.verify(signable.withHeader("Host", hostName));
        if (withoutPort.isValid()) {
            return null;
        }
        return refusal(
                result,
                "host forms tried: \"" + host + "\" (as sent, as the Java SDK signs it) and \"" + hostName
                        + "\" (without the port, as the Node.js SDK signs it); neither matches",
                request);
    }

    /** The host name of a Host header value: without {@code :port}, keeping IPv6 brackets. */
    static String withoutPort(String host) {
        int colon = host.lastIndexOf(':');
        if (colon < 0 || host.endsWith("]") || host.indexOf(']') > colon) {
            return host;
        }
        String port = host.substring(colon + 1);
        if (port.isEmpty() || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return host;
        }
        return host.substring(0, colon);
    }

    private static RejectionImpl refusal(VerificationResult result, String extra, IncomingRequest request) {
        String code =
                result.failureReason().map(FailureReason::suggestedErrorCode).orElse("AuthFailure.SignatureFailure");
        String diagnostics = result.diagnostics().describe();
        if (!extra.isEmpty()) {
            diagnostics = diagnostics.isEmpty() ? extra : diagnostics + "\n" + extra;
        }
        return RejectionImpl.of(code, result.message(), diagnostics, request);
    }
}
