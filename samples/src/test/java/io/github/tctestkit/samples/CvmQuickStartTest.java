package io.github.tctestkit.samples;

// tag::cvm-quick-start[]
import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThatEnvelope;
import static io.github.tctestkit.assertions.TencentCloudSdkAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import org.junit.jupiter.api.Test;

@TencentCloudApiTest(strict = true) // every Tencent Cloud service, faked on 127.0.0.1 behind a strict gateway
class CvmQuickStartTest {

    static CommonClient cvm(TencentCloudApi api) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(api.endpoint()); // where the fake cloud listens
        http.setProtocol("http://");
        Credential key =
                new Credential(api.credentials().secretId(), api.credentials().secretKey());
        return new CommonClient("cvm", "2017-03-12", key, "ap-guangzhou", new ClientProfile("TC3-HMAC-SHA256", http));
    }

    @Test
    void aDefaultAnswerIsTheDocumentedExample(TencentCloudApi api) throws Exception {
        api.service("cvm").givenSuccess("RunInstances");

        String body = cvm(api).call("RunInstances", "{\"ImageId\": \"img-pmqg1cw7\", \"InstanceCount\": 1}");

        assertThatEnvelope(body).succeeded().field("InstanceIdSet").isEqualToJson("[\"ins-bfw5zq3y\"]");
    }

    @Test
    void anOverrideChangesWhatTheTestCaresAbout(TencentCloudApi api) throws Exception {
        api.service("cvm").givenSuccess("DescribeInstances").with("InstanceSet.0.InstanceState", "STOPPED");

        String body = cvm(api).call("DescribeInstances", "{\"InstanceIds\": [\"ins-xlsyru2j\"]}");

        assertThatEnvelope(body).at("/InstanceSet/0/InstanceState").asText().isEqualTo("STOPPED");
    }

    @Test
    void anErrorReachesTheCallerWithItsCodeAndRequestId(TencentCloudApi api) {
        api.service("cvm").givenError(ErrorCode.of("ResourceInsufficient.SpecifiedInstanceType"));

        TencentCloudSDKException e =
                assertThrows(TencentCloudSDKException.class, () -> cvm(api).call("RunInstances", "{}"));

        assertThat(e).failedWith("ResourceInsufficient.SpecifiedInstanceType").hasUuidRequestId();
    }
}
// end::cvm-quick-start[]
