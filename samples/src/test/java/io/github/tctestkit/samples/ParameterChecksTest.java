package io.github.tctestkit.samples;

// docs/strict-mode.md shows this file whole, from the tag on.
// tag::parameter-checks[]
import static io.github.tctestkit.assertions.TencentCloudSdkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import org.junit.jupiter.api.Test;

@TencentCloudApiTest(strict = true) // parameters are checked against StreamLive's contract, before any answer
class ParameterChecksTest {

    @Test
    void strictModeCatchesAMisspeltParameter(TencentCloudApi api) {
        api.givenSuccess("StartStreamLiveChannel");
        CommonClient sdk = StreamLiveSdk.client(api, 10);

        // a client bug: "Idd" instead of "Id"; the gateway refuses it before any configured answer
        TencentCloudSDKException e = assertThrows(
                TencentCloudSDKException.class, () -> sdk.call("StartStreamLiveChannel", "{\"Idd\":\"5F1E2A\"}"));

        assertThat(e)
                .failedWith(CommonError.UNKNOWN_PARAMETER)
                .hasErrorMessage("The parameter `Idd` is not recognized.");
        assertThat(api.lastRejection())
                .hasValueSatisfying(why -> assertThat(why.code()).isEqualTo("UnknownParameter"));
    }

    @Test
    void strictModeCatchesAMissingRequiredParameter(TencentCloudApi api) {
        api.givenSuccess("CreateStreamLiveInput");
        CommonClient sdk = StreamLiveSdk.client(api, 10);

        TencentCloudSDKException e = assertThrows(
                TencentCloudSDKException.class, () -> sdk.call("CreateStreamLiveInput", "{\"Type\":\"RTMP_PUSH\"}"));

        assertThat(e)
                .failedWith(CommonError.MISSING_PARAMETER)
                .hasErrorMessage("The request is missing a required parameter `Name`.");
    }
}
// end::parameter-checks[]
