package io.github.tctestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.wiremock.TencentCloudApiTest.Scope;
import java.io.IOException;
import java.net.ConnectException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** The extension's lifecycle, run through JUnit's own engine on fixture classes. */
class LifecycleTest {

    static final Map<String, List<Integer>> PORTS = new ConcurrentHashMap<>();
    static final Map<String, List<String>> SEEN = new ConcurrentHashMap<>();
    static final Map<String, TencentCloudApi> HANDLES = new ConcurrentHashMap<>();

    static EngineExecutionResults run(Class<?>... classes) {
        EngineTestKit.Builder kit = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.conditions.deactivate", "*");
        for (Class<?> c : classes) {
            kit.selectors(selectClass(c));
        }
        return kit.execute();
    }

    static void note(String key, TencentCloudApi api) {
        PORTS.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(api.port());
    }

    static String answerCode(TencentCloudApi api, String action) throws IOException, InterruptedException {
        return HandleBehaviourTest.code(HandleBehaviourTest.call(api, action));
    }

    static void seen(String key, String value) {
        SEEN.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(value);
    }

    // ------------------------------------------------------------------ class scope

    @TencentCloudApiTest(services = "mdl", service = TestService.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    @Execution(ExecutionMode.SAME_THREAD)
    static class ClassScopeTestCases {
        static TencentCloudApi fromBeforeAll;

        @BeforeAll
        static void configureForEveryTest(TencentCloudApi api) {
            fromBeforeAll = api;
            api.givenSuccess("DescribeStreamLiveRegions");
            note("class", api);
        }

        @Test
        @Order(1)
        void first(TencentCloudApi api) throws Exception {
            note("class", api);
            api.givenError(CommonError.INTERNAL_ERROR);
            seen("class", answerCode(api, "StartStreamLiveChannel"));
            seen("class", answerCode(api, "DescribeStreamLiveRegions"));
        }

        @Test
        @Order(2)
        void second(TencentCloudApi api) throws Exception {
            note("class", api);
            seen("class", answerCode(api, "StartStreamLiveChannel"));
            seen("class", answerCode(api, "DescribeStreamLiveRegions"));
            seen("class", "requests=" + api.requestCount());
        }
    }

    @Test
    void classScopeSharesOneServerButNotTheAnswers() throws Exception {
        run(ClassScopeTestCases.class)
                .testEvents()
                .assertStatistics(s -> s.succeeded(2).failed(0));

        assertThat(PORTS.get("class"))
                .hasSize(3)
                .containsOnly(PORTS.get("class").get(0));
        assertThat(SEEN.get("class"))
                .containsExactly(
                        // first: the test's answer for every action wins over @BeforeAll's answer for one action
                        "InternalError",
                        "InternalError",
                        // second: the first test's answers are gone; @BeforeAll's remain
                        TencentCloudApi.NO_ANSWER_CODE,
                        "(success)",
                        "requests=2");
        int port = PORTS.get("class").get(0);
        assertThatThrownBy(() -> new java.net.Socket("127.0.0.1", port).close())
                .as("the server is stopped after the class")
                .isInstanceOf(ConnectException.class);
        assertThatThrownBy(ClassScopeTestCases.fromBeforeAll::endpoint)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the server of class ClassScopeTestCases) has stopped");
    }

    @TencentCloudApiTest(services = "mdl", service = TestService.class)
    static class StaleHandleTestCases {
        static TencentCloudApi fromBeforeAll;

        @BeforeAll
        static void keep(TencentCloudApi api) {
            fromBeforeAll = api;
        }

        @Test
        void first(TencentCloudApi api) {
            HANDLES.put("stale", api);
        }
    }

    @Test
    void aHandleRefusesToWorkAfterItsTest() {
        run(StaleHandleTestCases.class)
                .testEvents()
                .assertStatistics(s -> s.succeeded(1).failed(0));
        TencentCloudApi stale = HANDLES.get("stale");

        assertThatThrownBy(() -> stale.givenError(CommonError.INTERNAL_ERROR))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("This TencentCloudApi handle belongs to StaleHandleTestCases.first")
                .hasMessageContaining("which has ended")
                .hasMessageContaining("declare a TencentCloudApi parameter");
        assertThatThrownBy(() -> StaleHandleTestCases.fromBeforeAll.requests())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has stopped");
    }

    // ------------------------------------------------------------------ method scope

