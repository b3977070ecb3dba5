package io.github.tctestkit.wiremock.internal.gateway;

import io.github.tctestkit.wiremock.internal.GatewaySettings;
import io.github.tctestkit.wiremock.internal.InEffect;
import io.github.tctestkit.wiremock.internal.IncomingRequest;
import io.github.tctestkit.wiremock.internal.RejectionImpl;
import java.util.ArrayList;
import java.util.List;

/**
 * The emulated gateway: its checks in the order they run, in one place. The first refusal answers; a request that
 * passes them all goes on to the configured answers (or to a raw WireMock stub). Each check costs the same whatever
 * is configured. Not API.
 *
 * <table>
 *   <caption>The checks, in order</caption>
 *   <tr><th>check</th><th>runs with</th><th>code</th></tr>
 *   <tr><td>{@link MethodCheck}</td><td>strict</td><td>UnsupportedProtocol</td></tr>
 *   <tr><td>{@link SizeCheck}</td><td>strict</td><td>RequestSizeLimitExceeded</td></tr>
 *   <tr><td>{@link ActionNamedCheck}</td><td>strict</td><td>MissingParameter</td></tr>
 *   <tr><td>{@link SignatureCheck}</td><td>strict, verifySignatures</td><td>AuthFailure.*, MissingParameter,
 *       InvalidParameterValue</td></tr>
 *   <tr><td>{@link SigningServiceCheck}</td><td>strict, verifySignatures</td><td>AuthFailure.SignatureFailure</td></tr>
 *   <tr><td>{@link ActionCheck}</td><td>strict</td><td>InvalidAction</td></tr>
 *   <tr><td>{@link VersionCheck}</td><td>strict</td><td>MissingParameter, NoSuchVersion</td></tr>
 *   <tr><td>{@link RegionCheck}</td><td>strict</td><td>UnsupportedRegion</td></tr>
 *   <tr><td>{@link RateLimitCheck}</td><td>strict</td><td>RequestLimitExceeded</td></tr>
 *   <tr><td>{@link ParameterCheck}</td><td>strict, validateRequests</td><td>UnknownParameter, MissingParameter,
 *       InvalidParameter</td></tr>
 * </table>
 */
public final class GatewayChecks {

    private final List<GatewayCheck> checks;

    private GatewayChecks(List<GatewayCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /**
     * The checks a server runs with these settings, in order.
     *
     * @param settings the settings
     * @return the chain
     */
    public static GatewayChecks of(GatewaySettings settings) {
        List<GatewayCheck> chain = new ArrayList<>();
        if (settings.strict()) {
            chain.add(new MethodCheck());
            chain.add(new SizeCheck());
            chain.add(new ActionNamedCheck());
        }
        if (settings.authenticates()) {
            chain.add(new SignatureCheck());
            chain.add(new SigningServiceCheck());
        }
        if (settings.strict()) {
            chain.add(new ActionCheck());
            chain.add(new VersionCheck());
            chain.add(new RegionCheck());
            chain.add(new RateLimitCheck());
        }
        if (settings.validates()) {
            chain.add(new ParameterCheck(settings.nestedRequired(), settings.strictTypes()));
        }
        return new GatewayChecks(chain);
    }

    /**
     * Runs the checks in order.
     *
     * @param request the request
     * @param inEffect what applies to it
     * @return the first refusal, or null
     */
    public RejectionImpl check(IncomingRequest request, InEffect inEffect) {
        for (GatewayCheck check : checks) {
            RejectionImpl refusal = check.check(request, inEffect);
            if (refusal != null) {
                return refusal;
            }
        }
        return null;
    }
}
