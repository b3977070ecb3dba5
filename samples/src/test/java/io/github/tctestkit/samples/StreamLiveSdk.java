package io.github.tctestkit.samples;

// The pages of docs/ that use this helper show it whole, from the tag on.
// tag::sdk-client[]
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import io.github.tctestkit.wiremock.TencentCloudApi;

/** The real SDK's client for StreamLive, pointed at the fake cloud and signing with its test key pair. */
final class StreamLiveSdk {

    private StreamLiveSdk() {}

    static CommonClient client(TencentCloudApi api, int readTimeoutSeconds) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(api.endpoint()); // 127.0.0.1:PORT, no scheme
        http.setProtocol("http://"); // the fake cloud speaks plain HTTP, on loopback only
        http.setReadTimeout(readTimeoutSeconds);
        Credential key =
                new Credential(api.credentials().secretId(), api.credentials().secretKey());
        return new CommonClient(
                "mdl", "2020-03-26", key, "ap-guangzhou", new ClientProfile(ClientProfile.SIGN_TC3_256, http));
    }
}
// end::sdk-client[]
