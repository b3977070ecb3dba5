package io.github.tctestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.wiremock.internal.TencentCloudApiExtension;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Ways to hold the extension wrong, and what users are told. */
class MisuseTest {

    static final Map<String, List<Integer>> PORTS = new ConcurrentHashMap<>();
    static final Map<String, List<String>> SEEN = new ConcurrentHashMap<>();

    static EngineExecutionResults run(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.conditions.deactivate", "*")
                .selectors(selectClass(fixture))
                .execute();
    }

    static void note(String key, TencentCloudApi api, String answer) {
        PORTS.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(api.port());
        if (answer != null) {
            SEEN.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(answer);
        }
    }

    static Throwable onlyFailure(EngineExecutionResults results) {
        return results.allEvents().failed().stream()
                .map(LifecycleTest::thrown)
                .reduce((a, b) -> {
                    throw new AssertionError("more than one failure: " + a + " / " + b);
                })
                .orElseThrow(() -> new AssertionError("nothing failed"));
    }

    // ------------------------------------------------------------------ a parameter of another type

    @TencentCloudApiTest(services = "mdl", service = TestService.class)
    static class StringParameterTestCases {
        @Test
        void wantsAString(String api) {}
    }

    @Test
    void aParameterOfAnotherTypeIsLeftToJUnitWhichSaysNoResolverTakesIt() {
        Throwable failure = onlyFailure(run(StringParameterTestCases.class));

        assertThat(failure)
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("No ParameterResolver registered for parameter [java.lang.String api]");
    }

    static class NotRegisteredTestCases {
        @Test
        void wantsTheHandle(TencentCloudApi api) {}
    }

    @Test
    void aHandleWithoutTheAnnotationIsReportedByJUnitNamingTheParameter() {
        // the extension is not registered at all, so the message is JUnit's: it names the parameter and its type
        Throwable failure = onlyFailure(run(NotRegisteredTestCases.class));

        assertThat(failure)
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining(
                        "No ParameterResolver registered for parameter [" + TencentCloudApi.class.getName() + " api]");
    }

    // ------------------------------------------------------------------ @ExtendWith instead of the annotation

    @ExtendWith(TencentCloudApiExtension.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class ExtendWithOnlyTestCases {
        @BeforeAll
        static void configure(TencentCloudApi api) {
            note("extendWith", api, null);
            api.givenSuccess("DescribeStreamLiveRegions");
        }

        @Test
        @Order(1)
        void first(TencentCloudApi api) throws Exception {
            api.givenError(CommonError.LIMIT_EXCEEDED).forAction("DescribeStreamLiveChannels");
            note("extendWith", api, LifecycleTest.answerCode(api, "DescribeStreamLiveChannels"));
            note("extendWith", api, LifecycleTest.answerCode(api, "DescribeStreamLiveRegions"));
        }

        @Test
        @Order(2)
        void second(TencentCloudApi api) throws Exception {
            note("extendWith", api, LifecycleTest.answerCode(api, "DescribeStreamLiveChannels"));
            assertThat(api.wireMock().getOptions().bindAddress()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void extendWithAloneWorksLikeTheAnnotationWithItsDefaults() throws Exception {
        run(ExtendWithOnlyTestCases.class).allEvents().assertStatistics(s -> s.failed(0));

        assertThat(PORTS.get("extendWith"))
                .hasSize(4)
                .containsOnly(PORTS.get("extendWith").get(0));
        assertThat(SEEN.get("extendWith"))
                .containsExactly("LimitExceeded", "(success)", TencentCloudApi.NO_ANSWER_CODE);
        ResourceLeakTest.assertRefused(PORTS.get("extendWith").get(0));
    }

    // ------------------------------------------------------------------ registered twice

    @Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @TencentCloudApiTest(services = "mdl", service = TestService.class)
    @interface FakeCloud {}

    @Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @TencentCloudApiTest(services = "mdl", service = TestService.class, strict = true)
    @interface StrictFakeCloud {}

    @FakeCloud
    @TencentCloudApiTest(services = "mdl", service = TestService.class)
    @ExtendWith(TencentCloudApiExtension.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class RegisteredThriceTestCases {
        @BeforeAll
        static void before(TencentCloudApi api) {
            note("twice", api, null);
        }

        @Test
        @Order(1)
        void first(TencentCloudApi api) throws Exception {
            api.givenError(CommonError.RESOURCE_IN_USE);
            note("twice", api, LifecycleTest.answerCode(api, "X"));
            note("twice", api, "requests=" + api.requestCount());
        }

        @Test
        @Order(2)
        void second(TencentCloudApi api) throws Exception {
            note("twice", api, LifecycleTest.answerCode(api, "X"));
            note("twice", api, "requests=" + api.requestCount());
        }
    }

    @Test
    void registeringTheExtensionSeveralTimesStillGivesOneServerAndOneLeasePerTest() {
        run(RegisteredThriceTestCases.class).allEvents().assertStatistics(s -> s.failed(0));

        assertThat(PORTS.get("twice"))
                .hasSize(5)
                .containsOnly(PORTS.get("twice").get(0));
        assertThat(SEEN.get("twice"))
                .containsExactly("ResourceInUse", "requests=1", TencentCloudApi.NO_ANSWER_CODE, "requests=1");
        ResourceLeakTest.assertRefused(PORTS.get("twice").get(0));
    }

    @StrictFakeCloud
    @TencentCloudApiTest(services = "mdl", service = TestService.class)
    static class ConflictingSettingsTestCases {
        @Test
        void unsigned(TencentCloudApi api) throws Exception {
            note("conflict", api, LifecycleTest.answerCode(api, "X"));
        }
    }

    @Test
    void withConflictingAnnotationsTheOneDirectlyOnTheClassWins() {
        run(ConflictingSettingsTestCases.class).allEvents().assertStatistics(s -> s.failed(0));

        // not strict: an unsigned request reaches the answers instead of failing authentication
        assertThat(SEEN.get("conflict")).containsExactly(TencentCloudApi.NO_ANSWER_CODE);
    }

    @TencentCloudApiTest(services = "mdl", service = TestService.class)
    static class AlsoRegisteredProgrammaticallyTestCases {
        @RegisterExtension
        static final TencentCloudApiExtension SECOND = new TencentCloudApiExtension();

        @Test
        void test(TencentCloudApi api) throws Exception {
            note("programmatic", api, LifecycleTest.answerCode(api, "X"));
        }
    }

    @Test
    void annotationPlusRegisterExtensionGivesTwoResolversWhichJUnitRefusesNamingBoth() {
        Throwable failure = onlyFailure(run(AlsoRegisteredProgrammaticallyTestCases.class));

        assertThat(failure)
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("Discovered multiple competing ParameterResolvers")
                .hasMessageContaining(TencentCloudApiExtension.class.getName());
    }
}
