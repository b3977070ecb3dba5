package io.github.tctestkit.samples.cvm;

import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThat;
import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThatEnvelope;
import static io.github.tctestkit.assertions.TencentCloudSdkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.wiremock.AllErrorsOf;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contract of {@link CvmInstances}, against a fake CVM: a second service added from the user's side only, with
 * {@link CvmError} (its codes) and {@link Cvm} (its registration), through the real SDK and the strict gateway.
 */
@TencentCloudApiTest(strict = true, service = Cvm.class)
class CvmInstancesTest {

    static CommonClient sdk(TencentCloudApi api, String version, String region) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(api.endpoint());
        http.setProtocol("http://");
        Credential credential =
                new Credential(api.credentials().secretId(), api.credentials().secretKey());
        return new CommonClient(
                "cvm", version, credential, region, new ClientProfile(ClientProfile.SIGN_TC3_256, http));
    }

    static CvmInstances cvm(TencentCloudApi api) {
        return new CvmInstances(sdk(api, "2017-03-12", "ap-guangzhou"));
    }

    @Test
    void theFakeCloudPlaysCvm(TencentCloudApi api) {
        assertThat(api.service().name()).isEqualTo("cvm");
        assertThat(api.service().version()).isEqualTo("2017-03-12");
        assertThat(api.service().findError("InvalidInstanceId.NotFound"))
                .contains(CvmError.INVALID_INSTANCE_ID_NOT_FOUND);
        assertThat(api.service().findError("AuthFailure.SignatureFailure"))
                .contains(CommonError.AUTH_SIGNATURE_FAILURE);
    }

    @Test
    void describesInstancesWithASignedSdkCall(TencentCloudApi api) throws Exception {
        api.givenSuccess("DescribeInstances", """
                {"TotalCount": 1, "InstanceSet": [{"InstanceId": "ins-r8hr2upy", "InstanceName": "web-1",
                 "InstanceType": "S5.MEDIUM2", "InstanceState": "RUNNING"}]}""");

        List<Instance> found = cvm(api).describeInstances("ins-r8hr2upy");

        assertThat(found).containsExactly(new Instance("ins-r8hr2upy", "web-1", "S5.MEDIUM2", "RUNNING"));
        assertThat(api.lastRequest())
                .hasAction("DescribeInstances")
                .hasVersion("2017-03-12")
                .hasRegion("ap-guangzhou")
                .hasParameter("InstanceIds.0", "ins-r8hr2upy")
                .hasNoParameter("InstanceIds.1");
        assertThat(api.rejections()).isEmpty();
    }

    @Test
    void runsInstancesAndReturnsTheirIds(TencentCloudApi api) throws Exception {
        api.givenSuccess("RunInstances", "{\"InstanceIdSet\": [\"ins-1pmmhkbu\", \"ins-2bmvtmhe\"]}");

        List<String> ids = cvm(api).runInstances("ap-guangzhou-3", "img-pmqg1cw7", "S5.MEDIUM2", 2);

        assertThat(ids).containsExactly("ins-1pmmhkbu", "ins-2bmvtmhe");
        assertThat(api.lastRequest()).hasParameters("""
                {"Placement": {"Zone": "ap-guangzhou-3"}, "ImageId": "img-pmqg1cw7",
                 "InstanceChargeType": "POSTPAID_BY_HOUR", "InstanceType": "S5.MEDIUM2", "InstanceCount": 2}""");
    }

    @Test
    void startsStopsAndTerminatesInstances(TencentCloudApi api) throws Exception {
        api.givenSuccess("StartInstances");
        api.givenSuccess("StopInstances");
        api.givenSuccess("TerminateInstances");
        List<String> ids = List.of("ins-1pmmhkbu", "ins-2bmvtmhe");

        cvm(api).startInstances(ids);
        cvm(api).stopInstances(ids);
        cvm(api).terminateInstances(ids);

        assertThat(api.requests())
                .extracting(r -> r.action())
                .containsExactly("StartInstances", "StopInstances", "TerminateInstances");
        assertThat(api.requests("StopInstances").get(0))
                .hasParameter("StopType", "SOFT_FIRST")
                .hasParameter("InstanceIds.1", "ins-2bmvtmhe");
        assertThat(api.rejections()).isEmpty();
    }

    @Test
    void withoutAContractTheDefaultAnswerIsEmptyAndParametersAreNotChecked(TencentCloudApi api) throws Exception {
        api.givenSuccess("DescribeInstances");

        String body = sdk(api, "2017-03-12", "ap-guangzhou").call("DescribeInstances", "{\"InstanceIdz\": []}");

        assertThat(api.service().contract()).isEmpty();
        assertThatEnvelope(body).succeeded().payload().isEqualToJson("{}");
        assertThat(api.rejections()).isEmpty();
    }

    @Test
    void withoutAContractATestGivesWholePayloadsNotOverrides(TencentCloudApi api) {
        assertThatThrownBy(() -> api.givenSuccess("DescribeInstances").with("TotalCount", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs the action's output structure")
                .hasMessageContaining("give the whole payload with givenSuccess(action, payloadJson) instead");
    }

    @Test
    void anActionCvmDoesNotHaveGetsInvalidAction(TencentCloudApi api) {
        TencentCloudSDKException e = assertThrows(
                TencentCloudSDKException.class,
                () -> sdk(api, "2017-03-12", "ap-guangzhou").call("DescribeImages", "{}"));

        assertThat(e).failedWith(CommonError.INVALID_ACTION).hasUuidRequestId();
        assertThat(api.lastRejection())
                .hasValueSatisfying(why -> assertThat(why.code()).isEqualTo("InvalidAction"));
    }

    @Test
    void aStreamLiveActionIsNotACvmAction(TencentCloudApi api) {
        TencentCloudSDKException e = assertThrows(
                TencentCloudSDKException.class,
                () -> sdk(api, "2017-03-12", "ap-guangzhou").call("DescribeStreamLiveChannels", "{}"));

        assertThat(e).failedWith(CommonError.INVALID_ACTION);
    }

    @Test
    void anotherVersionGetsNoSuchVersionAndARegionOutsideTheListUnsupportedRegion(TencentCloudApi api) {
        TencentCloudSDKException version = assertThrows(
                TencentCloudSDKException.class,
                () -> new CvmInstances(sdk(api, "2020-03-26", "ap-guangzhou")).describeInstances());
        TencentCloudSDKException region = assertThrows(
                TencentCloudSDKException.class,
                () -> new CvmInstances(sdk(api, "2017-03-12", "eu-frankfurt")).describeInstances());

        assertThat(version).failedWith(CommonError.NO_SUCH_VERSION);
        assertThat(region).failedWith(CommonError.UNSUPPORTED_REGION);
    }

    @ParameterizedTest
    @EnumSource(CvmError.class)
    void everyCvmCodeReachesTheCallerAsTheSdkException(CvmError error, TencentCloudApi api) {
        api.givenError(error).forAction("TerminateInstances");

        TencentCloudSDKException e = assertThrows(
                TencentCloudSDKException.class, () -> cvm(api).terminateInstances(List.of("ins-1pmmhkbu")));

        assertThat(e)
                .failedWith(error)
                .failedWithCategory(error.category())
                .hasErrorMessage(error.description())
                .hasUuidRequestId();
        assertThat(e.getErrorCode()).isEqualTo(error.code());
    }

    @Test
    void startingARunningInstanceFailsWithTheServiceCode(TencentCloudApi api) {
        api.givenError(CvmError.UNSUPPORTED_OPERATION_INSTANCE_STATE_RUNNING, "ins-1pmmhkbu is running")
                .forAction("StartInstances");

        TencentCloudSDKException e =
                assertThrows(TencentCloudSDKException.class, () -> cvm(api).startInstances(List.of("ins-1pmmhkbu")));

        assertThat(e)
                .failedWith("UnsupportedOperation.InstanceStateRunning")
                .failedWithCodeOfKind(CommonError.UNSUPPORTED_OPERATION)
                .hasErrorMessage("ins-1pmmhkbu is running");
    }

    @ParameterizedTest
    @AllErrorsOf(service = Cvm.class, action = "RunInstances")
    void runInstancesReportsEveryErrorItsDocumentationLists(ErrorCode error, TencentCloudApi api) {
        api.givenError(error).forAction("RunInstances");

        TencentCloudSDKException e = assertThrows(
                TencentCloudSDKException.class,
                () -> cvm(api).runInstances("ap-guangzhou-3", "img-pmqg1cw7", "S5.MEDIUM2", 1));

        assertThat(e).failedWith(error).hasUuidRequestId();
        assertThat(api.requests("RunInstances")).hasSize(1);
    }

    @Test
    void runInstancesErrorsAreTheCommonCodesPlusTheDocumentedOnes() {
        List<ErrorCode> errors = new Cvm().get().errorsOf("RunInstances");

        assertThat(errors).hasSize(CommonError.values().length + 3);
        assertThat(errors.subList(CommonError.values().length, errors.size()))
                .containsExactly(
                        CvmError.RESOURCE_INSUFFICIENT_SPECIFIED_INSTANCE_TYPE,
                        CvmError.LIMIT_EXCEEDED_INSTANCE_QUOTA,
                        CvmError.INVALID_PARAMETER_VALUE_INVALID_INSTANCE_TYPE);
    }
}
