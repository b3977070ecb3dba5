package io.github.tctestkit.wiremock;

import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.wiremock.internal.TencentCloudApiExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against a fake Tencent Cloud: a WireMock server on 127.0.0.1 and a free port,
 * preloaded with an envelope for every {@linkplain io.github.tctestkit.core.CommonError common} and {@linkplain
 * io.github.tctestkit.core.StreamLiveError StreamLive} error code, and injects a {@link TencentCloudApi} handle into
 * any test method, lifecycle method or constructor that declares a parameter of that type.
 *
 * <pre>{@code
 * @TencentCloudApiTest
 * class ChannelClientTest {
 *
 *     @ParameterizedTest
 *     @AllCommonErrors
 *     void surfacesEveryCommonError(CommonError error, TencentCloudApi api) {
 *         api.givenError(error);
 *         ChannelClient client = new ChannelClient(api.endpoint());
 *         assertThatThrownBy(client::listChannels)
 *                 .isInstanceOf(ChannelClientException.class)
 *                 .hasFieldOrPropertyWithValue("code", error.code());
 *     }
 * }
 * }</pre>
 *
 * <h2>Lifecycle</h2>
 *
 * <ul>
 *   <li>{@link Scope#CLASS} (the default): one server per annotated class, started before its first test (and before
 *       {@code @BeforeAll} methods) and stopped after its last; {@code @Nested} classes use their enclosing class's
 *       server. The endpoint stays the same for the whole class, so a client built in {@code @BeforeAll} works in
 *       every test.
 *   <li>{@link Scope#GLOBAL}: one server for the whole test run, shared by every class that asks for it, stopped when
 *       the run ends. Saves start-up time; answers can only be configured inside tests.
 *   <li>{@link Scope#METHOD}: a new server for every test method. Costs a server start per test; lets the methods of
 *       one class run in parallel.
 * </ul>
 *
 * <p>Answers configured and requests recorded during a test belong to that test and are gone when it ends. Answers
 * configured outside tests ({@code @BeforeAll}, a constructor) apply to every test of the class until the server
 * stops, below what each test configures itself.
 *
 * <h2>Parallel execution</h2>
 *
 * Safe with {@code junit.jupiter.execution.parallel.enabled=true}. Classes with their own servers run fully in
 * parallel. Tests that share one server take turns: each holds the server from just before its {@code @BeforeEach}
 * methods to just after its {@code @AfterEach} methods, so a request is never answered from another test's
 * configuration. To run the methods of one class concurrently, use {@link Scope#METHOD}.
 *
 * <h2>Strict mode</h2>
 *
 * With {@link #strict()} (or only {@link #verifySignatures()}) the server refuses requests for the reasons the real
 * gateway would, with the envelope the real service sends; {@link TencentCloudApi#lastRejection()} says why. Classes
 * that share a {@link Scope#GLOBAL} server must agree on these settings: each combination gets its own server.
 *
 * <p>The extension keeps all its state in JUnit's {@code ExtensionContext.Store}; servers are closed through it.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(TencentCloudApiExtension.class)
public @interface TencentCloudApiTest {

    /**
     * How long a server lives, and which tests share it.
     *
     * @return the scope; {@link Scope#CLASS} by default
     */
    Scope scope() default Scope.CLASS;

    /**
     * Whether the fake cloud checks authentication the way the real API 3.0 gateway does, before it looks for a
     * configured answer: TC3-HMAC-SHA256 and v1 (HmacSHA1, HmacSHA256) signatures against the accepted {@linkplain
     * TencentCloudApi#credentials() credentials}, SecretId shape and existence, the token of temporary credentials,
     * and a request timestamp within 5 minutes of the {@linkplain TencentCloudApi#clock() server's clock}. Off by
     * default, so simple tests stay simple.
     *
     * @return {@code true} to verify signatures
     */
    boolean verifySignatures() default false;

    /**
     * Whether the fake cloud emulates every check of the gateway: those of {@link #verifySignatures()}, plus the
     * HTTP method ({@code UnsupportedProtocol}), a missing action ({@code MissingParameter}), an action or version
     * the service does not have ({@code InvalidAction}, {@code NoSuchVersion}), a region outside its list ({@code
     * UnsupportedRegion}), the per-action rate limit ({@code RequestLimitExceeded}) and the request size limits.
     * Each request is routed to its service by version and action (see {@link #services()}).
     *
     * @return {@code true} for strict mode
     */
    boolean strict() default false;

    /**
     * Whether requests are checked against the service's contract, as the real gateway always does: a missing
     * required parameter ({@code MissingParameter}), one the action does not have ({@code UnknownParameter}), a value
     * of the wrong type ({@code InvalidParameter}), with the real gateway's exact messages. On in {@linkplain
     * #strict() strict mode}; this switches it on alone. The reasons in our words are in {@link
     * TencentCloudApi#lastRejection()}.
     *
     * @return {@code true} to check requests
     */
    boolean validateRequests() default false;

    /**
     * With request checks: whether a JSON string of digits is refused where the contract wants a number. Off by
     * default, because Tencent's own example requests send numbers as strings and the gateway accepts them.
     *
     * @return {@code true} for strict typing
     */
    boolean strictTypes() default false;

    /**
     * With request checks: whether the required members of nested structures are checked where the structure is
     * present. On by default; switch it off when a client leaves out members whose documentation marks them required
     * only in some cases (for example {@code AudioSelectorName}, required for push inputs only).
     *
     * @return {@code false} to check top-level required members only
     */
    boolean nestedRequired() default true;

    /**
     * The built-in services to serve, by name (the first label of their endpoints); every built-in service (156
     * versions of 140 services) when empty. Narrowing helps where an action name is shared: {@code
     * DescribeInstances} of version 2017-03-12 is only cvm's, but with {@code services = {"cvm", "lighthouse"}} the
     * handle's {@code givenSuccess("DescribeInstances")} needs no {@code api.service("cvm")}.
     *
     * <pre>{@code
     * @TencentCloudApiTest(strict = true, services = {"cvm", "vpc"})
     * class DeploymentClientTest { ... }
     * }</pre>
     *
     * @return service names; none for every built-in service
     */
    String[] services() default {};

    /**
     * A user's own services, for private or newer APIs: classes with a no-argument constructor that supply a {@link
     * ServiceDescription} (name, version, actions, regions, error catalogues, contract). Alone, they are the only
     * services served; with {@link #services()}, they are served beside those (replacing a built-in one of the same
     * name and version).
     *
     * <pre>{@code
     * public final class Acme implements Supplier<ServiceDescription> {
     *     public ServiceDescription get() {
     *         return ServiceDescription.fromContract(
     *                 ServiceContract.load(Acme.class.getResourceAsStream("/acme-2024-01-01.json")));
     *     }
     * }
     *
     * @TencentCloudApiTest(service = Acme.class)
     * class AcmeClientTest { ... }
     * }</pre>
     *
     * @return the services' supplier classes; none by default
     */
    Class<? extends Supplier<ServiceDescription>>[] service() default {};

    /**
     * Whether StreamLive, VPC, CVM and CBS resources live between calls, the way moto and LocalStack fake AWS: create
     * an input, attach it to a channel, start the channel, describe it (running); create a VPC, a subnet, run
     * instances in it, attach a disk, stop and start them; each step taken in the wrong order fails with the
     * product's own documented code. VPC, CVM and CBS resources belong to the account of the request's SecretId and
     * to its region. Each test starts with no resources; seed and read them with {@link TencentCloudApi#streamLive()}
     * and {@link ServiceApi#resources(String) api.service("cvm").resources("Instance")}. Configured answers take
     * precedence over the state. Other services answer as without it. Off by default.
     *
     * <pre>{@code
     * @TencentCloudApiTest(strict = true, stateful = true, services = {"vpc", "cvm"})
     * }</pre>
     *
     * @return {@code true} for stateful StreamLive, VPC, CVM and CBS
     */
    boolean stateful() default false;

    /** How long a server lives, and which tests share it. */
    enum Scope {
        /** One server per test method. */
        METHOD,
        /** One server per annotated test class and its {@code @Nested} classes. */
        CLASS,
        /** One server for the whole test run. */
        GLOBAL
    }
}
