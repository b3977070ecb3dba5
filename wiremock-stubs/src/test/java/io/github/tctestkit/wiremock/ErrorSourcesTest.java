package io.github.tctestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.StreamLiveError;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.commons.PreconditionViolationException;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * {@link AllCommonErrors}, {@link AllStreamLiveErrors} and {@link AllErrorsOf} are complete parameterized tests: alone
 * they run once per code, and next to an explicit {@code @ParameterizedTest} still once per code, on every JUnit the
 * compat modules run this suite on.
 */
class ErrorSourcesTest {

    static final Map<String, List<String>> SEEN = new ConcurrentHashMap<>();

    static void seen(String key, ErrorCode error, TencentCloudApi api) {
        assertThat(api.port()).isPositive();
        SEEN.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(error.code());
    }

    /** A team's own shorthand, built on ours. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @AllCommonErrors(categories = "AuthFailure")
    @interface AuthErrors {}

    @TencentCloudApiTest
    static class Cases {
        @AllCommonErrors
        void bareCommon(CommonError error, TencentCloudApi api) {
            seen("bareCommon", error, api);
        }

        @ParameterizedTest
        @AllCommonErrors
        void explicitCommon(CommonError error, TencentCloudApi api) {
            seen("explicitCommon", error, api);
        }

        @AllCommonErrors
        @ParameterizedTest
        void explicitAfterCommon(CommonError error, TencentCloudApi api) {
            seen("explicitAfterCommon", error, api);
        }

        @ParameterizedTest(name = "{index}: {0}")
        @AllCommonErrors(categories = "AuthFailure")
        void explicitNamedCommon(CommonError error, TencentCloudApi api) {
            seen("explicitNamedCommon", error, api);
        }

        @AllStreamLiveErrors
        void bareStreamLive(StreamLiveError error, TencentCloudApi api) {
            seen("bareStreamLive", error, api);
        }

        @ParameterizedTest
        @AllStreamLiveErrors
        void explicitStreamLive(StreamLiveError error, TencentCloudApi api) {
            seen("explicitStreamLive", error, api);
        }

        @AllErrorsOf(action = "CreateStreamLiveInput")
        void bareErrorsOf(ErrorCode error, TencentCloudApi api) {
            seen("bareErrorsOf", error, api);
        }

        @ParameterizedTest
        @AllErrorsOf(action = "CreateStreamLiveInput")
        void explicitErrorsOf(ErrorCode error, TencentCloudApi api) {
            seen("explicitErrorsOf", error, api);
        }

        @AuthErrors
        void composed(CommonError error, TencentCloudApi api) {
            seen("composed", error, api);
        }

        @Test
        @AllCommonErrors(categories = "AuthFailure")
        void withTest(CommonError error, TencentCloudApi api) {
            seen("withTest", error, api);
        }
    }

    /** Without the extension: the guard does not need it. */
    static class WithoutTheExtensionCases {
        @Test
        @AllStreamLiveErrors(categories = "InternalError")
        void withTest(StreamLiveError error) {
            SEEN.computeIfAbsent("withTestAlone", k -> new CopyOnWriteArrayList<>())
                    .add(error.code());
        }
    }

    static EngineExecutionResults run(String method, Class<?>... parameterTypes) {
        return run(Cases.class, method, parameterTypes);
    }

    static EngineExecutionResults run(Class<?> type, String method, Class<?>... parameterTypes) {
        // each case records under its own key; the tests run concurrently, so clear only this case's
        SEEN.remove(type == Cases.class ? method : method + "Alone");
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.conditions.deactivate", "*")
                .selectors(selectMethod(type, method, names(parameterTypes)))
                .execute();
    }

    static String names(Class<?>... types) {
        return String.join(",", Arrays.stream(types).map(Class::getName).toList());
    }

    static List<String> invocationNames(EngineExecutionResults results) {
        return results.testEvents().started().stream()
                .map(Event::getTestDescriptor)
                .map(TestDescriptor::getDisplayName)
                .toList();
    }

    static List<String> codes(List<? extends ErrorCode> errors) {
        return errors.stream().map(ErrorCode::code).toList();
    }

    static List<String> numbered(List<String> codes) {
        return java.util.stream.IntStream.range(0, codes.size())
                .mapToObj(i -> "[" + (i + 1) + "] " + codes.get(i))
                .toList();
    }

    @Test
    void allCommonErrorsAloneRunsOncePerCodeNamedByTheCode() {
        List<String> all = codes(CommonError.catalogue().all());

        EngineExecutionResults results = run("bareCommon", CommonError.class, TencentCloudApi.class);

        results.testEvents()
                .assertStatistics(
                        s -> s.started(all.size()).succeeded(all.size()).failed(0));
        assertThat(SEEN.get("bareCommon")).containsExactlyElementsOf(all);
        assertThat(invocationNames(results))
                .containsExactlyElementsOf(numbered(all))
                .contains("[5] AuthFailure.SignatureFailure");
    }

