package io.github.tctestkit.wiremock;

import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.ServiceDescription;
import java.time.Duration;
import java.util.List;

/**
 * The handle narrowed to one service, for actions whose name several services share ({@code DescribeInstances}
 * belongs to cvm, redis, lighthouse and ten more) and for answers that should apply to one service only.
 *
 * <pre>{@code
 * api.service("cvm").givenSuccess("DescribeInstances").with("TotalCount", 1);
 * api.service("cvm").givenError(ErrorCode.of("InvalidInstanceId.NotFound")).forAction("StartInstances");
 * api.service("vpc").givenError(CommonError.REQUEST_LIMIT_EXCEEDED);        // every vpc action, no other service
 * assertThat(api.service("cvm").requests("RunInstances")).hasSize(1);
 * }</pre>
 *
 * <p>Obtain it with {@link TencentCloudApi#service(String)}. Answers configured through it follow the same rules as
 * the handle's (most recent first, dropped when the test ends); an answer for one service's action comes before
 * nothing else than by being more recent.
 */
public interface ServiceApi {

    /**
     * The service's description; where several versions are served, the newest.
     *
     * @return the description
     */
    ServiceDescription description();

    /**
     * From now on, answer every request for this service with this error's envelope.
     *
     * @param error the error, any service's code or {@code ErrorCode.of("...")}
     * @return the stubbing, to narrow to an action of this service
     * @throws IllegalArgumentException when {@code error} is null
     */
    Stubbing givenError(ErrorCode error);

    /**
     * From now on, answer every request for this service with this error's envelope and message.
     *
     * @param error the error
     * @param message the {@code Error.Message} to send
     * @return the stubbing
     * @throws IllegalArgumentException when an argument is null
     */
    Stubbing givenError(ErrorCode error, String message);

    /**
     * Answer this service's {@code action} with its documented default success (see {@link
     * TencentCloudApi#givenSuccess(String)}).
     *
     * @param action an action of this service
     * @return the stubbing
     * @throws IllegalArgumentException when the service has no such action, naming the closest ones
     */
    SuccessStubbing givenSuccess(String action);

    /**
     * Answer this service's {@code action} with these payload fields, checked against its output structure.
     *
     * @param action an action of this service
     * @param payloadJson a JSON object of payload fields, without {@code RequestId}
     * @return the stubbing
     * @throws IllegalArgumentException when the action is unknown or the payload does not fit its output structure
     */
    SuccessStubbing givenSuccess(String action, String payloadJson);

    /**
     * Answer this service's requests with a broken response.
     *
     * @param fault what to break
     * @return the stubbing
     * @throws IllegalArgumentException when {@code fault} is null
     */
    Stubbing givenFault(Fault fault);

    /**
     * The codes one action of this service can return: the common codes plus those its documentation lists.
     *
     * @param action an action of this service
     * @return the codes
     * @throws IllegalArgumentException when the service has no such action
     */
    List<ErrorCode> errorsOf(String action);

    /**
     * The requests routed to this service in this test, oldest first.
     *
     * @return a snapshot
     */
    List<RecordedRequest> requests();

    /**
     * The requests for one action of this service in this test, oldest first.
     *
     * @param action the action name
     * @return a snapshot
     */
    List<RecordedRequest> requests(String action);

    /**
     * The resources of one type of this service on a {@linkplain TencentCloudApiTest#stateful() stateful} fake, to
     * seed and read: {@code vpc} has {@code Vpc}, {@code Subnet} and {@code SecurityGroup}, {@code cvm} has {@code
     * Instance}, {@code cbs} has {@code Disk}; a service turned on with {@link #inferState()} has the types it
     * returns.
     *
     * <pre>{@code
     * String vpcId = api.service("vpc").resources("Vpc").put("{\"VpcName\": \"main\", \"CidrBlock\": \"10.0.0.0/16\"}");
     * List<String> instances = api.service("cvm").resources("Instance").inRegion("ap-shanghai").list();
     * }</pre>
     *
     * @param type the resource type, for example {@code "Instance"}
     * @return a view of the handle's account in {@value Resources#DEFAULT_REGION}
     * @throws IllegalStateException when the fake is not stateful, or this service keeps no resources
     * @throws IllegalArgumentException when the service has no such type, naming its types
     */
    Resources resources(String type);

    /**
     * How long this service's timed transitions take on the {@linkplain TencentCloudApi#clock() server clock}: with
     * zero (each test's default) {@code RunInstances} answers instances that Describe already shows {@code RUNNING};
     * with a delay they show {@code PENDING} (and {@code STOPPING}, {@code STARTING}, {@code ATTACHING}...) until the
     * clock has moved past it, and a step taken meanwhile gets the product's code for that state.
     *
     * <pre>{@code
     * api.service("cvm").transitionDelay(Duration.ofSeconds(30));
     * // RunInstances, then StartInstances: UnsupportedOperation.InstanceStatePending
     * api.clock().advance(Duration.ofSeconds(30));   // now RUNNING
     * }</pre>
     *
     * @param delay zero or more
     * @throws IllegalStateException when the fake is not stateful, or this service keeps no resources
     * @throws IllegalArgumentException when {@code delay} is null or negative
     */
    void transitionDelay(Duration delay);

    /**
     * Turns on state by convention for this service, for this test: resources whose actions follow the create /
     * describe / delete naming ({@code CreateCluster}, {@code DescribeClusters}, {@code DeleteCluster}) live between
     * calls, where the contract shows it safely (docs/inferred-state.md lists the services and resources, and
     * docs/stateful.md what is emulated). Off by default; each test starts with it off again (on a {@link
     * TencentCloudEmulator}'s handle, which belongs to no test, it stays on until the emulator closes). vpc, cvm and
     * cbs keep their own, fuller emulation; answers configured with {@code givenSuccess}, {@code givenError} or {@code
     * givenFault} still come first.
     *
     * <pre>{@code
     * @TencentCloudApiTest(strict = true, stateful = true)
     * class ClustersTest {
     *     @Test
     *     void createdClustersAreListed(TencentCloudApi api) {
     *         api.service("tcaplusdb").inferState();   // [Cluster, ...]
     *         // CreateCluster answers a fresh ClusterId; DescribeClusters lists it; DeleteCluster removes it
     *         assertThat(api.service("tcaplusdb").resources("Cluster").list()).isEmpty();
     *     }
     * }
     * }</pre>
     *
     * @return the resource types that now live between calls, for example {@code [Cluster, ...]}; for vpc, cvm and cbs
     *     their declared types
     * @throws IllegalStateException when the fake is not stateful, or when no resource of this service can be inferred
     *     safely (the message says why, per noun)
     */
    List<String> inferState();
}
