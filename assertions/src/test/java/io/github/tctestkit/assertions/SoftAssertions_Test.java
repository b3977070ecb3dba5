package io.github.tctestkit.assertions;

import static io.github.tctestkit.assertions.Fixtures.SEED_ERROR;
import static io.github.tctestkit.assertions.Fixtures.SEED_SUCCESS;
import static io.github.tctestkit.assertions.Fixtures.expectAssertionError;
import static io.github.tctestkit.assertions.Fixtures.failure;
import static io.github.tctestkit.assertions.Fixtures.success;
import static org.assertj.core.api.BDDAssertions.then;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import io.github.tctestkit.core.CommonError;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.assertj.core.error.AssertJMultipleFailuresError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class SoftAssertions_Test {

    @Test
    void should_collect_several_failures_into_one_error() {
        // WHEN
        AssertionError error = expectAssertionError(() -> TencentCloudSoftAssertions.assertSoftly(softly -> {
            softly.assertThat(failure()).succeeded();
            softly.assertThat(success()).hasRequestId("other");
            softly.assertThat(success()).failedWith(CommonError.AUTH_SIGNATURE_FAILURE);
            softly.assertThat(success()).hasUuidRequestId(); // passes
            softly.assertThat(42).isZero(); // AssertJ's standard soft assertions are there too
        }));
        // THEN
        then(error).isInstanceOf(AssertJMultipleFailuresError.class);
        List<? extends Throwable> failures = ((AssertJMultipleFailuresError) error).getFailures();
        then(failures).hasSize(4);
        then(failures.get(0).getMessage()).contains("Expecting the call to have succeeded,");
        then(failures.get(1).getMessage()).contains("Expecting RequestId of the call:");
        then(failures.get(2).getMessage()).contains("but it succeeded.");
        then(failures.get(3).getMessage()).contains("42");
    }

    @Test
    void should_keep_navigation_soft() {
        // GIVEN
        TencentCloudSoftAssertions softly = new TencentCloudSoftAssertions();
        // WHEN
        softly.assertThat(success()).field("TotalCount").asLong().isEqualTo(1L);
        softly.assertThat(success()).field("InstanceStatusSet").isEqualToJson("[1]");
        softly.assertThat(failure()).error().hasErrorMessage("other");
        softly.assertThat(StubHttpResponse.of(200, SEED_SUCCESS)).envelope().hasRequestId("other");
        softly.assertThat(success()).field("TotalCount").asText().isEqualTo("0");
        // THEN
        List<AssertionError> errors = softly.assertionErrorsCollected();
        then(errors).hasSize(6);
        then(errors.get(0).getMessage()).contains("expected: 1L");
        then(errors.get(1).getMessage()).contains("Expecting JSON value at /Response/InstanceStatusSet:");
        then(errors.get(2).getMessage()).contains("Expecting error message of the call:");
        then(errors.get(3).getMessage()).contains("Expecting RequestId of the call:");
        then(errors.get(4).getMessage()).contains("to be a string, but it is an integral number.");
        then(errors.get(5).getMessage()).contains("expected: \"0\"").contains("but was: null");
    }

    @Test
    void should_collect_failed_navigation_instead_of_throwing() {
        // GIVEN
        TencentCloudSoftAssertions softly = new TencentCloudSoftAssertions();
        // WHEN
        softly.assertThat(success()).error().failedWithCategory("AuthFailure");
        softly.assertThatEnvelope("{\"Response\":{}}").succeeded();
        softly.assertThat(StubHttpResponse.of(502, "oops")).succeeded();
        // THEN
        List<AssertionError> errors = softly.assertionErrorsCollected();
        then(errors)
                .extracting(Throwable::getMessage)
                .allSatisfy(message -> then(message).isNotBlank());
        then(errors.get(0).getMessage()).contains("Expecting the call to have failed,");
        then(errors).anySatisfy(e -> then(e.getMessage()).contains("\"Response\" has no \"RequestId\""));
        then(errors).anySatisfy(e -> then(e.getMessage()).contains("Expecting HTTP status of the response:"));
    }

    @Test
    void should_let_chains_after_http_shortcuts_go_on_without_null_pointers() {
        // GIVEN
        TencentCloudSoftAssertions softly = new TencentCloudSoftAssertions();
        // WHEN
        softly.assertThat(StubHttpResponse.of(502, "oops")).succeeded().hasUuidRequestId();
        softly.assertThat(StubHttpResponse.of(200, SEED_ERROR)).succeeded().hasRequestId("other");
        softly.assertThat(StubHttpResponse.of(200, SEED_SUCCESS))
                .failedWith(CommonError.AUTH_SIGNATURE_FAILURE)
                .hasUuidRequestId();
        softly.assertThatEnvelope(SEED_ERROR.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .failedWith(CommonError.INTERNAL_ERROR);
        // THEN
        List<AssertionError> errors = softly.assertionErrorsCollected();
        then(errors).extracting(Throwable::getMessage).hasSize(6);
        then(errors.get(0).getMessage()).contains("Expecting HTTP status of the response:");
        then(errors.get(1).getMessage()).contains("Expecting actual not to be null");
        then(errors.get(2).getMessage()).contains("Expecting the call to have succeeded,");
        then(errors.get(3).getMessage()).contains("Expecting RequestId of the call:");
        then(errors.get(4).getMessage()).contains("but it succeeded.");
        then(errors.get(5).getMessage()).contains("\"InternalError\"");
    }

    @Test
    void should_keep_payload_binding_soft() {
        // GIVEN
        TencentCloudSoftAssertions softly = new TencentCloudSoftAssertions();
        // WHEN
        softly.assertThat(success())
                .payloadAs(ApiResponseAssert_payloadAs_Test.Instances.class)
                .isNull();
        softly.assertThat(success()).hasUuidRequestId();
        // THEN
        then(softly.assertionErrorsCollected())
                .singleElement()
                .satisfies(e -> then(e.getMessage())
                        .contains("expected: null")
                        .contains("but was: Instances[totalCount=0, instanceStatusSet=[]]"));
    }

    @Test
    void should_pass_when_everything_holds() {
        TencentCloudSoftAssertions.assertSoftly(softly -> {
            softly.assertThatEnvelope(SEED_ERROR).failedWith(CommonError.AUTH_SIGNATURE_FAILURE);
            softly.assertThat(failure()).error().failedWithCategory("AuthFailure");
            softly.assertThat(success()).field("TotalCount").asLong().isZero();
        });
    }

    @Test
    void should_work_with_assertj_soft_assertions_through_check() {
        // GIVEN
        SoftAssertions softly = new SoftAssertions();
        // WHEN
        softly.check(() -> TencentCloudAssertions.assertThat(failure()).succeeded());
        softly.check(() -> TencentCloudAssertions.assertThat(success()).hasRequestId("other"));
        softly.assertThat("text").isEmpty();
        // THEN
        then(softly.assertionErrorsCollected()).hasSize(3);
    }

    @Test
    void should_work_with_assertj_assert_softly_on_the_provider_class() {
        AssertionError error = expectAssertionError(() -> SoftAssertionsProvider.assertSoftly(
                TencentCloudSoftAssertions.class,
                softly -> softly.assertThat(failure()).succeeded()));
        then(error.getMessage()).contains("Expecting the call to have succeeded,");
    }

    @Test
    void should_compose_with_the_sdk_provider() {
        // GIVEN
        WithSdk softly = new WithSdk();
        // WHEN
        softly.assertThat(new TencentCloudSDKException("Not found.", "r-1", "InvalidParameter.NotFound"))
                .failedWith(CommonError.INTERNAL_ERROR)
                .hasRequestId("r-2");
        softly.assertThat(failure()).succeeded();
        // THEN
        then(softly.assertionErrorsCollected()).hasSize(3);
    }

    static class WithSdk extends TencentCloudSoftAssertions implements TencentCloudSdkSoftAssertionsProvider {}

    @Test
    void should_collect_failures_with_the_junit_extension_and_inject_soft_assertions() {
        // GIVEN
        List<Throwable> failures = new ArrayList<>();
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest()) {
                    result.getThrowable().ifPresent(failures::add);
                }
            }
        };
        // WHEN
        LauncherFactory.create()
                .execute(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(selectClass(ExtensionFixture.class))
                                .build(),
                        listener);
        // THEN
        then(failures).hasSize(1);
        then(failures.get(0)).isInstanceOf(AssertJMultipleFailuresError.class);
        List<? extends Throwable> collected = ((AssertJMultipleFailuresError) failures.get(0)).getFailures();
        then(collected).hasSize(3);
        then(collected.get(0).getMessage()).contains("Expecting the call to have succeeded,");
        then(collected.get(1).getMessage()).contains("Expecting the call to have failed with error code:");
        then(collected.get(2).getMessage()).contains("Expecting RequestId of the call:");
    }

    /** Run only through the launcher above: Surefire skips nested classes. */
    @ExtendWith(SoftAssertionsExtension.class)
    static class ExtensionFixture {

        @InjectSoftAssertions
        TencentCloudSoftAssertions softly;

        @Test
        void several_failures() {
            softly.assertThat(failure()).succeeded();
            softly.assertThat(success()).failedWith(CommonError.AUTH_SIGNATURE_FAILURE);
            softly.assertThat(success()).hasUuidRequestId();
            softly.assertThat(success()).hasRequestId("other");
        }
    }
}
