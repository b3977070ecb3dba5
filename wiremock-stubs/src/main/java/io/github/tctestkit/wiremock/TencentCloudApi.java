package io.github.tctestkit.wiremock;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.ServiceRegistry;
import io.github.tctestkit.core.signing.ApiCredentials;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The handle on the fake Tencent Cloud that {@link TencentCloudApiTest @TencentCloudApiTest} injects into test
 * methods, lifecycle methods and constructors: where it listens, what it answers, and what it received.
 *
 * <pre>{@code
 * @TencentCloudApiTest
 * class ChannelClientTest {
 *     @Test
 *     void reportsThrottling(TencentCloudApi api) throws Exception {
 *         api.givenError(CommonError.REQUEST_LIMIT_EXCEEDED).forAction("DescribeStreamLiveChannels");
 *
 *         HttpProfile http = new HttpProfile();
 *         http.setEndpoint(api.endpoint());
 *         http.setProtocol("http://");
 *         // ... build the client under test, call it, assert on what it reports
 *
 *         assertThat(api.lastRequest().action()).isEqualTo("DescribeStreamLiveChannels");
 *     }
 * }
 * }</pre>
 *
 * <h2>What the server answers</h2>
 *
 * Every API 3.0 call is {@code POST /} (or {@code GET /}) with the action in {@code X-TC-Action}. For each request the
 * server takes the most recently configured answer that matches its action, first among those configured in the
 * running test, then among those configured outside tests (in {@code @BeforeAll} or a constructor). When nothing
 * matches it answers HTTP 200 with an error envelope whose code is {@value #NO_ANSWER_CODE} and whose message names
 * the action and says how to configure it: a test never passes by accident on an answer nobody chose. Envelopes come
 * with HTTP 200, as the real API sends them, and a fresh UUID RequestId each time.
 *
 * <h2>Isolation</h2>
 *
 * What a test configures, and the requests it records, are dropped when the test ends; a request the server
 * handles while a test runs is answered from that test's configuration only (see {@link TencentCloudApiTest} for how
 * tests that share a server take turns). A request still in flight when its test ends, for example one sent from a
 * background thread that the test did not wait for, is handled as part of whatever runs next on that server: wait
 * for your client's calls to finish inside the test.
 *
 * <p>Thread-safety: all methods may be called from any thread while the test runs.
 */
public interface TencentCloudApi {

    /**
     * The error code of the answer to a request for which nothing was configured.
     */
    String NO_ANSWER_CODE = "TcTestKit.NoAnswerConfigured";

    /**
     * Where the server listens, as {@code host:port} for the SDK's {@code HttpProfile.setEndpoint(...)} (with {@code
     * setProtocol("http://")}).
     *
     * @return for example {@code "127.0.0.1:53127"}
     */
    String endpoint();

    /**
     * The base URI, for hand-written clients.
     *
     * @return for example {@code http://127.0.0.1:53127/}
     */
    URI baseUri();

    /**
     * The port the server listens on (on the loopback address 127.0.0.1).
     *
     * @return the port
     */
    int port();

    /**
     * From now on, answer every request with this error's envelope (message: the code's description).
     *
     * @param error the error, for example {@code CommonError.AUTH_SIGNATURE_FAILURE}
     * @return the stubbing, to limit it to an action or a number of requests
     * @throws IllegalArgumentException when {@code error} is null
     */
    Stubbing givenError(ErrorCode error);

    /**
     * From now on, answer every request with this error's envelope and message.
     *
     * @param error the error
     * @param message the {@code Error.Message} to send
     * @return the stubbing
     * @throws IllegalArgumentException when an argument is null
     */
    Stubbing givenError(ErrorCode error, String message);

