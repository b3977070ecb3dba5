package io.github.tctestkit.wiremock.internal.routing;

import io.github.tctestkit.core.ServiceDescription;
import java.util.List;
import java.util.Optional;

/**
 * Where a request goes: the one service that has its (version, action), or why none does. Not API.
 *
 * @param kind found, or which way routing failed
 * @param service the service when found (for {@link Kind#NO_SUCH_VERSION}, the one service of that name that has the
 *     action, if only one name has it), else null
 * @param candidates the services that have the action (for a failure: those that could not decide)
 */
public record Route(Kind kind, ServiceDescription service, List<ServiceDescription> candidates) {

    /** How routing ended. */
    public enum Kind {
        /** One service has the request's (version, action). */
        FOUND,
        /** The request names no action. */
        NO_ACTION_NAMED,
        /** No service served has the action. */
        NO_SUCH_ACTION,
        /** Services have the action, but none at the request's version. */
        NO_SUCH_VERSION,
        /** Several services have the (version, action) and neither the signing service nor the host decides. */
        AMBIGUOUS
    }

    /** A route to one service. */
    static Route found(ServiceDescription service) {
        return new Route(Kind.FOUND, service, List.of(service));
    }

    /** No service has the action at the request's version: the service anyway, where only one name has it. */
    static Route otherVersion(List<ServiceDescription> withAction) {
        ServiceDescription only = withAction.get(withAction.size() - 1);
        for (ServiceDescription s : withAction) {
            if (!s.name().equals(only.name())) {
                only = null;
                break;
            }
        }
        return new Route(Kind.NO_SUCH_VERSION, only, List.copyOf(withAction));
    }

    /** A failed route. */
    static Route failed(Kind kind, List<ServiceDescription> candidates) {
        return new Route(kind, null, List.copyOf(candidates));
    }

    /**
     * The service, when found.
     *
     * @return the service, or empty
     */
    public Optional<ServiceDescription> found() {
        return Optional.ofNullable(service);
    }

    /**
     * The service's name when found, else {@code ""}.
     *
     * @return the name
     */
    public String serviceName() {
        return service == null ? "" : service.name();
    }

    /**
     * The candidates as text, for messages: {@code "cvm 2017-03-12, redis 2018-04-12"}.
     *
     * @return the list
     */
    public String describeCandidates() {
        StringBuilder b = new StringBuilder();
        for (ServiceDescription s : candidates) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(s.name()).append(' ').append(s.version());
        }
        return b.toString();
    }
}
