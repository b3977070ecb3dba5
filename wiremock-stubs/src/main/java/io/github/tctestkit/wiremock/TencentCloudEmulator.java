package io.github.tctestkit.wiremock;

import io.github.tctestkit.core.ServiceRegistry;
import io.github.tctestkit.core.signing.ApiCredentials;
import io.github.tctestkit.wiremock.internal.ApiHandle;
import io.github.tctestkit.wiremock.internal.GatewaySettings;
import io.github.tctestkit.wiremock.internal.InEffect;
import io.github.tctestkit.wiremock.internal.StubServer;

/**
 * The fake Tencent Cloud without JUnit: for other test frameworks and for benchmarks; the tctestkit-emulator jar runs
 * it as a stand-alone process for clients in any language.
 *
 * <pre>{@code
 * try (TencentCloudEmulator emulator = TencentCloudEmulator.start()) {
 *     TencentCloudApi api = emulator.api();
 *     api.givenSuccess("DescribeStreamLiveChannels", "{\"Infos\": []}");
 *     // point a client at api.endpoint() ...
 * }
 * }</pre>
 *
 * <p>The handle of an emulator is not bound to a test: what it configures stays until {@link TencentCloudApi#reset()}
 * or {@link #close()}.
 *
 * <p>Clients in other languages configure and inspect it over HTTP, through its control API under {@code
 * /_tctestkit/} (health, reset, the recorded requests and refusals, answers, state; see docs/control-api.md).
 * WireMock's own admin API ({@code /__admin}) is off unless {@link Builder#wiremockAdmin(boolean)} turns it on.
 */
public final class TencentCloudEmulator implements AutoCloseable {

    /**
     * The fixed test key pair that the gateway accepts unless {@link Builder#credentials(ApiCredentials)} chose
     * another (SecretId {@code AKIDtctestkit00000000000000000000000}; not a secret).
     */
    public static final ApiCredentials TEST_CREDENTIALS = InEffect.DEFAULT_CREDENTIALS;

    /**
     * A request header that makes the server answer with the named error after the gateway's checks, for clients in
     * any language: {@code X-TcTestKit-Error: AuthFailure.SignatureFailure}.
     */
    public static final String CHOOSE_ERROR_HEADER = StubServer.CHOOSE_ERROR_HEADER;

    private final StubServer server;
    private final TencentCloudApi api;

    private TencentCloudEmulator(StubServer server) {
        this.server = server;
        this.api = ApiHandle.unbound(server);
    }

    /**
     * Starts an emulator on 127.0.0.1 and a free port.
     *
     * @return the running emulator
     */
    public static TencentCloudEmulator start() {
        return start(0);
    }

    /**
     * Starts an emulator on 127.0.0.1 and the given port.
     *
     * @param port the port, 0 for any free one
     * @return the running emulator
     * @throws IllegalArgumentException when the port is outside 0 to 65535
     * @throws IllegalStateException when the server cannot start, for example because the port is taken
     */
    public static TencentCloudEmulator start(int port) {
        return builder().port(port).start();
    }

    /**
     * Starts configuring an emulator, for example one that checks signatures like the real gateway.
     *
     * <pre>{@code
     * TencentCloudEmulator strict = TencentCloudEmulator.builder().strict(true).start();
     * }</pre>
     *
     * @return a builder: free port, no gateway checks
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures and starts a {@link TencentCloudEmulator}. */
    public static final class Builder {
        private int port;
        private boolean verifySignatures;
        private boolean strict;
        private boolean validateRequests;
        private boolean strictTypes;
        private boolean stateful = true;
        private ServiceRegistry services = ServiceRegistry.builtIn();
        private ApiCredentials credentials = InEffect.DEFAULT_CREDENTIALS;
        private java.util.function.Consumer<Rejection> refusalListener;
        private boolean wiremockAdmin;
        private final java.util.List<String> inferState = new java.util.ArrayList<>();

        private Builder() {}

        /**
         * Turns on state by convention for these services for the emulator's life ({@link ServiceApi#inferState()}
         * does it for one test): their resources that follow the create / describe / delete naming live between calls
         * (docs/inferred-state.md lists them). The emulator must be {@link #stateful(boolean) stateful}.
         *
         * <pre>{@code
         * TencentCloudEmulator.builder().inferState("tcaplusdb", "tke").start();
         * TencentCloudEmulator.builder().inferState("all").start();   // every service that has such resources
         * }</pre>
         *
         * @param services service names, or {@code "all"}
         * @return this builder
         * @throws IllegalArgumentException when a name is null or blank
         */
        public Builder inferState(String... services) {
            for (String s : services) {
                if (s == null || s.isBlank()) {
                    throw new IllegalArgumentException("a service name must not be null or blank");
                }
                inferState.add(s.trim());
            }
            return this;
        }

        /**
         * Whether WireMock's own admin API ({@code /__admin/...}) answers over HTTP. It is off by default: every
         * admin request is refused with 403, so that nobody who reaches the port can add stubs, reset or stop the
         * emulator behind its control API ({@code /_tctestkit/}, see docs/control-api.md). Calls on {@code
         * api().wireMock()} in the same JVM work either way. Even with it on, the gateway's checks still run before
         * any stub answers.
         *
         * @param on {@code true} to let WireMock's admin API answer
         * @return this builder
         */
        public Builder wiremockAdmin(boolean on) {
            this.wiremockAdmin = on;
            return this;
        }

