package io.github.tctestkit.core;

import io.github.tctestkit.core.contract.ServiceContract;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a Tencent Cloud API 3.0 service offers, as far as its gateway checks requests: its name, API version, actions
 * (in documented groups), regions and per-action rate limit.
 *
 * <pre>{@code
 * ServiceDescription mdl = ServiceDescription.streamLive();
 * mdl.hasAction("CreateStreamLiveChannel");   // true
 * mdl.version();                              // "2020-03-26"
 *
 * ServiceDescription cvm = ServiceDescription.builder("cvm", "2017-03-12")
 *         .group("Instance", "DescribeInstances", "RunInstances")
 *         .regions("ap-guangzhou", "ap-shanghai")
 *         .rateLimitPerSecond(20)
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable.
 */
public final class ServiceDescription {

    private final String name;
    private final String version;
    private final Map<String, List<String>> groups;
    private final Set<String> actions;
    private final Set<String> regions;
    private final int rateLimitPerSecond;
    private final List<ErrorCatalogue<?>> errorCatalogues;
    private final Map<String, List<String>> declaredActionErrors;
    /** Loads the contract on first use; null for a service without one. */
    private final Supplier<ServiceContract> contractSource;

    private volatile ServiceContract contract;
    private volatile Map<String, List<String>> actionErrors;
    private volatile Map<String, ErrorCode> dataCodes;

    private ServiceDescription(Builder b) {
        this.name = b.name;
        this.version = b.version;
        Map<String, List<String>> g = new LinkedHashMap<>();
        b.groups.forEach((k, v) -> g.put(k, List.copyOf(v)));
        if (g.isEmpty() && b.contract != null) { // actions from the contract
            g.put(name, List.copyOf(b.contract.actionNames()));
        }
        this.groups = Collections.unmodifiableMap(g);
        Set<String> all = new LinkedHashSet<>();
        g.values().forEach(all::addAll);
        this.actions = Collections.unmodifiableSet(all);
        this.regions = Collections.unmodifiableSet(new LinkedHashSet<>(b.regions));
        this.rateLimitPerSecond = b.rateLimitPerSecond;
        this.errorCatalogues = List.copyOf(b.errorCatalogues);
        this.contract = b.contract;
        ServiceContract given = b.contract;
        this.contractSource = b.contractSource != null ? b.contractSource : given == null ? null : () -> given;
        Map<String, List<String>> ae = new LinkedHashMap<>();
        b.actionErrors.forEach((k, v) -> ae.put(k, List.copyOf(v)));
        this.declaredActionErrors = Collections.unmodifiableMap(ae);
    }

    /**
     * A built-in service version, described from its index entry; its contract is read from the class path on first
     * use. Not API: see {@link ServiceRegistry#builtIn()}.
     */
    static ServiceDescription builtIn(String name, String version, List<String> actions) {
        Builder b = builder(name, version);
        b.groups.put(name, new ArrayList<>(actions));
        b.regions.addAll(SDK_REGIONS);
        b.rateLimitPerSecond = DEFAULT_RATE_LIMIT_PER_SECOND;
        b.contractSource = () -> ServiceContract.loadBuiltIn(name, version)
                .orElseThrow(() -> new IllegalStateException(
                        "the contract of " + name + " " + version + " is missing from tctestkit-core's jar"));
        return new ServiceDescription(b);
    }

    /**
     * The regions of the official SDKs' {@code Region} list. Tencent publishes no region list per service, so every
     * built-in service is offered in these.
     */
    public static final List<String> SDK_REGIONS = List.of(
            "ap-bangkok",
            "ap-beijing",
            "ap-chengdu",
            "ap-chongqing",
            "ap-guangzhou",
            "ap-guangzhou-open",
            "ap-hongkong",
            "ap-mumbai",
            "ap-seoul",
            "ap-shanghai",
            "ap-shanghai-fsi",
            "ap-shenzhen-fsi",
            "ap-singapore",
            "ap-tokyo",
            "eu-frankfurt",
            "eu-moscow",
            "na-ashburn",
            "na-siliconvalley",
            "na-toronto");

    /**
     * The per-action rate limit of built-in services: the 20 requests a second most API pages state (the published
     * data carries no limit per action).
     */
    public static final int DEFAULT_RATE_LIMIT_PER_SECOND = 20;

    /**
     * A service described by its contract alone: every action the contract lists, the codes it declares, the
     * {@linkplain #SDK_REGIONS SDK's regions} and {@value #DEFAULT_RATE_LIMIT_PER_SECOND} requests a second. For a
     * private or newer API, written in the documented contract format (see {@link ServiceContract#load}).
     *
     * <pre>{@code
     * ServiceContract contract = ServiceContract.load(getClass().getResourceAsStream("/acme-2024-01-01.json"));
     * ServiceDescription acme = ServiceDescription.fromContract(contract);
     * }</pre>
     *
     * @param contract the contract
     * @return the description
     * @throws IllegalArgumentException if {@code contract} is null
     */
    public static ServiceDescription fromContract(ServiceContract contract) {
        if (contract == null) {
            throw new IllegalArgumentException("contract must not be null");
        }
        return builder(contract.service(), contract.version())
                .regions(SDK_REGIONS.toArray(new String[0]))
                .rateLimitPerSecond(DEFAULT_RATE_LIMIT_PER_SECOND)
                .contract(contract)
                .build();
    }

    /**
     * StreamLive (service {@code mdl}, version {@code 2020-03-26}): its 36 actions in the documentation's groups,
     * 20 requests a second for every action, and the SDK's list of regions (Tencent publishes no list specific to
     * StreamLive; ask {@code DescribeStreamLiveRegions} for the live one).
     *
     * @return the description
     */
    public static ServiceDescription streamLive() {
        return STREAMLIVE;
    }

    private static final ServiceDescription STREAMLIVE = builder("mdl", "2020-03-26")
            .group(
                    "Input",
                    "CreateStreamLiveInput",
                    "DeleteStreamLiveInput",
                    "DescribeStreamLiveInput",
                    "DescribeStreamLiveInputs",
                    "ModifyStreamLiveInput")
            .group(
                    "InputSecurityGroup",
                    "CreateStreamLiveInputSecurityGroup",
                    "DeleteStreamLiveInputSecurityGroup",
                    "DescribeStreamLiveInputSecurityGroup",
                    "DescribeStreamLiveInputSecurityGroups",
                    "ModifyStreamLiveInputSecurityGroup")
            .group(
                    "Channel",
                    "CreateStreamLiveChannel",
                    "DeleteStreamLiveChannel",
                    "DescribeStreamLiveChannel",
                    "DescribeStreamLiveChannels",
                    "ModifyStreamLiveChannel",
                    "StartStreamLiveChannel",
                    "StopStreamLiveChannel")
            .group("Plan", "CreateStreamLivePlan", "DeleteStreamLivePlan", "DescribeStreamLivePlans")
            .group(
                    "Watermark",
                    "CreateStreamLiveWatermark",
                    "DeleteStreamLiveWatermark",
                    "DescribeStreamLiveWatermark",
                    "DescribeStreamLiveWatermarks",
                    "ModifyStreamLiveWatermark",
                    "GetAbWatermarkPlayUrl",
                    "CreateWatermarkDetection",
                    "DescribeWatermarkDetection",
                    "DescribeWatermarkDetections")
            .group(
                    "Statistics",
                    "DescribeStreamLiveChannelAlerts",
                    "DescribeStreamLiveChannelInputStatistics",
                    "DescribeStreamLiveChannelLogs",
                    "DescribeStreamLiveChannelOutputStatistics",
                    "DescribeStreamLiveRegions",
                    "DescribeStreamLiveTranscodeDetail",
                    "QueryInputStreamState")
            .regions(SDK_REGIONS.toArray(new String[0])) // StreamLive is offered in all of them
            .rateLimitPerSecond(20)
            .errors(StreamLiveError.catalogue())
            .contractSource(ServiceContract::streamLive)
            .build();

    /**
     * Starts describing a service.
     *
     * @param name the service name, the first label of its domain (for example {@code "cvm"})
     * @param version the API version (for example {@code "2017-03-12"})
     * @return a builder
     * @throws IllegalArgumentException when a value is null or blank
     */
    public static Builder builder(String name, String version) {
        return new Builder(requireText(name, "service name"), requireText(version, "API version"));
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be null or blank");
        }
        return value;
    }

    /**
     * The service name.
     *
     * @return for example {@code "mdl"}
     */
    public String name() {
        return name;
    }

    /**
     * The API version.
     *
     * @return for example {@code "2020-03-26"}
     */
    public String version() {
        return version;
    }

    /**
     * Every action, in group order.
     *
     * @return an unmodifiable set
     */
    public Set<String> actions() {
        return actions;
    }

    /**
     * The actions by group, in documented order.
     *
     * @return an unmodifiable map from group name to actions
     */
    public Map<String, List<String>> groups() {
        return groups;
    }

    /**
     * Whether the service has this action (case-sensitive, as the gateway is).
     *
     * @param action the action name
     * @return {@code true} if listed
     */
    public boolean hasAction(String action) {
        return action != null && actions.contains(action);
    }

    /**
     * The regions in which the service accepts requests.
     *
     * @return an unmodifiable set
     */
    public Set<String> regions() {
        return regions;
    }

    /**
     * How many requests a second each action accepts.
     *
     * @return the limit, 0 for none
     */
    public int rateLimitPerSecond() {
        return rateLimitPerSecond;
    }

    /**
     * The service's own error catalogues, besides the {@linkplain CommonError common codes} every API 3.0 service
     * can return.
     *
     * <pre>{@code
     * ServiceDescription.streamLive().errorCatalogues(); // [the StreamLiveError catalogue]
     * }</pre>
     *
     * @return the catalogues, in the order registered
     */
    public List<ErrorCatalogue<?>> errorCatalogues() {
        return errorCatalogues;
    }

    /**
     * Every code this service can answer: the 26 common codes, then each of its catalogues' codes that is not a
     * common one.
     *
     * @return the codes, without duplicates by wire code
     */
    public List<ErrorCode> errors() {
        Map<String, ErrorCode> byCode = new LinkedHashMap<>();
        for (CommonError e : CommonError.values()) {
            byCode.put(e.code(), e);
        }
        for (ErrorCatalogue<?> catalogue : errorCatalogues) {
            for (ErrorCode e : catalogue.all()) {
                byCode.putIfAbsent(e.code(), e);
            }
        }
        dataCodes().forEach(byCode::putIfAbsent);
        return List.copyOf(byCode.values());
    }

    /** The codes the contract declares, as plain codes with a description that says whose they are. */
    private Map<String, ErrorCode> dataCodes() {
        Map<String, ErrorCode> codes = dataCodes;
        if (codes == null) {
            Map<String, ErrorCode> made = new LinkedHashMap<>();
            contract().ifPresent(c -> {
                for (String code : c.codes()) {
                    made.put(code, describedCode(code));
                }
                for (String action : actions) {
                    c.findAction(action)
                            .ifPresent(a ->
                                    a.productErrors().forEach(code -> made.computeIfAbsent(code, this::describedCode)));
                }
            });
            codes = Collections.unmodifiableMap(made);
            dataCodes = codes;
        }
        return codes;
    }

    private ErrorCode describedCode(String code) {
        return ErrorCode.of(code, "Error " + code + " of " + name + " (Tencent publishes no message for it).");
    }

    /** Each action's documented product codes: those the contract lists, then those the builder declared. */
    private Map<String, List<String>> actionErrors() {
        Map<String, List<String>> ae = actionErrors;
        if (ae == null) {
            Map<String, List<String>> made = new LinkedHashMap<>();
            contract().ifPresent(c -> {
                for (String action : actions) {
                    c.findAction(action).ifPresent(a -> made.put(action, a.productErrors()));
                }
            });
            made.putAll(declaredActionErrors);
            ae = Collections.unmodifiableMap(made);
            actionErrors = ae;
        }
        return ae;
    }

    /**
     * The service's contract: each action's input and output structures, default answers and documented errors.
     *
     * <pre>{@code
     * ServiceDescription.streamLive().contract().orElseThrow().action("CreateStreamLiveInput").input();
     * }</pre>
     *
     * @return the contract, if the service has one
     */
    public java.util.Optional<ServiceContract> contract() {
        ServiceContract c = contract;
        if (c == null && contractSource != null) {
            synchronized (this) {
                c = contract;
                if (c == null) {
                    c = contractSource.get();
                    contract = c;
                }
            }
        }
        return java.util.Optional.ofNullable(c);
    }

    /**
     * The codes one action can return: the 26 common codes, then the product codes its documentation lists (as
     * catalogued codes where a catalogue has them).
     *
     * <pre>{@code
     * ServiceDescription.streamLive().errorsOf("DeleteStreamLiveChannel"); // common codes + InvalidParameter.StateError, ...
     * }</pre>
     *
     * @param action the action
     * @return the codes, without duplicates by wire code
     * @throws IllegalArgumentException if the service has no such action
     */
    public List<ErrorCode> errorsOf(String action) {
        if (!hasAction(action)) {
            throw new IllegalArgumentException(
                    "service " + name + " has no action " + (action == null ? "null" : "\"" + action + "\"")
                            + "; its actions: " + String.join(", ", actions));
        }
        Map<String, ErrorCode> byCode = new LinkedHashMap<>();
        for (CommonError e : CommonError.values()) {
            byCode.put(e.code(), e);
        }
        for (String code : actionErrors().getOrDefault(action, List.of())) {
            byCode.putIfAbsent(code, findError(code).orElseGet(() -> ErrorCode.of(code)));
        }
        return List.copyOf(byCode.values());
    }

    /**
     * Looks up a wire code among the common codes, then the service's catalogues.
     *
     * <pre>{@code
     * ServiceDescription.streamLive().findError("InvalidParameter.NotFound"); // Optional[StreamLiveError...]
     * }</pre>
     *
     * @param wireCode for example {@code "AuthFailure.SignatureFailure"}
     * @return the catalogued code, if any
     */
    public java.util.Optional<ErrorCode> findError(String wireCode) {
        if (wireCode == null) {
            return java.util.Optional.empty();
        }
        java.util.Optional<ErrorCode> common = CommonError.fromCode(wireCode).map(e -> e);
        if (common.isPresent()) {
            return common;
        }
        for (ErrorCatalogue<?> catalogue : errorCatalogues) {
            java.util.Optional<? extends ErrorCode> found = catalogue.find(wireCode);
            if (found.isPresent()) {
                return java.util.Optional.of(found.get());
            }
        }
        return java.util.Optional.ofNullable(dataCodes().get(wireCode));
    }

    @Override
    public String toString() {
        return name + " " + version + " (" + actions.size() + " actions, " + regions.size() + " regions)";
    }

    /** Builds a {@link ServiceDescription}. */
    public static final class Builder {
        private final String name;
        private final String version;
        private final Map<String, List<String>> groups = new LinkedHashMap<>();
        private final List<String> regions = new ArrayList<>();
        private int rateLimitPerSecond;
        private final List<ErrorCatalogue<?>> errorCatalogues = new ArrayList<>();
        private final Map<String, List<String>> actionErrors = new LinkedHashMap<>();
        private ServiceContract contract;
        private Supplier<ServiceContract> contractSource;

        private Builder(String name, String version) {
            this.name = name;
            this.version = version;
        }

        /**
         * Adds a group of actions.
         *
         * @param group the group name
         * @param actions its actions
         * @return this builder
         * @throws IllegalArgumentException when a name is blank or an action is listed twice
         */
        public Builder group(String group, String... actions) {
            requireText(group, "group name");
            List<String> list = groups.computeIfAbsent(group, k -> new ArrayList<>());
            for (String a : actions) {
                requireText(a, "action name");
                if (groups.values().stream().anyMatch(l -> l.contains(a))) {
                    throw new IllegalArgumentException("action \"" + a + "\" is listed twice");
                }
                list.add(a);
            }
            return this;
        }

        /**
         * Adds regions.
         *
         * @param regions region names, for example {@code "ap-guangzhou"}
         * @return this builder
         */
        public Builder regions(String... regions) {
            for (String r : regions) {
                this.regions.add(requireText(r, "region"));
            }
            return this;
        }

        /**
         * Sets the per-action rate limit.
         *
         * @param perSecond requests a second, 0 for none
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public Builder rateLimitPerSecond(int perSecond) {
            if (perSecond < 0) {
                throw new IllegalArgumentException("rate limit must not be negative, but was " + perSecond);
            }
            this.rateLimitPerSecond = perSecond;
            return this;
        }

        /**
         * Adds an error catalogue of the service's own codes; the common codes need no registration.
         *
         * <pre>{@code
         * ServiceDescription.builder("cvm", "2017-03-12")
         *         .group("Instances", "DescribeInstances", "RunInstances")
         *         .errors(ErrorCatalogue.of(CvmError.class))
         *         .build();
         * }</pre>
         *
         * @param catalogue the catalogue
         * @return this builder
         * @throws IllegalArgumentException if the catalogue is null or already added
         */
        public Builder errors(ErrorCatalogue<?> catalogue) {
            if (catalogue == null) {
                throw new IllegalArgumentException("error catalogue must not be null");
            }
            if (errorCatalogues.stream().anyMatch(c -> c.type() == catalogue.type())) {
                throw new IllegalArgumentException("error catalogue " + catalogue + " is added twice");
            }
            errorCatalogues.add(catalogue);
            return this;
        }

        /**
         * Gives the service a contract: requests are then checked against it, success answers take its shape, and
         * each action's documented errors come from it (unless {@link #actionErrors} names them).
         *
         * <pre>{@code
         * builder.contract(ServiceContract.load(getClass().getResourceAsStream("/cvm-2017-03-12.json")));
         * }</pre>
         *
         * @param contract the contract
         * @return this builder
         * @throws IllegalArgumentException if the contract is null
         */
        public Builder contract(ServiceContract contract) {
            if (contract == null) {
                throw new IllegalArgumentException("contract must not be null");
            }
            this.contract = contract;
            this.contractSource = null;
            return this;
        }

        /** A contract read on first use (StreamLive's). */
        Builder contractSource(Supplier<ServiceContract> source) {
            this.contractSource = source;
            return this;
        }

        /**
         * Lists the product error codes an action's documentation names, besides the common codes.
         *
         * <pre>{@code
         * builder.actionErrors("RunInstances", "InvalidParameter.InstanceNameTooLong", "ResourceInsufficient");
         * }</pre>
         *
         * @param action the action, which must be in a group already
         * @param codes its documented product codes
         * @return this builder
         * @throws IllegalArgumentException if the action is not listed in a group, or a code is blank
         */
        public Builder actionErrors(String action, String... codes) {
            requireText(action, "action name");
            if (groups.values().stream().noneMatch(l -> l.contains(action))) {
                throw new IllegalArgumentException(
                        "action \"" + action + "\" is not in any group; add it with group(...) first");
            }
            List<String> list = actionErrors.computeIfAbsent(action, k -> new ArrayList<>());
            for (String c : codes) {
                list.add(requireText(c, "error code"));
            }
            return this;
        }

        /**
         * Builds the description.
         *
         * @return the description
         * @throws IllegalArgumentException when no action was added, or {@link #actionErrors} names a code that is
         *     neither common nor in an added catalogue
         */
        public ServiceDescription build() {
            if (groups.values().stream().allMatch(List::isEmpty) && contract == null && contractSource == null) {
                throw new IllegalArgumentException("service " + name + " needs at least one action");
            }
            actionErrors.forEach((action, codes) -> {
                for (String code : codes) {
                    boolean known = CommonError.fromCode(code).isPresent()
                            || errorCatalogues.stream()
                                    .anyMatch(c -> c.find(code).isPresent());
                    if (!known) {
                        throw new IllegalArgumentException("actionErrors(\"" + action + "\", ...) names \"" + code
                                + "\", which is neither a common code nor in the catalogues added with errors(...)"
                                + (errorCatalogues.isEmpty() ? " (none was added)" : ": " + errorCatalogues)
                                + "; a misspelt code would silently feed parameterized tests");
                    }
                }
            });
            return new ServiceDescription(this);
        }
    }
}
