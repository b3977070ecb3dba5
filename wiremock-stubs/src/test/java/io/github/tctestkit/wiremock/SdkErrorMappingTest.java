package io.github.tctestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.StreamLiveError;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;

/** The real Tencent Cloud Java SDK, pointed at the extension, sees every preloaded error as the real cloud's. */
@TencentCloudApiTest
class SdkErrorMappingTest {

    static CommonClient sdkClient(TencentCloudApi api) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(api.endpoint());
        http.setProtocol("http://");
        http.setConnTimeout(5);
        http.setReadTimeout(10);
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        return new CommonClient(
                "mdl", "2020-03-26", new Credential("AKIDtestSecretId", "testSecretKey"), "ap-guangzhou", profile);
    }

    @ParameterizedTest
    @AllCommonErrors
    void sdkRaisesEveryCommonErrorWithItsCodeAndAUuidRequestId(CommonError error, TencentCloudApi api) {
        api.givenError(error);

        TencentCloudSDKException e = catchThrowableOfType(
                TencentCloudSDKException.class, () -> sdkClient(api).call("DescribeStreamLiveChannels", "{}"));

        assertThat(e.getErrorCode()).isEqualTo(error.code());
        assertThat(e.getMessage()).isEqualTo(error.description());
        assertThat(UUID.fromString(e.getRequestId()).toString()).isEqualTo(e.getRequestId());
        assertThat(api.requests()).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("DescribeStreamLiveChannels");
            assertThat(r.version()).contains("2020-03-26");
            assertThat(r.region()).contains("ap-guangzhou");
        });
    }

    @ParameterizedTest
    @AllStreamLiveErrors
    void sdkRaisesEveryStreamLiveError(StreamLiveError error, TencentCloudApi api) {
        api.givenError(error).forAction("CreateStreamLiveChannel");

        TencentCloudSDKException e = catchThrowableOfType(
                TencentCloudSDKException.class, () -> sdkClient(api).call("CreateStreamLiveChannel", "{}"));

        assertThat(e.getErrorCode()).isEqualTo(error.code());
        assertThat(e.getRequestId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }
}
