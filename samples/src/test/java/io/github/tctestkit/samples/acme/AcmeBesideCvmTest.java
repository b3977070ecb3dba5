package io.github.tctestkit.samples.acme;

// tag::private-service-beside-built-in[]
import static io.github.tctestkit.assertions.TencentCloudSdkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.wiremock.RecordedRequest;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import org.junit.jupiter.api.Test;

/** A private service served beside built-in ones: Acme's flags and CVM, in one fake cloud. */
@TencentCloudApiTest(
        strict = true,
        services = {"cvm"},
        service = Acme.class) // cvm and Acme, nothing else
class AcmeBesideCvmTest {

    static CommonClient sdk(TencentCloudApi api, String service, String version) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(api.endpoint());
        http.setProtocol("http://");
        Credential key =
                new Credential(api.credentials().secretId(), api.credentials().secretKey());
        return new CommonClient(
                service, version, key, "ap-guangzhou", new ClientProfile(ClientProfile.SIGN_TC3_256, http));
    }

    @Test
    void servesCvmAndAcme(TencentCloudApi api) {
        assertThat(api.services().names()).containsExactlyInAnyOrder("cvm", "acme");
    }

    @Test
    void eachRequestGoesToItsService(TencentCloudApi api) throws Exception {
        api.givenSuccess("DescribeFlags");
        api.givenSuccess("DescribeInstances"); // only cvm has it here

        new FeatureFlags(sdk(api, "acme", "2024-01-01")).describe();
        sdk(api, "cvm", "2017-03-12").call("DescribeInstances", "{}");

        assertThat(api.service("acme").requests())
                .extracting(RecordedRequest::action)
                .containsExactly("DescribeFlags");
        assertThat(api.service("cvm").requests())
                .extracting(RecordedRequest::action)
                .containsExactly("DescribeInstances");
        assertThat(api.rejections()).isEmpty();
    }

    @Test
    void aServiceNotServedIsRefused(TencentCloudApi api) {
        TencentCloudSDKException e = assertThrows(
                TencentCloudSDKException.class,
                () -> sdk(api, "vpc", "2017-03-12").call("CreateVpc", "{}"));

        assertThat(e).failedWith(CommonError.INVALID_ACTION);
    }
}
// end::private-service-beside-built-in[]