    @Test
    void anExplicitParameterizedTestBeforeOrAfterStillRunsEachCodeOnce() {
        List<String> all = codes(CommonError.catalogue().all());

        for (String method : List.of("explicitCommon", "explicitAfterCommon")) {
            EngineExecutionResults results = run(method, CommonError.class, TencentCloudApi.class);

            results.testEvents()
                    .assertStatistics(
                            s -> s.started(all.size()).succeeded(all.size()).failed(0));
            assertThat(SEEN.get(method)).as(method).containsExactlyElementsOf(all);
            assertThat(results.containerEvents().failed().count()).isZero();
            // the explicit annotation names the invocations: JUnit's default shows the code as well
            assertThat(invocationNames(results))
                    .as(method)
                    .hasSize(all.size())
                    .allSatisfy(name -> assertThat(name).matches("\\[\\d+] .+"))
                    .anySatisfy(name -> assertThat(name).contains("AuthFailure.SignatureFailure"));
        }
    }

    @Test
    void theExplicitAnnotationsNameWins() {
        EngineExecutionResults results = run("explicitNamedCommon", CommonError.class, TencentCloudApi.class);

        results.testEvents().assertStatistics(s -> s.started(7).succeeded(7).failed(0));
        assertThat(invocationNames(results)).startsWith("1: AuthFailure.InvalidSecretId", "2: AuthFailure.MFAFailure");
    }

    @Test
    void allStreamLiveErrorsAloneAndWithTheExplicitAnnotationRunOncePerCode() {
        List<String> all = codes(StreamLiveError.catalogue().all());

        EngineExecutionResults bare = run("bareStreamLive", StreamLiveError.class, TencentCloudApi.class);
        EngineExecutionResults explicit = run("explicitStreamLive", StreamLiveError.class, TencentCloudApi.class);

        bare.testEvents()
                .assertStatistics(
                        s -> s.started(all.size()).succeeded(all.size()).failed(0));
        explicit.testEvents()
                .assertStatistics(
                        s -> s.started(all.size()).succeeded(all.size()).failed(0));
        assertThat(SEEN.get("bareStreamLive")).containsExactlyElementsOf(all);
        assertThat(SEEN.get("explicitStreamLive")).containsExactlyElementsOf(all);
        assertThat(invocationNames(bare)).containsExactlyElementsOf(numbered(all));
    }

    @Test
    void allErrorsOfAloneAndWithTheExplicitAnnotationRunOncePerCode() {
        EngineExecutionResults bare = run("bareErrorsOf", ErrorCode.class, TencentCloudApi.class);
        EngineExecutionResults explicit = run("explicitErrorsOf", ErrorCode.class, TencentCloudApi.class);

        List<String> codes = SEEN.get("bareErrorsOf");
        assertThat(codes)
                .hasSizeGreaterThan(CommonError.values().length)
                .doesNotHaveDuplicates()
                .containsAll(codes(CommonError.catalogue().all()));
        bare.testEvents()
                .assertStatistics(
                        s -> s.started(codes.size()).succeeded(codes.size()).failed(0));
        explicit.testEvents()
                .assertStatistics(
                        s -> s.started(codes.size()).succeeded(codes.size()).failed(0));
        assertThat(SEEN.get("explicitErrorsOf")).containsExactlyElementsOf(codes);
        assertThat(invocationNames(bare)).containsExactlyElementsOf(numbered(codes));
    }

    @Test
    void aComposedAnnotationOnTopOfOneRunsOncePerCodeToo() {
        EngineExecutionResults results = run("composed", CommonError.class, TencentCloudApi.class);

        results.testEvents().assertStatistics(s -> s.started(7).succeeded(7).failed(0));
        assertThat(SEEN.get("composed"))
                .containsExactlyElementsOf(codes(CommonError.catalogue().inCategory("AuthFailure")));
    }

    @Test
    void withTestAsWellTheParameterizedRunsPassAndThePlainRunFailsSayingToRemoveTest() {
        EngineExecutionResults results = run("withTest", CommonError.class, TencentCloudApi.class);

        // JUnit makes two tests of the method (and warns during discovery): ours, and a plain @Test
        results.testEvents().assertStatistics(s -> s.succeeded(7).failed(1));
        assertThat(SEEN.get("withTest")).hasSize(7);
        assertThat(MisuseTest.onlyFailure(results))
                .isInstanceOf(PreconditionViolationException.class)
                .hasMessage("@AllCommonErrors on withTest(CommonError, TencentCloudApi) already makes it a"
                        + " @ParameterizedTest that runs once per code; remove @Test from it. JUnit also ran it as a"
                        + " plain test, which has no error code to pass.");
    }

    @Test
    void theGuardWorksWithoutTheExtensionToo() {
        EngineExecutionResults results = run(WithoutTheExtensionCases.class, "withTest", StreamLiveError.class);

        results.testEvents().assertStatistics(s -> s.succeeded(1).failed(1));
        assertThat(MisuseTest.onlyFailure(results))
                .hasMessageStartingWith(
                        "@AllStreamLiveErrors on withTest(StreamLiveError) already makes it a" + " @ParameterizedTest")
                .hasMessageContaining("remove @Test from it");
    }
}
