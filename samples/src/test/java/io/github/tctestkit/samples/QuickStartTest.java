package io.github.tctestkit.samples;

// README.md shows this file whole, from the tag on.
// tag::quickstart[]
import static io.github.tctestkit.assertions.TencentCloudSdkAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import org.junit.jupiter.api.Test;

@TencentCloudApiTest // a fake Tencent Cloud on 127.0.0.1, injected as TencentCloudApi
class QuickStartTest {

    @Test
    void theSdkSeesTheErrorTheCloudSends(TencentCloudApi api) {
        api.givenError(CommonError.AUTH_SIGNATURE_FAILURE);

        HttpProfile http = new HttpProfile();
        http.setEndpoint(api.endpoint()); // where the fake cloud listens
        http.setProtocol("http://");
        ClientProfile profile = new ClientProfile(ClientProfile.SIGN_TC3_256, http);
        Credential key = new Credential("AKIDexample", "secret");
        CommonClient sdk = new CommonClient("mdl", "2020-03-26", key, "ap-guangzhou", profile);

        TencentCloudSDKException e =
                assertThrows(TencentCloudSDKException.class, () -> sdk.call("DescribeStreamLiveChannels", "{}"));

        assertThat(e).failedWith(CommonError.AUTH_SIGNATURE_FAILURE).hasUuidRequestId();
    }
}
// end::quickstart[]
