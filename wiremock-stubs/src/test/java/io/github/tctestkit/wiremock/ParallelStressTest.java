package io.github.tctestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.wiremock.TencentCloudApiTest.Scope;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Many fixture classes, run with classes and methods in parallel, each test configuring answers nobody else uses:
 * every answer a test receives must be its own. Isolated, so the wall time is the suite's own.
 */
@Isolated
class ParallelStressTest {

    static final int METHODS_PER_CLASS = 8;
    static final int REPETITIONS = 5;
    static final int REQUESTS_PER_TEST = 6;

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    static final AtomicInteger REQUESTS = new AtomicInteger();
    static final AtomicInteger TESTS_RUN = new AtomicInteger();
    static final Queue<String> MISROUTED = new ConcurrentLinkedQueue<>();

    /** Eight test methods, each repeated; every repetition is a test with its own answers. */
    abstract static class StressCases {
        @RepeatedTest(REPETITIONS)
        void m1(TencentCloudApi api, TestInfo info, RepetitionInfo rep) throws Exception {
            exercise(api, info, rep);
        }

        @RepeatedTest(REPETITIONS)
        void m2(TencentCloudApi api, TestInfo info, RepetitionInfo rep) throws Exception {
            exercise(api, info, rep);
        }

        @RepeatedTest(REPETITIONS)
        void m3(TencentCloudApi api, TestInfo info, RepetitionInfo rep) throws Exception {
            exercise(api, info, rep);
        }

        @RepeatedTest(REPETITIONS)
        void m4(TencentCloudApi api, TestInfo info, RepetitionInfo rep) throws Exception {
            exercise(api, info, rep);
        }

        @RepeatedTest(REPETITIONS)
        void m5(TencentCloudApi api, TestInfo info, RepetitionInfo rep) throws Exception {
            exercise(api, info, rep);
        }

        @RepeatedTest(REPETITIONS)
        void m6(TencentCloudApi api, TestInfo info, RepetitionInfo rep) throws Exception {
            exercise(api, info, rep);
        }

        @RepeatedTest(REPETITIONS)
        void m7(TencentCloudApi api, TestInfo info, RepetitionInfo rep) throws Exception {
            exercise(api, info, rep);
        }

        @RepeatedTest(REPETITIONS)
        void m8(TencentCloudApi api, TestInfo info, RepetitionInfo rep) throws Exception {
            exercise(api, info, rep);
        }
    }

    @TencentCloudApiTest(services = "mdl", service = TestService.class)
    @Execution(ExecutionMode.CONCURRENT)
    static class ClassScopeOneTestCases extends StressCases {}

    @TencentCloudApiTest(services = "mdl", service = TestService.class)
    @Execution(ExecutionMode.CONCURRENT)
    static class ClassScopeTwoTestCases extends StressCases {}

    @TencentCloudApiTest(services = "mdl", service = TestService.class, scope = Scope.METHOD)
    @Execution(ExecutionMode.CONCURRENT)
    static class MethodScopeOneTestCases extends StressCases {}

    @TencentCloudApiTest(services = "mdl", service = TestService.class, scope = Scope.METHOD)
    @Execution(ExecutionMode.CONCURRENT)
    static class MethodScopeTwoTestCases extends StressCases {}

    @TencentCloudApiTest(services = "mdl", service = TestService.class, scope = Scope.GLOBAL)
    @Execution(ExecutionMode.CONCURRENT)
    static class GlobalScopeOneTestCases extends StressCases {}

    @TencentCloudApiTest(services = "mdl", service = TestService.class, scope = Scope.GLOBAL)
    @Execution(ExecutionMode.CONCURRENT)
    static class GlobalScopeTwoTestCases extends StressCases {}

    static final List<Class<?>> FIXTURES = List.of(
            ClassScopeOneTestCases.class,
            ClassScopeTwoTestCases.class,
            MethodScopeOneTestCases.class,
            MethodScopeTwoTestCases.class,
            GlobalScopeOneTestCases.class,
            GlobalScopeTwoTestCases.class);

