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
            return result.isValid() ? null : refusal(result, keyHint(result, inEffect), request);
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
            return refusal(
                    result,
                    join(mismatch ? "host forms tried: \"" + host + "\"" : "", keyHint(result, inEffect)),
                    request);
        }
        VerificationResult withoutPort = verifier.verify(signable.withHeader("Host", hostName));
        if (withoutPort.isValid()) {
            return null;
        }
        return refusal(
                result,
                join(
                        "host forms tried: \"" + host + "\" (as sent, as the Java SDK signs it) and \"" + hostName
                                + "\" (without the port, as the Node.js SDK signs it); neither matches",
                        keyHint(result, inEffect)),
                request);
    }

    /** For an unknown SecretId or a signature that does not match: which key pair to sign with, and where to find it. */
    static String keyHint(VerificationResult result, InEffect inEffect) {
        FailureReason reason = result.failureReason().orElse(null);
        if (reason != FailureReason.UNKNOWN_SECRET_ID && reason != FailureReason.SIGNATURE_MISMATCH) {
            return "";
        }
        return "sign with the key pair this server accepts: SecretId " + String.join(", ", inEffect.acceptedSecretIds())
                + " (its SecretKey: api.credentials() in a test, the stand-alone emulator's banner, or the one given"
                + " with --secret-id/--secret-key or $TENCENTCLOUD_SECRET_ID/$TENCENTCLOUD_SECRET_KEY);"
                + " api.acceptCredentials(...) adds more";
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "\n" + b;
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
