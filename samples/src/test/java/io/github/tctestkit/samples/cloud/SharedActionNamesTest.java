package io.github.tctestkit.samples.cloud;

import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThatEnvelope;
import static io.github.tctestkit.assertions.TencentCloudSdkAssertions.assertThat;
import static io.github.tctestkit.samples.cloud.CloudClients.deployments;
import static io.github.tctestkit.samples.cloud.CloudClients.sdk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import org.junit.jupiter.api.Test;

/**
 * With every built-in service served, an action name several services share ({@code DescribeInstances}: cvm,
 * lighthouse, redis and ten more) is configured through {@code api.service(name)}; a name only one service has needs
 * nothing. Requests are routed by version and action, as the real gateway routes them by host.
 */
@TencentCloudApiTest(strict = true)
class SharedActionNamesTest {

    @Test
    void aSharedActionIsConfiguredThroughItsService(TencentCloudApi api) throws Exception {
        assertThatThrownBy(() -> api.givenSuccess("DescribeInstances"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("action \"DescribeInstances\" belongs to 13 services served")
                .hasMessageContaining("cvm, ")
                .hasMessageContaining("say which, for example with api.service(");

        api.service("cvm").givenSuccess("DescribeInstances").with("InstanceSet.0.InstanceName", "web-1");

        Instance web = deployments(api).describeInstances("ins-xlsyru2j").get(0);

        assertThat(web.name()).isEqualTo("web-1");
        assertThat(api.service("cvm").requests("DescribeInstances")).hasSize(1);
        assertThat(api.service("lighthouse").requests()).isEmpty();
    }

    @Test
    void thirteenServiceVersionsHaveTheName(TencentCloudApi api) {
        assertThat(api.services().withAction("DescribeInstances"))
                .hasSize(13)
                .extracting(ServiceDescription::name)
                .contains("cvm", "lighthouse", "redis", "ecm");
    }

    @Test
    void anActionOnlyOneServiceHasNeedsNoServiceNamed(TencentCloudApi api) throws Exception {
        api.givenSuccess("DescribeInstancesStatus").with("TotalCount", 0);

        String body = sdk(api, "cvm", "2017-03-12", "ap-guangzhou").call("DescribeInstancesStatus", "{}");

        assertThatEnvelope(body).succeeded().field("TotalCount").asLong().isZero();
    }

    @Test
    void anAnswerForOneServicesActionIsNotAnotherServicesAnswer(TencentCloudApi api) {
        api.service("lighthouse").givenSuccess("DescribeInstances");

        // cvm's DescribeInstances (version 2017-03-12) has no answer: lighthouse's is version 2020-03-24's
        TencentCloudSDKException e = assertThrows(
                TencentCloudSDKException.class, () -> deployments(api).describeInstances("ins-xlsyru2j"));

        assertThat(e).failedWith(TencentCloudApi.NO_ANSWER_CODE);
    }
}