    /**
     * Configures three answers only this test uses, makes {@value #REQUESTS_PER_TEST} requests and notes every answer
     * that is not the one this test configured, and every recorded request that is not its own.
     */
    static void exercise(TencentCloudApi api, TestInfo info, RepetitionInfo rep) throws Exception {
        TESTS_RUN.incrementAndGet();
        String id = info.getTestClass().orElseThrow().getSimpleName().replace("TestCases", "") + "_"
                + info.getTestMethod().orElseThrow().getName() + "_r" + rep.getCurrentRepetition();
        String own = "Own" + id;
        String failing = "Fail" + id;
        ErrorCode anyCode = ErrorCode.of("TcStress.Any" + id);
        ErrorCode failCode = ErrorCode.of("TcStress.Fail" + id);
        api.givenError(anyCode);
        api.givenError(failCode, "message of " + id).forAction(failing);
        api.givenSuccess(own, "{\"Owner\":\"" + id + "\"}");

        // what another test configures, on this server or another: must never reach this test
        String foreign = "Own" + (id.endsWith("_r1") ? id.replace("_r1", "_r2") : id.replaceAll("_r\\d+$", "_r1"));
        expect(api, id, own, "owner " + id);
        expect(api, id, failing, "error " + failCode.code() + "/message of " + id);
        expect(api, id, "Unconfigured" + id, "error " + anyCode.code());
        expect(api, id, foreign, "error " + anyCode.code());
        expect(api, id, own, "owner " + id);
        expect(api, id, failing, "error " + failCode.code() + "/message of " + id);

        if (api.requestCount() != REQUESTS_PER_TEST) {
            MISROUTED.add(id + ": recorded " + api.requestCount() + " requests, made " + REQUESTS_PER_TEST);
        }
        for (RecordedRequest r : api.requests()) {
            if (!r.action().endsWith(id) && !r.action().equals(foreign)) {
                MISROUTED.add(id + ": recorded another test's request " + r);
            }
        }
    }

    private static void expect(TencentCloudApi api, String id, String action, String expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(api.baseUri())
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-TC-Action", action)
                .header("X-TC-Version", "2020-03-26")
                .POST(HttpRequest.BodyPublishers.ofString("{\"From\":\"" + id + "\"}"))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        REQUESTS.incrementAndGet();
        ApiResponse envelope = ApiResponse.parse(response.body());
        String got = envelope.error()
                .map(e -> "error " + e.code() + "/" + e.message())
                .orElseGet(() ->
                        "owner " + envelope.field("Owner").map(n -> n.asText()).orElse("(none)"));
        if (response.statusCode() != 200 || !(got.equals(expected) || got.startsWith(expected + "/"))) {
            MISROUTED.add(id + ": " + action + " answered HTTP " + response.statusCode() + " " + got + ", expected "
                    + expected);
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyTestGetsOnlyItsOwnAnswersUnderParallelLoad() {
        REQUESTS.set(0);
        TESTS_RUN.set(0);
        MISROUTED.clear();
        EngineTestKit.Builder kit = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.conditions.deactivate", "*")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "8");
        FIXTURES.forEach(c -> kit.selectors(selectClass(c)));

        long start = System.nanoTime();
        EngineExecutionResults results = kit.execute();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        int expectedTests = FIXTURES.size() * METHODS_PER_CLASS * REPETITIONS;
        System.out.printf(
                "FIGURES ParallelStressTest: classes=%d tests=%d (ran %d) requests=%d misrouted=%d wall=%d ms%n",
                FIXTURES.size(), expectedTests, TESTS_RUN.get(), REQUESTS.get(), MISROUTED.size(), millis);
        results.testEvents()
                .assertStatistics(s -> s.started(expectedTests)
                        .succeeded(expectedTests)
                        .failed(0)
                        .aborted(0));
        results.containerEvents().assertStatistics(s -> s.failed(0));
        assertThat(MISROUTED)
                .as("answers or records that belonged to another test")
                .isEmpty();
        assertThat(REQUESTS.get()).isEqualTo(expectedTests * REQUESTS_PER_TEST);
    }
}
