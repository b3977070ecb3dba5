package io.github.tctestkit.wiremock;

import com.tencentcloudapi.common.CommonClient;
import io.github.tctestkit.core.signing.ApiCredentials;

/** Shared SDK set-up for tests. */
final class SdkErrorMappingTestSupport {

    private SdkErrorMappingTestSupport() {}

    static CommonClient commonClient(TencentCloudApi api, ApiCredentials credentials) {
        return new CommonClient(
                "mdl",
                "2020-03-26",
                SdkClients.credential(credentials),
                "ap-guangzhou",
                SdkClients.profile(api, SdkClients.Mode.TC3_POST_JSON));
    }
}
