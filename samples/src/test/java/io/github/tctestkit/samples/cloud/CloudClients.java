package io.github.tctestkit.samples.cloud;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import io.github.tctestkit.wiremock.TencentCloudApi;

/** SDK clients pointed at the fake cloud, signed with the key pair its strict gateway accepts. */
final class CloudClients {

    private CloudClients() {}

    static ClientProfile profile(TencentCloudApi api) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(api.endpoint());
        http.setProtocol("http://");
        return new ClientProfile(ClientProfile.SIGN_TC3_256, http);
    }

    static Credential credential(TencentCloudApi api) {
        return new Credential(api.credentials().secretId(), api.credentials().secretKey());
    }

    static Deployments deployments(TencentCloudApi api) {
        return Deployments.connect(credential(api), "ap-guangzhou", profile(api));
    }

    static CommonClient sdk(TencentCloudApi api, String service, String version, String region) {
        return new CommonClient(service, version, credential(api), region, profile(api));
    }
}
