package io.github.tctestkit.samples.acme;

import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThat;
import static io.github.tctestkit.assertions.TencentCloudSdkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.wiremock.AllErrorsOf;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The rest of {@link FeatureFlags}' contract against Acme's private service ({@link Acme}): every request and answer
 * checked against the contract file.
 */
@TencentCloudApiTest(strict = true, service = Acme.class)
class FeatureFlagsContractTest {

    static CommonClient sdk(TencentCloudApi api) {
        return FeatureFlagsTest.sdk(api);
    }

    @Test
    void theFakeCloudServesAcmeAlone(TencentCloudApi api) {
        assertThat(api.service().name()).isEqualTo("acme");
        assertThat(api.service().version()).isEqualTo("2024-01-01");
        assertThat(api.service().actions()).containsExactly("CreateFlag", "DescribeFlags", "ModifyFlag", "DeleteFlag");
        assertThat(api.services().names()).containsExactly("acme");
    }

    @Test
    void createsAFlagFromTheDefaultAnswer(TencentCloudApi api) throws Exception {
        api.givenSuccess("CreateFlag").with("Flag.Key", "dark-mode").with("Flag.Description", "Dark colours");

        Flag flag = new FeatureFlags(sdk(api)).create("dark-mode", "Dark colours");

        assertThat(flag)
                .isEqualTo(new Flag("dark-mode", "Dark colours", false, 0, LocalDateTime.of(2024, 1, 15, 9, 30)));
        assertThat(api.lastRequest())
                .hasAction("CreateFlag")
                .hasVersion("2024-01-01")
                .hasParameters("{\"Key\": \"dark-mode\", \"Description\": \"Dark colours\"}");
        assertThat(api.rejections()).isEmpty();
    }

    @Test
    void rollsAFlagOutAndBackWithTypedParameters(TencentCloudApi api) throws Exception {
        api.givenSuccess("ModifyFlag");
        FeatureFlags flags = new FeatureFlags(sdk(api));

        flags.rollOut("new-checkout", 25);
        flags.rollOut("new-checkout", 0);

        assertThat(api.requests("ModifyFlag").get(0))
                .hasParameter("Key", "new-checkout")
                .hasParameter("Enabled", true)
                .hasParameter("Rollout", 25);
        assertThat(api.requests("ModifyFlag").get(1))
                .hasParameter("Enabled", false)
                .hasParameter("Rollout", 0);
        assertThat(api.rejections()).isEmpty();
    }

    @Test
    void aMissingRequiredParameterIsRefusedWithTheGatewaysMessage(TencentCloudApi api) {
        api.givenSuccess("DeleteFlag");

        TencentCloudSDKException e =
                assertThrows(TencentCloudSDKException.class, () -> sdk(api).call("DeleteFlag", "{}"));

        assertThat(e)
                .failedWith(CommonError.MISSING_PARAMETER)
                .hasErrorMessage("The request is missing a required parameter `Key`.");
    }

    @Test
    void aValueOfTheWrongTypeIsRefused(TencentCloudApi api) {
        api.givenSuccess("ModifyFlag");

        TencentCloudSDKException e = assertThrows(
                TencentCloudSDKException.class,
                () -> sdk(api).call("ModifyFlag", "{\"Key\": \"new-checkout\", \"Rollout\": \"a quarter\"}"));

        assertThat(e).failedWith(CommonError.INVALID_PARAMETER);
        assertThat(api.lastRejection().orElseThrow().reason()).contains("Rollout");
    }

    @Test
    void anActionAcmeDoesNotHaveIsRefused(TencentCloudApi api) {
        TencentCloudSDKException e =
                assertThrows(TencentCloudSDKException.class, () -> sdk(api).call("ListFlags", "{}"));

        assertThat(e).failedWith(CommonError.INVALID_ACTION);
    }

    @Test
    void aPayloadAcmeCouldNeverSendIsRefusedAtOnce(TencentCloudApi api) {
        assertThatThrownBy(() -> api.givenSuccess("DescribeFlags").with("FlagSet.0.Enabled", "yes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FlagSet.0.Enabled");
        assertThatThrownBy(() -> api.givenSuccess("CreateFlag", "{\"Flag\": {\"Name\": \"dark-mode\"}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"Flag.Name\" is not a member of Flag");
    }

    @Test
    void modifyFlagsErrorsAreTheCommonCodesPlusTheDocumentedOnes(TencentCloudApi api) {
        List<ErrorCode> errors = api.errorsOf("ModifyFlag");

        assertThat(errors).hasSize(CommonError.values().length + 3);
        assertThat(errors.subList(CommonError.values().length, errors.size()))
                .extracting(ErrorCode::code)
                .containsExactly(
                        "FailedOperation.FlagLocked", "InvalidParameterValue.Rollout", "ResourceNotFound.Flag");
    }

    @ParameterizedTest
    @AllErrorsOf(
            service = Acme.class,
            categories = {"FailedOperation", "ResourceNotFound", "ResourceInUse"})
    void everyAcmeCodeOfTheseCategoriesReachesTheCaller(ErrorCode error, TencentCloudApi api) {
        api.givenError(error, "flag new-checkout: " + error.code()).forAction("DeleteFlag");

        TencentCloudSDKException e =
                assertThrows(TencentCloudSDKException.class, () -> new FeatureFlags(sdk(api)).delete("new-checkout"));

        assertThat(e).failedWith(error.code()).hasErrorMessage("flag new-checkout: " + error.code());
    }

    @Test
    void aLockedFlagCannotBeRolledOut(TencentCloudApi api) {
        api.givenError(ErrorCode.of("FailedOperation.FlagLocked"), "new-checkout is locked by the release team")
                .forAction("ModifyFlag");

        TencentCloudSDKException e = assertThrows(
                TencentCloudSDKException.class, () -> new FeatureFlags(sdk(api)).rollOut("new-checkout", 50));

        assertThat(e)
                .failedWith("FailedOperation.FlagLocked")
                .failedWithCodeOfKind(CommonError.FAILED_OPERATION)
                .hasErrorMessage("new-checkout is locked by the release team");
    }
}