        /**
         * Tells a listener of every request the gateway refuses, for example to log it.
         *
         * <pre>{@code
         * TencentCloudEmulator.builder().strict(true).onRefusal(r -> log.warn("refused: {}", r)).start();
         * }</pre>
         *
         * @param listener called on the server's thread for each refusal; it must be quick and must not throw
         * @return this builder
         * @throws IllegalArgumentException if the listener is null
         */
        public Builder onRefusal(java.util.function.Consumer<Rejection> listener) {
            if (listener == null) {
                throw new IllegalArgumentException("listener must not be null");
            }
            this.refusalListener = listener;
            return this;
        }

        /**
         * The port on 127.0.0.1.
         *
         * @param port 0 (the default) for any free port, else 1 to 65535
         * @return this builder
         * @throws IllegalArgumentException when the port is outside 0 to 65535
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, but was " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Whether to verify signatures, as {@link TencentCloudApiTest#verifySignatures()} does.
         *
         * @param verify {@code true} to verify
         * @return this builder
         */
        public Builder verifySignatures(boolean verify) {
            this.verifySignatures = verify;
            return this;
        }

        /**
         * Whether to run every gateway check, as {@link TencentCloudApiTest#strict()} does.
         *
         * @param strict {@code true} for strict mode
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Whether to check requests against the service's contract, as {@link TencentCloudApiTest#validateRequests()}
         * does; on in strict mode anyway.
         *
         * @param validate {@code true} to check requests
         * @return this builder
         */
        public Builder validateRequests(boolean validate) {
            this.validateRequests = validate;
            return this;
        }

        /**
         * With request checks: whether a JSON string of digits is refused where a number belongs, as {@link
         * TencentCloudApiTest#strictTypes()} does.
         *
         * @param strictTypes {@code true} for strict typing
         * @return this builder
         */
        public Builder strictTypes(boolean strictTypes) {
            this.strictTypes = strictTypes;
            return this;
        }

        /**
         * Whether StreamLive, VPC, CVM and CBS resources live between calls (the default; VPC, CVM and CBS per account
         * and region), or every action of theirs answers its documented default answer whatever came before.
         *
         * @param stateful {@code false} for fixed default answers
         * @return this builder
         */
        public Builder stateful(boolean stateful) {
            this.stateful = stateful;
            return this;
        }

        /**
         * Serves only the built-in services of these names (every built-in service by default).
         *
         * <pre>{@code
         * TencentCloudEmulator.builder().services("cvm", "vpc", "cbs").start();
         * }</pre>
         *
         * @param names service names, for example {@code "cvm"}
         * @return this builder
         * @throws IllegalArgumentException when a name is not a built-in service, naming the closest ones
         */
        public Builder services(String... names) {
            this.services = ServiceRegistry.builtIn().only(names);
            return this;
        }

        /**
         * Serves these services (a registry of built-in ones, a user's own, or both).
         *
         * <pre>{@code
         * TencentCloudEmulator.builder().services(ServiceRegistry.builtIn().with(myService)).start();
         * }</pre>
         *
         * @param registry the services
         * @return this builder
         * @throws IllegalArgumentException when the registry is null
         */
        public Builder services(ServiceRegistry registry) {
            if (registry == null) {
                throw new IllegalArgumentException("services must not be null");
            }
            this.services = registry;
            return this;
        }

        /**
         * The key pair that the gateway accepts and {@link TencentCloudApi#credentials()} reports, instead of the
         * fixed test pair.
         *
         * @param credentials the pair to sign with
         * @return this builder
         * @throws IllegalArgumentException when the credentials are null
         */
        public Builder credentials(ApiCredentials credentials) {
            if (credentials == null) {
                throw new IllegalArgumentException("credentials must not be null");
            }
            this.credentials = credentials;
            return this;
        }

        /**
         * Starts the emulator.
         *
         * @return the running emulator
         * @throws IllegalStateException when the server cannot start, for example because the port is taken
         */
        public TencentCloudEmulator start() {
            StubServer server = StubServer.start(
                    "the tctestkit emulator",
                    port,
                    new GatewaySettings(
                            verifySignatures,
                            strict,
                            validateRequests,
                            strictTypes,
                            true,
                            services,
                            stateful,
                            credentials),
                    wiremockAdmin);
            server.onRefusal(refusalListener);
            try {
                applyInferState(server, inferState);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return new TencentCloudEmulator(server);
        }
    }

    private static void applyInferState(StubServer server, java.util.List<String> services) {
        if (services.isEmpty()) {
            return;
        }
        io.github.tctestkit.wiremock.internal.engine.Engine engine = server.engine();
        if (engine == null) {
            throw new IllegalStateException("inferState needs a stateful emulator, but stateful(false) was set");
        }
        for (String s : services) {
            if (s.equals("all")) {
                engine.inferStateForEveryService();
                engine.services(); // infers every service now (a few seconds), not on the first health check
            } else {
                engine.inferState(s, true);
            }
        }
    }

    /**
     * The handle that configures and inspects this emulator.
     *
     * @return the handle
     */
    public TencentCloudApi api() {
        return api;
    }

    /** Stops the server. Calling it again does nothing. */
    @Override
    public void close() {
        server.close();
    }
}
