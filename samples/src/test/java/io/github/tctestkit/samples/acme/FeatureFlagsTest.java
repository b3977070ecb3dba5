package io.github.tctestkit.samples.acme;

// tag::private-service-test[]
import static io.github.tctestkit.assertions.TencentCloudSdkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
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
 * {@link FeatureFlags} against Acme's private service alone, defined by its contract file ({@link Acme}): the default
 * answer is the contract's example, requests are checked against its structures with the real gateway's messages, and
 * each action's own error codes feed a parameterized test. More in {@link FeatureFlagsContractTest}.
 */
@TencentCloudApiTest(strict = true, service = Acme.class) // Acme's service only
class FeatureFlagsTest {

    static CommonClient sdk(TencentCloudApi api) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(api.endpoint());
        http.setProtocol("http://");
        Credential key =
                new Credential(api.credentials().secretId(), api.credentials().secretKey());
        return new CommonClient(
                "acme", "2024-01-01", key, "ap-guangzhou", new ClientProfile(ClientProfile.SIGN_TC3_256, http));
    }

    @Test
    void theDefaultAnswerIsTheContractsExample(TencentCloudApi api) throws Exception {
        api.givenSuccess("DescribeFlags");

        List<Flag> flags = new FeatureFlags(sdk(api)).describe("new-checkout");

        assertThat(flags)
                .containsExactly(new Flag(
                        "new-checkout", "The one-page checkout", true, 25, LocalDateTime.of(2024, 1, 15, 9, 30)));
    }

    @Test
    void theGatewayChecksParametersAgainstTheContract(TencentCloudApi api) {
        api.givenSuccess("ModifyFlag");

        TencentCloudSDKException e = assertThrows(
                TencentCloudSDKException.class, () -> sdk(api).call("ModifyFlag", "{\"Key\": \"a\", \"Rolout\": 5}"));

        assertThat(e)
                .failedWith(CommonError.UNKNOWN_PARAMETER)
                .hasErrorMessage("The parameter `Rolout` is not recognized.");
    }

    @ParameterizedTest
    @AllErrorsOf(service = Acme.class, action = "ModifyFlag") // the common codes + the 3 Acme documents for it
    void rollOutSurfacesEveryErrorOfModifyFlag(ErrorCode error, TencentCloudApi api) {
        api.givenError(error).forAction("ModifyFlag");

        TencentCloudSDKException e = assertThrows(
                TencentCloudSDKException.class, () -> new FeatureFlags(sdk(api)).rollOut("new-checkout", 25));

        assertThat(e).failedWith(error).hasUuidRequestId();
    }
}
// end::private-service-test[]