    @TencentCloudApiTest(services = "mdl", service = TestService.class, scope = Scope.METHOD)
    @Execution(ExecutionMode.CONCURRENT)
    static class MethodScopeTestCases {
        @RepeatedTest(4)
        void each(TencentCloudApi api) throws Exception {
            note("method", api);
            api.givenError(CommonError.RESOURCE_IN_USE);
            seen("method", answerCode(api, "X"));
        }
    }

    @Test
    void methodScopeGivesEachTestItsOwnServer() {
        run(MethodScopeTestCases.class)
                .testEvents()
                .assertStatistics(s -> s.succeeded(4).failed(0));

        assertThat(PORTS.get("method")).hasSize(4).doesNotHaveDuplicates();
        assertThat(SEEN.get("method")).containsOnly("ResourceInUse").hasSize(4);
    }

    @TencentCloudApiTest(services = "mdl", service = TestService.class, scope = Scope.METHOD)
    static class MethodScopeBeforeAllTestCases {
        @BeforeAll
        static void tooEarly(TencentCloudApi api) {}

        @Test
        void test() {}
    }

    @Test
    void methodScopeRefusesInjectionBeforeAnyTest() {
        run(MethodScopeBeforeAllTestCases.class)
                .containerEvents()
                .failed()
                .assertThatEvents()
                .singleElement()
                .satisfies(e -> assertThat(thrown(e))
                        .isInstanceOf(ParameterResolutionException.class)
                        .hasMessageContaining("scope = Scope.METHOD")
                        .hasMessageContaining("use Scope.CLASS"));
    }

    // ------------------------------------------------------------------ global scope

    @TencentCloudApiTest(services = "mdl", service = TestService.class, scope = Scope.GLOBAL)
    static class GlobalOneTestCases {
        @Test
        void test(TencentCloudApi api) throws Exception {
            note("global", api);
            api.givenError(CommonError.LIMIT_EXCEEDED);
            seen("global", answerCode(api, "X"));
        }
    }

    @TencentCloudApiTest(services = "mdl", service = TestService.class, scope = Scope.GLOBAL)
    static class GlobalTwoTestCases {
        @Test
        void test(TencentCloudApi api) throws Exception {
            note("global", api);
            seen("global", answerCode(api, "X"));
        }
    }

    @Test
    void globalScopeSharesOneServerAcrossClassesButNotTheAnswers() {
        run(GlobalOneTestCases.class, GlobalTwoTestCases.class)
                .testEvents()
                .assertStatistics(s -> s.succeeded(2).failed(0));

        assertThat(PORTS.get("global"))
                .hasSize(2)
                .containsOnly(PORTS.get("global").get(0));
        assertThat(SEEN.get("global")).containsExactlyInAnyOrder("LimitExceeded", TencentCloudApi.NO_ANSWER_CODE);
    }

    @TencentCloudApiTest(services = "mdl", service = TestService.class, scope = Scope.GLOBAL)
    static class GlobalBeforeAllTestCases {
        @BeforeAll
        static void configure(TencentCloudApi api) {
            api.givenSuccess("X");
        }

        @Test
        void test() {}
    }

    @Test
    void globalScopeRefusesConfigurationOutsideTests() {
        run(GlobalBeforeAllTestCases.class)
                .containerEvents()
                .failed()
                .assertThatEvents()
                .singleElement()
                .satisfies(e -> assertThat(thrown(e))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("Scope.GLOBAL")
                        .hasMessageContaining("configure answers inside a test"));
    }

    // ------------------------------------------------------------------ nested classes

    @TencentCloudApiTest(services = "mdl", service = TestService.class)
    static class OuterTestCases {
        @Test
        void outer(TencentCloudApi api) {
            note("nested", api);
        }

        @Nested
        class Inner {
            @Test
            void inner(TencentCloudApi api) {
                note("nested", api);
            }
        }
    }

    @Test
    void nestedClassesUseTheirEnclosingClassServer() {
        run(OuterTestCases.class)
                .testEvents()
                .assertStatistics(s -> s.succeeded(2).failed(0));
        assertThat(PORTS.get("nested"))
                .hasSize(2)
                .containsOnly(PORTS.get("nested").get(0));
    }

