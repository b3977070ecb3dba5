package io.github.tctestkit.wiremock.internal;

import io.github.tctestkit.core.ServiceRegistry;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import io.github.tctestkit.wiremock.TencentCloudApiTest.Scope;
import io.github.tctestkit.wiremock.internal.coverage.CoverageRun;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit Jupiter extension behind {@link TencentCloudApiTest}. Not API: register it through the annotation.
 *
 * <p>State: servers live in the store of the annotated class's context (or the root context for {@link Scope#GLOBAL},
 * or the test's for {@link Scope#METHOD}); each running test's lease lives in the test's store. JUnit closes both.
 * The root store also holds the {@link CoverageRun} that writes the contract coverage report when the run ends.
 */
public final class TencentCloudApiExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(TencentCloudApiExtension.class);
    private static final String SERVER = "server";
    private static final String LEASE = "lease";

    /** Invoked by JUnit Jupiter through {@code @ExtendWith}. */
    public TencentCloudApiExtension() {}

    @Override
    public void beforeAll(ExtensionContext context) {
        CoverageRun.register(context); // the contract coverage report, written when the run ends
        Settings settings = settings(context);
        if (settings.scope != Scope.METHOD) {
            server(context, settings); // start before @BeforeAll methods, so the first test pays nothing extra
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        lease(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Lease lease = context.getStore(NAMESPACE).remove(LEASE, Lease.class);
        if (lease != null) {
            lease.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == TencentCloudApi.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
        if (context.getTestMethod().isPresent()) {
            Lease lease = lease(context);
            return new ApiHandle(lease.server, lease.layer);
        }
        Settings settings = settings(context);
        if (settings.scope == Scope.METHOD) {
            throw new ParameterResolutionException("Cannot inject TencentCloudApi into "
                    + parameterContext.getDeclaringExecutable() + ": with @TencentCloudApiTest(scope = Scope.METHOD)"
                    + " each test gets its own server, so none exists outside a test. Declare the parameter on the"
                    + " test or a @BeforeEach method, or use Scope.CLASS.");
        }
        return ApiHandle.unbound(server(context, settings));
    }

    private Lease lease(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        Lease existing = store.get(LEASE, Lease.class);
        if (existing != null) {
            return existing;
        }
        Settings settings = settings(context);
        StubServer server = settings.scope == Scope.METHOD
                ? store.getOrComputeIfAbsent(
                        SERVER + "@" + context.getUniqueId(), // stores are inherited: the key must be this test's
                        k -> StubServer.start("the server of test " + testName(context), true, settings.gateway()),
                        StubServer.class)
                : server(context, settings);
        Lease lease = new Lease(server, server.beginTest(testName(context)));
        store.put(LEASE, lease);
        return lease;
    }

    private static String testName(ExtensionContext context) {
        String cls = context.getTestClass().map(Class::getSimpleName).orElse("?");
        return cls + "." + context.getTestMethod().map(m -> m.getName()).orElse("?") + " [" + context.getDisplayName()
                + "]";
    }

    private StubServer server(ExtensionContext context, Settings settings) {
        if (settings.scope == Scope.GLOBAL) {
            return context.getRoot()
                    .getStore(NAMESPACE)
                    .getOrComputeIfAbsent(
                            SERVER + "-" + settings.gateway(),
                            k -> StubServer.start(
                                    "the server shared by the whole test run (Scope.GLOBAL, " + settings.gateway()
                                            + ")",
                                    false,
                                    settings.gateway()),
                            StubServer.class);
        }
        ExtensionContext owner = settings.owner;
        String name = "the server of class " + owner.getRequiredTestClass().getSimpleName();
        // a store sees its parents' values: key by the owner, so that an annotated @Nested class gets its own server
        return owner.getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        SERVER + "@" + owner.getUniqueId(),
                        k -> StubServer.start(name, true, settings.gateway()),
                        StubServer.class);
    }

    /** The nearest enclosing context whose class carries the annotation, and its settings. */
    private static Settings settings(ExtensionContext context) {
        ExtensionContext outermostClass = null;
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Optional<Class<?>> type = c.getTestClass();
            if (type.isEmpty() || c.getTestMethod().isPresent()) {
                continue;
            }
            Optional<TencentCloudApiTest> annotation =
                    AnnotationSupport.findAnnotation(type.get(), TencentCloudApiTest.class);
            if (annotation.isPresent()) {
                TencentCloudApiTest a = annotation.get();
                ServiceRegistry services;
                try {
                    services = ServedServices.of(
                            a.services(),
                            a.service(),
                            "@TencentCloudApiTest on " + type.get().getName());
                } catch (IllegalArgumentException e) {
                    throw new ExtensionConfigurationException(e.getMessage(), e);
                }
                return new Settings(
                        c,
                        a.scope(),
                        new GatewaySettings(
                                a.verifySignatures(),
                                a.strict(),
                                a.validateRequests(),
                                a.strictTypes(),
                                a.nestedRequired(),
                                services,
                                a.stateful()));
            }
            outermostClass = c;
        }
        if (outermostClass == null) {
            throw new ExtensionConfigurationException(
                    "TencentCloudApiExtension needs a test class: register it with @TencentCloudApiTest on the class");
        }
        return new Settings(outermostClass, Scope.CLASS, GatewaySettings.OFF);
    }

    private record Settings(ExtensionContext owner, Scope scope, GatewaySettings gateway) {}

    /** One test's hold on a server; closing it ends the test there. */
    @SuppressWarnings("deprecation")
    private static final class Lease implements AutoCloseable, ExtensionContext.Store.CloseableResource {
        final StubServer server;
        final ScopeState layer;
        private boolean closed;

        Lease(StubServer server, ScopeState layer) {
            this.server = server;
            this.layer = layer;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                server.endTest(layer);
            }
        }
    }
}