    /**
     * Answer requests for {@code action} with its default success answer: for an action in its service's contract
     * (every action of every built-in service), the official example filled out so that every member the documentation says is
     * always returned is present, with a fresh RequestId; for any other action, an envelope without payload fields.
     * Change what the test cares about with {@link SuccessStubbing#with(String, Object)}.
     *
     * <pre>{@code
     * api.givenSuccess("DescribeStreamLiveChannel").with("Info.State", "RUNNING");
     * }</pre>
     *
     * <p>The action must belong to exactly one service served; for a name several services share ({@code
     * DescribeInstances}) say which with {@link #service(String)}.
     *
     * @param action the action name
     * @return the stubbing
     * @throws IllegalArgumentException when {@code action} is null, blank, contains white space, is no action of a
     *     service served (the message names the closest ones) or belongs to several
     */
    SuccessStubbing givenSuccess(String action);

    /**
     * Answer requests for {@code action} with a success envelope holding these payload fields and a fresh RequestId.
     *
     * <pre>{@code
     * api.givenSuccess("DescribeStreamLiveChannels", "{\"Infos\": [{\"Id\": \"5F1E2A\"}]}");
     * }</pre>
     *
     * <p>For an action in the service's contract the payload is checked against the action's output structure: a
     * payload the real API could never return (a member it does not have, a value of the wrong type) is refused at
     * once, naming the path and the members that exist there. {@link #givenEnvelope(ApiResponse)} and {@link
     * #givenHttpResponse(int, String)} stay unchecked, for deliberate breakage.
     *
     * @param action the action name
     * @param payloadJson a JSON object of payload fields, without {@code RequestId}
     * @return the stubbing
     * @throws IllegalArgumentException when the action is invalid, {@code payloadJson} is not a JSON object of
     *     payload fields, or it does not fit the action's output structure
     */
    SuccessStubbing givenSuccess(String action, String payloadJson);

    /**
     * Answer with exactly this envelope, RequestId included (every request gets the same RequestId).
     *
     * @param envelope the envelope to send
     * @return the stubbing, for every action unless narrowed
     * @throws IllegalArgumentException when {@code envelope} is null
     */
    Stubbing givenEnvelope(ApiResponse envelope);

    /**
     * Answer with a broken response.
     *
     * @param fault what to break
     * @return the stubbing
     * @throws IllegalArgumentException when {@code fault} is null
     */
    Stubbing givenFault(Fault fault);

    /**
     * Answer with any HTTP status and body, for example a gateway error page.
     *
     * @param status the HTTP status, 100 to 599
     * @param body the body, sent as UTF-8
     * @return the stubbing
     * @throws IllegalArgumentException when the status is out of range or the body is null
     */
    Stubbing givenHttpResponse(int status, String body);

    /**
     * The requests received so far in this test (or, outside a test, outside any test), oldest first. At most
     * 10,000 are kept; past that the oldest are dropped and {@link #droppedRequestCount()} counts them.
     *
     * @return a snapshot
     */
    List<RecordedRequest> requests();

    /**
     * The requests received so far in this test for one action, oldest first.
     *
     * @param action the action name
     * @return a snapshot
     */
    List<RecordedRequest> requests(String action);

    /**
     * The most recent request of this test.
     *
     * @return the request
     * @throws IllegalStateException when no request has been received, saying so
     */
    RecordedRequest lastRequest();

    /**
     * How many requests were received in this test.
     *
     * @return the count, including dropped ones
     */
    int requestCount();

    /**
     * How many of this test's recorded requests were dropped because more than 10,000 were received.
     *
     * @return the count
     */
    int droppedRequestCount();

    /**
     * Forgets this test's answers and recorded requests, as if the test had just started.
     */
    void reset();

    /**
     * The credentials the emulated gateway accepts by default, when it verifies signatures: a fixed test pair
     * (SecretId {@code AKIDtctestkit00000000000000000000000}). Sign requests with them.
     *
     * @return the default test credentials
     */
    ApiCredentials credentials();

    /**
     * Makes the gateway accept more credentials; with a token ({@link ApiCredentials#withToken(String)}) they are
     * temporary credentials, and requests must carry that token in {@code X-TC-Token}. Added during a test, they are
     * forgotten when it ends.
     *
     * @param credentials the pair to accept
     * @throws IllegalArgumentException when {@code credentials} is null
     */
    void acceptCredentials(ApiCredentials credentials);

