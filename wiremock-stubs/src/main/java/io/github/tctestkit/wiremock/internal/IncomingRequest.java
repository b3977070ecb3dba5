package io.github.tctestkit.wiremock.internal;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.ServiceRegistry;
import io.github.tctestkit.core.internal.ReadRequest;
import io.github.tctestkit.core.signing.SignableRequest;
import io.github.tctestkit.core.signing.Tc3Authorization;
import io.github.tctestkit.wiremock.RecordedRequest;
import io.github.tctestkit.wiremock.internal.routing.Route;
import io.github.tctestkit.wiremock.internal.routing.Router;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A received request, read once: the core view plus what the server adds (receive time, the Authorization header
 * parsed once, the request as the signature verifiers see it). Not API.
 */
public final class IncomingRequest extends ReadRequest implements RecordedRequest {

    /** The security token of a v1 request in the query string, masked in {@link #toString()}. */
    private static final Pattern TOKEN_PARAMETER = Pattern.compile("([?&]Token=)[^&]*");

    private final Instant receivedAt;
    private Optional<Tc3Authorization> authorization; // parsed on first use; benign race: the result is the same
    private volatile Route route; // set once by the pipeline, before anything reads it

    private IncomingRequest(String method, String url, Map<String, List<String>> headers, byte[] body, Instant at) {
        super(method, url, headers, body);
        this.receivedAt = at;
    }

    static IncomingRequest of(Request request, Instant receivedAt) {
        return of(request, null, receivedAt);
    }

    /**
     * Reads a request, its headers from WireMock's copy of it when there is one: {@code getHeaders()} on the request
     * itself builds WireMock's header multimap afresh on every call, and WireMock has already built one for its serve
     * event (the same headers, as received).
     *
     * @param request the request as WireMock received it
     * @param logged WireMock's copy for the serve event, or null
     * @param receivedAt the receive time
     */
    static IncomingRequest of(Request request, Request logged, Instant receivedAt) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpHeader header :
                (logged != null ? logged : request).getHeaders().all()) {
            headers.put(header.key(), header.values());
        }
        byte[] body = request.getBody();
        return new IncomingRequest(
                request.getMethod().getName(),
                request.getUrl(),
                headers,
                body == null ? new byte[0] : body,
                receivedAt);
    }

    /** The TC3 Authorization header, parsed once; empty if absent or unreadable. */
    public Optional<Tc3Authorization> authorization() {
        Optional<Tc3Authorization> a = authorization;
        if (a == null) {
            a = header("Authorization").flatMap(h -> {
                try {
                    return Optional.of(Tc3Authorization.parse(h));
                } catch (IllegalArgumentException e) { // MalformedAuthorizationException too
                    return Optional.empty();
                }
            });
            authorization = a;
        }
        return a;
    }

    /** The request as the signature verifiers see it: raw query, headers as received, body bytes. */
    public SignableRequest toSignable() {
        String url = url();
        int q = url.indexOf('?');
        SignableRequest.Builder b = SignableRequest.builder(method())
                .path(q < 0 ? url : url.substring(0, q))
                .query(q < 0 ? "" : url.substring(q + 1))
                .body(bodyBytes());
        for (Map.Entry<String, List<String>> h : headers().entrySet()) {
            if (!h.getValue().isEmpty()) {
                b.header(h.getKey(), h.getValue().get(0));
            }
        }
        return b.build();
    }

    /**
     * Routes the request among the services served, once.
     *
     * @param services the services served
     * @return the route
     */
    public Route route(ServiceRegistry services) {
        Route r = Router.route(
                services,
                action(),
                version(),
                authorization().map(Tc3Authorization::service).orElse(null),
                header("Host").orElse(""));
        route = r;
        return r;
    }

    /**
     * Where the pipeline routed the request.
     *
     * @return the route; a request not routed yet counts as naming no action
     */
    public Route route() {
        Route r = route;
        return r != null ? r : new Route(Route.Kind.NO_ACTION_NAMED, null, List.of());
    }

    /**
     * The service the request was routed to.
     *
     * @return its description, or empty
     */
    public Optional<ServiceDescription> routedService() {
        return route().found();
    }

    @Override
    public Optional<String> service() {
        return route().found().map(ServiceDescription::name);
    }

    @Override
    public Instant receivedAt() {
        return receivedAt;
    }

    @Override
    public String toString() {
        return method() + " " + TOKEN_PARAMETER.matcher(url()).replaceAll("$1****") + " action="
                + (action().isEmpty() ? "(none)" : action())
                + service().map(n -> " service=" + n).orElse("")
                + version().map(v -> " version=" + v).orElse("")
                + region().map(r -> " region=" + r).orElse("")
                + " body=" + bodyLength() + " bytes";
    }
}
