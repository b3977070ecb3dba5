package io.github.tctestkit.samples;

// docs/strict-mode.md shows this file whole, from the tag on.
// tag::strict-mode[]
import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThatEnvelope;
import static io.github.tctestkit.assertions.TencentCloudSdkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.signing.ApiCredentials;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import org.junit.jupiter.api.Test;

@TencentCloudApiTest(strict = true) // the gateway checks signatures, clocks, actions and regions like the real one
class StrictModeSampleTest {

    static CommonClient sdk(TencentCloudApi api, ApiCredentials key) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(api.endpoint());
        http.setProtocol("http://");
        Credential credential = new Credential(key.secretId(), key.secretKey());
        return new CommonClient(
                "mdl", "2020-03-26", credential, "ap-guangzhou", new ClientProfile(ClientProfile.SIGN_TC3_256, http));
    }

    @Test
    void acceptsRequestsSignedWithItsCredentials(TencentCloudApi api) throws Exception {
        api.givenSuccess("DescribeStreamLiveChannels", "{\"Infos\": []}");

        String body = sdk(api, api.credentials()).call("DescribeStreamLiveChannels", "{}");

        assertThatEnvelope(body).succeeded().hasUuidRequestId();
    }

    @Test
    void refusesAnotherKeyAndSaysWhy(TencentCloudApi api) {
        ApiCredentials wrongKey = ApiCredentials.of(api.credentials().secretId(), "not-the-secret-key");

        TencentCloudSDKException e = assertThrows(
                TencentCloudSDKException.class, () -> sdk(api, wrongKey).call("DescribeStreamLiveChannels", "{}"));

        assertThat(e).failedWith(CommonError.AUTH_SIGNATURE_FAILURE);
        assertThat(api.lastRejection().orElseThrow().diagnostics()).contains("canonical request");
    }
}
// end::strict-mode[]