    /**
     * The server's clock, which the gateway checks request timestamps against and counts rate limits on.
     *
     * @return the clock
     */
    ServerClock clock();

    /**
     * Serves this one service instead of those the server serves (every built-in service unless narrowed): its
     * actions, version, regions, rate limit and contract. Set during a test, it is undone when the test ends.
     *
     * @param service the service description
     * @throws IllegalArgumentException when {@code service} is null
     */
    void describeService(ServiceDescription service);

    /**
     * Serves only the services of these names, from those the server serves. Set during a test, it is undone when
     * the test ends.
     *
     * <pre>{@code
     * api.serveOnly("cvm", "vpc"); // now a DescribeInstances request with version 2017-03-12 can only be cvm's
     * }</pre>
     *
     * @param names service names
     * @throws IllegalArgumentException when a name is not served, naming the closest ones
     */
    void serveOnly(String... names);

    /**
     * The one service served, where only one is (after {@link #describeService(ServiceDescription)}, or with
     * {@code @TencentCloudApiTest(service = ...)}).
     *
     * @return the service
     * @throws IllegalStateException when several are served: use {@link #services()} or {@link #service(String)}
     */
    ServiceDescription service();

    /**
     * The services served: every built-in Tencent Cloud service unless narrowed.
     *
     * <pre>{@code
     * api.services().withAction("DescribeInstances"); // the 13 service versions that have it
     * }</pre>
     *
     * @return the registry
     */
    ServiceRegistry services();

    /**
     * The handle narrowed to one service: for an action several services share, and for answers that apply to one
     * service only.
     *
     * <pre>{@code
     * api.service("cvm").givenSuccess("DescribeInstances").with("TotalCount", 0);
     * }</pre>
     *
     * @param name the service name, for example {@code "cvm"}
     * @return the narrowed handle
     * @throws IllegalArgumentException when no service of that name is served, naming the closest ones
     */
    ServiceApi service(String name);

    /**
     * The codes one action can return: the common codes plus the product codes its documentation lists. The action
     * must belong to one service served; for a shared name use {@link #service(String)}.
     *
     * <pre>{@code
     * api.errorsOf("RunInstances"); // 26 common codes + the ones cvm documents for RunInstances
     * }</pre>
     *
     * @param action the action
     * @return the codes
     * @throws IllegalArgumentException for an unknown action (naming the closest) or a shared one
     */
    List<ErrorCode> errorsOf(String action);

    /**
     * The requests the emulated gateway refused in this test, oldest first, with the reasons.
     *
     * @return a snapshot
     */
    List<Rejection> rejections();

    /**
     * The most recent refusal of this test.
     *
     * @return the rejection, or empty when the gateway refused nothing
     */
    Optional<Rejection> lastRejection();

    /**
     * The WireMock server underneath, for anything this handle does not offer. Stub mappings added here take
     * precedence over the answers configured through this handle; those added during a test are removed when it ends.
     *
     * @return the running server
     */
    WireMockServer wireMock();

    /**
     * The in-memory StreamLive of a {@linkplain TencentCloudApiTest#stateful() stateful} fake: seed resources before
     * the client runs, read what it created afterwards. State belongs to a region, and each test starts with none.
     *
     * <pre>{@code
     * @TencentCloudApiTest(stateful = true)
     * class ChannelWorkflowTest {
     *     @Test
     *     void startsAnIdleChannel(TencentCloudApi api) {
     *         var input = api.streamLive().givenInput("camera_1", List.of());
     *         var channel = api.streamLive().givenChannel("news", List.of(input.id()));
     *         client.start(channel.id());
     *         assertThat(api.streamLive().channels()).singleElement()
     *                 .extracting(StreamLiveResources.ChannelView::state).isEqualTo("RUNNING");
     *     }
     * }
     * }</pre>
     *
     * <p>Answers configured with {@link #givenError}, {@link #givenSuccess} or {@link #givenFault} take precedence over
     * the state, so an error can be injected in the middle of a workflow.
     *
     * @return the resources
     * @throws IllegalStateException if the fake is not stateful
     */
    StreamLiveResources streamLive();
}
