package io.github.tctestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ErrorCatalogue;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.StreamLiveError;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineTestKit;

/** A service is one object: its description and catalogues drive the gateway, the lookups and the sources. */
class ServiceObjectTest {

    /** A small second service, as a user would add it. */
    enum DemoError implements ErrorCode {
        DEMO_BROKEN("ResourceUnavailable.DemoBroken", "the demo is broken");

        private final String code;
        private final String description;

        DemoError(String code, String description) {
            this.code = code;
            this.description = description;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String description() {
            return description;
        }
    }

    public static final class Demo implements Supplier<ServiceDescription> {
        @Override
        public ServiceDescription get() {
            return ServiceDescription.builder("demo", "2024-01-01")
                    .group("Things", "DescribeThings", "BreakThing")
                    .regions("ap-guangzhou")
                    .errors(ErrorCatalogue.of(DemoError.class))
                    .actionErrors("BreakThing", "ResourceUnavailable.DemoBroken")
                    .build();
        }
    }

    @Nested
    @TencentCloudApiTest(strict = true, service = Demo.class)
    class AnnotatedWithAService {

        @Test
        void theGatewayKnowsTheServicesActions(TencentCloudApi api) throws Exception {
            assertThat(api.service().name()).isEqualTo("demo");
            String unsignedUnknown = RawHttp.exchange(
                            api.port(), RawHttp.post(api.port(), "DescribeStreamLiveChannels", "{}"))
                    .body();
            assertThat(ApiResponse.parse(unsignedUnknown).error().orElseThrow().code())
                    .isEqualTo("AuthFailure.SignatureFailure");
        }

        @Test
        void theControlHeaderFindsTheServicesOwnCodes(TencentCloudApi api) throws Exception {
            assertThat(api.service().findError("ResourceUnavailable.DemoBroken"))
                    .contains(DemoError.DEMO_BROKEN);
            assertThat(api.service().errorsOf("BreakThing"))
                    .endsWith(DemoError.DEMO_BROKEN)
                    .hasSize(27);
            assertThat(api.service().errors()).hasSize(27);
        }
    }

    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    static class SourcesTestCases {
        @ParameterizedTest
        @AllErrorsOf(service = Demo.class, action = "BreakThing", categories = "ResourceUnavailable")
        void actionErrors(ErrorCode error) {
            SEEN.add("action:" + error.code());
        }

        @ParameterizedTest
        @AllErrorsOf(
                catalogue = {DemoError.class, StreamLiveError.class},
                only = "ResourceUnavailable.DemoBroken")
        void catalogueErrors(ErrorCode error) {
            SEEN.add("catalogue:" + error.code());
        }

        @ParameterizedTest
        @AllErrorsOf(excludeCategories = {"AuthFailure", "InvalidParameter", "InternalError"})
        void serviceErrors(ErrorCode error) {
            SEEN.add("service:" + error.code());
        }
    }

    static class BadSourcesTestCases {
        @ParameterizedTest
        @AllErrorsOf(only = "NoSuch.Code")
        void unknownCode(ErrorCode error) {}

        @ParameterizedTest
        @AllErrorsOf(action = "NoSuchAction")
        void unknownAction(ErrorCode error) {}
    }

    @Test
    void theGenericSourceServesAnyCatalogueServiceOrAction() {
        SEEN.clear();
        EngineTestKit.engine("junit-jupiter")
                .selectors(DiscoverySelectors.selectClass(SourcesTestCases.class))
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .execute()
                .testEvents()
                .assertStatistics(s -> s.failed(0));

        assertThat(SEEN)
                .contains("action:ResourceUnavailable.DemoBroken", "action:ResourceUnavailable")
                .containsOnlyOnce("catalogue:ResourceUnavailable.DemoBroken")
                .contains("service:" + CommonError.RESOURCE_NOT_FOUND.code())
                .noneMatch(s -> s.startsWith("service:AuthFailure"));
        assertThat(SEEN.stream().filter(s -> s.startsWith("action:"))).hasSize(2);
    }

    @Test
    void badFiltersAndActionsAreNamed() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(DiscoverySelectors.selectClass(BadSourcesTestCases.class))
                .execute()
                .allEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        finishedWithFailure(message(m -> m.startsWith("@AllErrorsOf() names code \"NoSuch.Code\","
                                        + " which is not among the codes it chooses from: AuthFailure.")
                                && m.contains("UnsupportedRegion"))))
                .haveExactly(
                        1,
                        finishedWithFailure(message(m ->
                                m.startsWith("@AllErrorsOf(action = \"NoSuchAction\"): no service built in has action"
                                        + " \"NoSuchAction\"; did you mean "))));
    }

    @Test
    void theStandAloneEmulatorAnswersAServiceWithoutContractWithEmptySuccessAndUnknownActionsWithInvalidAction()
            throws Exception {
        try (TencentCloudEmulator emulator =
                TencentCloudEmulator.builder().stateful(false).start()) {
            TencentCloudApi api = emulator.api();
            api.describeService(new Demo().get());

            String known = RawHttp.exchange(api.port(), RawHttp.post(api.port(), "DescribeThings", "{}"))
                    .body();
            String unknown = RawHttp.exchange(api.port(), RawHttp.post(api.port(), "NoSuchThing", "{}"))
                    .body();

            assertThat(ApiResponse.parse(known).isSuccess()).as(known).isTrue();
            assertThat(ApiResponse.parse(known).fieldNames()).isEmpty();
            assertThat(ApiResponse.parse(unknown).error().orElseThrow().code()).isEqualTo("InvalidAction");
            assertThat(ApiResponse.parse(unknown).error().orElseThrow().message())
                    .isEqualTo("The action requested does not exist in any service served here (tctestkit).");
        }
    }
}
