package io.github.tctestkit.wiremock.internal.routing;

import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.ServiceRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Routing like the real endpoint: a request goes to its service by (version, action); for the few pairs two services
 * share, by the TC3 signing service or the first label of the Host header, when either names one of them. One hash
 * lookup for the action, then a scan of its few services. A request whose version no service with its action has
 * still goes to that service where only one has the action, so that answers configured for it apply (strict mode
 * refuses it with {@code NoSuchVersion} first). Not API.
 */
public final class Router {

    private Router() {}

    /**
     * Routes one request.
     *
     * @param services the services served
     * @param action the action, {@code ""} for none
     * @param version the API version, if the request names one
     * @param signingService the service its TC3 credential scope names, or null
     * @param host the Host header, or {@code ""}
     * @return the route
     */
    public static Route route(
            ServiceRegistry services, String action, Optional<String> version, String signingService, String host) {
        if (action == null || action.isEmpty()) {
            return Route.failed(Route.Kind.NO_ACTION_NAMED, List.of());
        }
        List<ServiceDescription> withAction = services.withAction(action);
        if (withAction.isEmpty()) {
            return Route.failed(Route.Kind.NO_SUCH_ACTION, List.of());
        }
        String asked = version.orElse(null);
        if (withAction.size() == 1
                && (asked == null || asked.equals(withAction.get(0).version()))) {
            return Route.found(withAction.get(0)); // the usual case, without building a pool
        }
        List<ServiceDescription> pool = withAction;
        if (version.isPresent()) {
            pool = new ArrayList<>(1);
            for (ServiceDescription s : withAction) {
                if (s.version().equals(version.get())) {
                    pool.add(s);
                }
            }
            if (pool.isEmpty()) {
                return Route.otherVersion(withAction);
            }
        }
        if (pool.size() == 1) {
            return Route.found(pool.get(0));
        }
        String hostLabel = firstLabel(host);
        List<ServiceDescription> named = new ArrayList<>(1);
        for (ServiceDescription s : pool) {
            if (s.name().equals(signingService) || s.name().equals(hostLabel)) {
                named.add(s);
            }
        }
        if (named.size() == 1) {
            return Route.found(named.get(0));
        }
        return Route.failed(Route.Kind.AMBIGUOUS, named.isEmpty() ? pool : named);
    }

    /** {@code cvm} for {@code cvm.tencentcloudapi.com} or {@code cvm.localhost:9183}. */
    static String firstLabel(String host) {
        if (host == null) {
            return "";
        }
        int end = host.length();
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c == '.' || c == ':') {
                end = i;
                break;
            }
        }
        return host.substring(0, end);
    }
}
