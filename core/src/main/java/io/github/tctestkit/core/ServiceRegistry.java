package io.github.tctestkit.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tctestkit.core.internal.Json;
import io.github.tctestkit.core.internal.Names;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The services a fake cloud serves: every built-in Tencent Cloud API 3.0 service version (156 versions of 140
 * services, from their published contracts), narrowed to some, or a user's own.
 *
 * <pre>{@code
 * ServiceRegistry all = ServiceRegistry.builtIn();
 * all.find("cvm", "2017-03-12");              // Optional[cvm 2017-03-12 (...)]
 * all.withAction("DescribeInstances");        // cvm, redis, lighthouse, ... (13 service versions)
 *
 * ServiceRegistry mine = ServiceRegistry.builtIn().only("cvm", "vpc").with(myPrivateService);
 * }</pre>
 *
 * <p>Nothing of a built-in service but its name, version and action names is read until its contract is first used
 * ({@link ServiceDescription#contract()}). Instances are immutable and thread-safe; lookups by action are one hash
 * lookup whatever the number of services.
 */
public final class ServiceRegistry {

    private static final String INDEX = "/io/github/tctestkit/core/services/index.json";

    /** The built-in registry, read once per JVM from the index in tctestkit-core's jar. */
    private static final class BuiltIn {
        static final ServiceRegistry ALL = new ServiceRegistry(readIndex());

        private BuiltIn() {}
    }

    private final List<ServiceDescription> services;
    private final Map<String, List<ServiceDescription>> byAction;
    private final Map<String, List<ServiceDescription>> byName;

    private ServiceRegistry(List<ServiceDescription> services) {
        this.services = List.copyOf(services);
        Map<String, List<ServiceDescription>> actions = new HashMap<>();
        Map<String, List<ServiceDescription>> names = new LinkedHashMap<>();
        for (ServiceDescription s : this.services) {
            names.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s);
            for (String action : s.actions()) {
                actions.computeIfAbsent(action, k -> new ArrayList<>(1)).add(s);
            }
        }
        actions.replaceAll((k, v) -> List.copyOf(v));
        names.replaceAll((k, v) -> List.copyOf(v));
        this.byAction = Collections.unmodifiableMap(actions);
        this.byName = Collections.unmodifiableMap(names);
    }

    /**
     * Every built-in service version; StreamLive ({@code mdl}) is {@link ServiceDescription#streamLive()}, with its
     * error enum and groups.
     *
     * @return the registry of built-in services
     */
    public static ServiceRegistry builtIn() {
        return BuiltIn.ALL;
    }

    /**
     * A registry of exactly these services.
     *
     * <pre>{@code
     * ServiceRegistry.of(ServiceDescription.streamLive());
     * }</pre>
     *
     * @param services the services
     * @return the registry
     * @throws IllegalArgumentException if a service is null, none is given, or two have the same name and version
     */
    public static ServiceRegistry of(ServiceDescription... services) {
        if (services == null || services.length == 0) {
            throw new IllegalArgumentException("a registry needs at least one service");
        }
        List<ServiceDescription> list = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ServiceDescription s : services) {
            if (s == null) {
                throw new IllegalArgumentException("service must not be null");
            }
            if (!seen.add(key(s))) {
                throw new IllegalArgumentException("service " + s.name() + " " + s.version() + " is given twice");
            }
            list.add(s);
        }
        return new ServiceRegistry(list);
    }

    /**
     * This registry narrowed to the services of these names (every version of each).
     *
     * <pre>{@code
     * ServiceRegistry.builtIn().only("cvm", "vpc", "cbs");
     * }</pre>
     *
     * @param names service names, the first label of their endpoints (for example {@code "cvm"})
     * @return the narrowed registry
     * @throws IllegalArgumentException if a name is not served here (naming the closest ones) or none is given
     */
    public ServiceRegistry only(String... names) {
        if (names == null || names.length == 0) {
            throw new IllegalArgumentException("only(...) needs at least one service name");
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String n : names) {
            if (n == null || !byName.containsKey(n)) {
                throw new IllegalArgumentException("no service \"" + n + "\" is "
                        + (this == BuiltIn.ALL ? "built in" : "in this registry") + "; closest: "
                        + Names.closest(n, byName.keySet(), 3) + " (" + byName.size() + " services)");
            }
            wanted.add(n);
        }
        List<ServiceDescription> kept = new ArrayList<>();
        for (ServiceDescription s : services) {
            if (wanted.contains(s.name())) {
                kept.add(s);
            }
        }
        return new ServiceRegistry(kept);
    }

    /**
     * This registry with more services; one of the same name and version as a service here replaces it.
     *
     * <pre>{@code
     * ServiceRegistry.builtIn().with(ServiceDescription.fromContract(myContract));
     * }</pre>
     *
     * @param more the services to add
     * @return the new registry
     * @throws IllegalArgumentException if a service is null
     */
    public ServiceRegistry with(ServiceDescription... more) {
        Map<String, ServiceDescription> all = new LinkedHashMap<>();
        for (ServiceDescription s : services) {
            all.put(key(s), s);
        }
        for (ServiceDescription s : more == null ? new ServiceDescription[] {null} : more) {
            if (s == null) {
                throw new IllegalArgumentException("service must not be null");
            }
            all.put(key(s), s);
        }
        return new ServiceRegistry(new ArrayList<>(all.values()));
    }

    private static String key(ServiceDescription s) {
        return s.name() + " " + s.version();
    }

    /**
     * Every service version, sorted by name and version for the built-in ones.
     *
     * @return an unmodifiable list
     */
    public List<ServiceDescription> services() {
        return services;
    }

    /**
     * The names of the services, each once.
     *
     * @return an unmodifiable set
     */
    public Set<String> names() {
        return byName.keySet();
    }

    /**
     * The versions of one service.
     *
     * @param name the service name
     * @return its versions here, oldest first; empty if it is not served
     */
    public List<ServiceDescription> versionsOf(String name) {
        return name == null ? List.of() : byName.getOrDefault(name, List.of());
    }

    /**
     * One service version.
     *
     * @param name the service name, for example {@code "cvm"}
     * @param version the API version, for example {@code "2017-03-12"}
     * @return the service, if served
     */
    public Optional<ServiceDescription> find(String name, String version) {
        for (ServiceDescription s : versionsOf(name)) {
            if (s.version().equals(version)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * The service versions that have an action.
     *
     * <pre>{@code
     * ServiceRegistry.builtIn().withAction("RunInstances"); // [cvm 2017-03-12 ...]
     * }</pre>
     *
     * @param action the action name, case-sensitive as the gateway is
     * @return the services, in registry order; empty if none has it
     */
    public List<ServiceDescription> withAction(String action) {
        return action == null ? List.of() : byAction.getOrDefault(action, List.of());
    }

    /**
     * The action names closest to one that no service here has, for "did you mean" messages.
     *
     * @param action the unknown name
     * @param limit how many at most
     * @return the closest names, closest first
     */
    public List<String> closestActions(String action, int limit) {
        return Names.closestList(action, byAction.keySet(), limit);
    }

    /**
     * How many actions the services have, counted once per service version.
     *
     * @return the count
     */
    public int actionCount() {
        int n = 0;
        for (ServiceDescription s : services) {
            n += s.actions().size();
        }
        return n;
    }

    @Override
    public String toString() {
        return "ServiceRegistry[" + services.size() + " service versions of " + byName.size() + " services, "
                + actionCount() + " actions]";
    }

    private static List<ServiceDescription> readIndex() {
        JsonNode root;
        try (InputStream in = ServiceRegistry.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("resource " + INDEX + " is missing from the class path");
            }
            root = Json.STRICT.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
        List<ServiceDescription> list = new ArrayList<>();
        for (JsonNode entry : root.path("services")) {
            String name = entry.path("service").asText();
            String version = entry.path("version").asText();
            if (name.equals("mdl")
                    && version.equals(ServiceDescription.streamLive().version())) {
                list.add(ServiceDescription.streamLive()); // the plug-in: its enum of codes, its groups, its regions
                continue;
            }
            List<String> actions = new ArrayList<>();
            entry.path("actions").forEach(a -> actions.add(a.asText()));
            list.add(ServiceDescription.builtIn(name, version, actions));
        }
        return list;
    }
}