    @TencentCloudApiTest(services = "mdl", service = TestService.class)
    static class OuterWithStrictNestedTestCases {
        @Test
        void outer(TencentCloudApi api) throws Exception {
            note("nestedOwn", api);
            seen("nestedOwn", "outer " + answerCode(api, "X"));
        }

        @Nested
        @TencentCloudApiTest(services = "mdl", service = TestService.class, strict = true)
        class StrictInner {
            @Test
            void inner(TencentCloudApi api) throws Exception {
                note("nestedOwn", api);
                seen("nestedOwn", "inner " + answerCode(api, "X"));
            }
        }
    }

    @Test
    void aNestedClassWithItsOwnAnnotationGetsItsOwnServerWithItsSettings() {
        run(OuterWithStrictNestedTestCases.class)
                .testEvents()
                .assertStatistics(s -> s.succeeded(2).failed(0));
        assertThat(PORTS.get("nestedOwn")).hasSize(2).doesNotHaveDuplicates();
        assertThat(SEEN.get("nestedOwn"))
                .hasSize(2)
                .contains("outer " + TencentCloudApi.NO_ANSWER_CODE)
                .anySatisfy(v -> assertThat(v).startsWith("inner AuthFailure."));
    }

    // ------------------------------------------------------------------ concurrency within one class

    @TencentCloudApiTest(services = "mdl", service = TestService.class)
    @Execution(ExecutionMode.CONCURRENT)
    static class ConcurrentMethodsTestCases {
        @RepeatedTest(12)
        void each(TencentCloudApi api, org.junit.jupiter.api.RepetitionInfo info) throws Exception {
            String mine = "Own" + info.getCurrentRepetition();
            api.givenSuccess(mine, "{\"Mine\":\"" + mine + "\"}");
            for (int i = 0; i < 5; i++) {
                ApiResponse r =
                        ApiResponse.parse(HandleBehaviourTest.call(api, mine).body());
                seen("concurrent", r.field("Mine").map(n -> n.asText()).orElse("misrouted") + "/" + mine);
                Thread.sleep(2);
            }
        }
    }

    @Test
    void testsSharingAServerTakeTurnsAndNeverSeeEachOthersAnswers() {
        run(ConcurrentMethodsTestCases.class)
                .testEvents()
                .assertStatistics(s -> s.succeeded(12).failed(0));

        assertThat(SEEN.get("concurrent"))
                .hasSize(60)
                .allSatisfy(v -> assertThat(v.split("/")[0]).isEqualTo(v.split("/")[1]));
    }

    // ------------------------------------------------------------------ argument sources

    @TencentCloudApiTest(services = "mdl", service = TestService.class)
    static class FilteredErrorsTestCases {
        @ParameterizedTest
        @AllCommonErrors(categories = "AuthFailure", exclude = CommonError.AUTH_MFA_FAILURE)
        void auth(CommonError error) {
            seen("filtered", error.code());
        }

        @ParameterizedTest
        @AllStreamLiveErrors(excludeCategories = "InvalidParameter")
        void streamLive(io.github.tctestkit.core.StreamLiveError error) {
            seen("filtered", error.code());
        }
    }

    @Test
    void argumentSourcesFilterByCategoryAndCode() {
        run(FilteredErrorsTestCases.class)
                .testEvents()
                .assertStatistics(s -> s.succeeded(7).failed(0));
        assertThat(SEEN.get("filtered"))
                .containsExactlyInAnyOrder(
                        "AuthFailure.InvalidSecretId",
                        "AuthFailure.SecretIdNotFound",
                        "AuthFailure.SignatureExpire",
                        "AuthFailure.SignatureFailure",
                        "AuthFailure.TokenFailure",
                        "AuthFailure.UnauthorizedOperation",
                        "InternalError");
    }

    static class BadFilterTestCases {
        @ParameterizedTest
        @AllCommonErrors(categories = "AuthFailures")
        void typo(CommonError error) {}
    }

    @Test
    void anUnknownCategoryIsNamedWithTheValidOnes() {
        run(BadFilterTestCases.class)
                .containerEvents()
                .failed()
                .assertThatEvents()
                .singleElement()
                .satisfies(e -> assertThat(thrown(e))
                        .hasMessageContaining("@AllCommonErrors names category \"AuthFailures\"")
                        .hasMessageContaining("Categories: AuthFailure, DryRunOperation"));
    }

    static Throwable thrown(Event event) {
        return event.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                .orElseThrow();
    }
}
