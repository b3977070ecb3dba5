package io.github.tctestkit.samples.cloud;

import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThat;
import static io.github.tctestkit.assertions.TencentCloudSdkAssertions.assertThat;
import static io.github.tctestkit.samples.cloud.CloudClients.deployments;
import static io.github.tctestkit.samples.cloud.CloudClients.sdk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.wiremock.AllErrorsOf;
import io.github.tctestkit.wiremock.RecordedRequest;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The contract of {@link Deployments} against the built-in vpc and cvm services, through the real SDK and the strict
 * gateway: default answers are the documented examples, tests override only what they care about, each action's
 * documented errors reach the caller, and the requests are the ones the documentation asks for.
 */
@TencentCloudApiTest(
        strict = true,
        services = {"cvm", "vpc"})
class DeploymentsTest {

    static final InstanceSpec WEB = new InstanceSpec("shop-web", "img-pmqg1cw7", "S5.MEDIUM2", 2);
    static final DeploymentPlan SHOP = new DeploymentPlan("shop", "ap-guangzhou-3", "10.0.0.0/16", "10.0.1.0/24", WEB);

    /** What the documented default answers of CreateVpc and CreateSubnet create. */
    static final Vpc DOCUMENTED_VPC = new Vpc("vpc-2ln96dly", "TEST", "10.0.0.0/16");

    static final Subnet DOCUMENTED_SUBNET =
            new Subnet("subnet-1d32nvu2", "vpc-m3ul053f", "subnet1", "10.8.0.0/24", "1001", 1021);

    @Test
    void createsAVpcFromTheDocumentedDefaultAnswer(TencentCloudApi api) throws Exception {
        api.givenSuccess("CreateVpc"); // no payload: vpc's documented example, filled out

        Vpc vpc = deployments(api).createVpc("shop", "10.0.0.0/16");

        assertThat(vpc).isEqualTo(new Vpc("vpc-2ln96dly", "TEST", "10.0.0.0/16"));
        assertThat(api.lastRequest())
                .hasAction("CreateVpc")
                .hasVersion("2017-03-12")
                .hasRegion("ap-guangzhou")
                .hasParameters("{\"VpcName\": \"shop\", \"CidrBlock\": \"10.0.0.0/16\"}");
        assertThat(api.rejections()).isEmpty();
    }

    @Test
    void readsEveryDocumentedDefaultAnswer(TencentCloudApi api) throws Exception {
        api.givenSuccess("DescribeVpcs");
        api.givenSuccess("CreateSubnet");
        api.givenSuccess("RunInstances");
        api.givenSuccess("DescribeInstances");

        Deployments deployments = deployments(api);

        assertThat(deployments.describeVpcs()).containsExactly(new Vpc("vpc-p5sf61yj", "Test dhcp", "10.0.0.0/16"));
        assertThat(deployments.createSubnet(DOCUMENTED_VPC, "web", "10.8.0.0/24", "ap-guangzhou-3"))
                .isEqualTo(DOCUMENTED_SUBNET);
        assertThat(deployments.runInstances(DOCUMENTED_SUBNET, WEB)).containsExactly("ins-bfw5zq3y");
        assertThat(deployments.describeInstances("ins-xlsyru2j"))
                .containsExactly(new Instance(
                        "ins-xlsyru2j",
                        "myInstance",
                        "S2.SMALL2",
                        "RUNNING",
                        "ap-guangzhou-3",
                        "subnet-mv4sn55k",
                        List.of("172.16.32.78")));
        assertThat(api.rejections()).isEmpty();
    }

    @Test
    void deploysAVpcASubnetAndInstancesInIt(TencentCloudApi api) throws Exception {
        api.givenSuccess("CreateVpc");
        api.givenSuccess("CreateSubnet").with("Subnet.VpcId", "vpc-2ln96dly").with("Subnet.Zone", "ap-guangzhou-3");
        api.givenSuccess("RunInstances").with("InstanceIdSet", List.of("ins-1pmmhkbu", "ins-2bmvtmhe"));

        Deployment shop = deployments(api).deploy(SHOP);

        assertThat(shop.vpc().id()).isEqualTo("vpc-2ln96dly");
        assertThat(shop.subnet().id()).isEqualTo("subnet-1d32nvu2");
        assertThat(shop.instanceIds()).containsExactly("ins-1pmmhkbu", "ins-2bmvtmhe");
        assertThat(api.requests())
                .extracting(RecordedRequest::action)
                .containsExactly("CreateVpc", "CreateSubnet", "RunInstances");
        assertThat(api.service("vpc").requests("CreateSubnet"))
                .singleElement()
                .satisfies(createSubnet -> assertThat(createSubnet)
                        .hasParameter("VpcId", "vpc-2ln96dly")
                        .hasParameter("CidrBlock", "10.0.1.0/24")
                        .hasParameter("Zone", "ap-guangzhou-3"));
        assertThat(api.lastRequest())
                .hasAction("RunInstances")
                .hasParameter("Placement.Zone", "ap-guangzhou-3")
                .hasParameter("VirtualPrivateCloud.SubnetId", "subnet-1d32nvu2")
                .hasParameter("InstanceCount", 2)
                .hasParameters("{\"InstanceChargeType\": \"POSTPAID_BY_HOUR\", \"ImageId\": \"img-pmqg1cw7\"}");
        assertThat(api.rejections()).isEmpty();
    }

    @Test
    void anOverrideChangesOnlyWhatTheTestCaresAbout(TencentCloudApi api) throws Exception {
        api.service("cvm").givenSuccess("DescribeInstances").with("InstanceSet.0.InstanceState", "STOPPED");

        Instance instance = deployments(api).describeInstances("ins-xlsyru2j").get(0);

        assertThat(instance.state()).isEqualTo("STOPPED");
        assertThat(instance.type()).isEqualTo("S2.SMALL2"); // the rest is the documented example
    }

    @Test
    void aMergePatchReplacesTheListOfInstancesWhole(TencentCloudApi api) throws Exception {
        api.service("cvm").givenSuccess("DescribeInstances").withJson("""
                {"TotalCount": 2, "InstanceSet": [
                  {"InstanceId": "ins-1pmmhkbu", "InstanceState": "PENDING"},
                  {"InstanceId": "ins-2bmvtmhe", "InstanceState": "RUNNING"}]}""");

        List<Instance> instances = deployments(api).describeInstances(DOCUMENTED_SUBNET);

        assertThat(instances)
                .extracting(Instance::id, Instance::state)
                .containsExactly(tuple("ins-1pmmhkbu", "PENDING"), tuple("ins-2bmvtmhe", "RUNNING"));
    }

    @Test
    void pagesThroughTheInstancesOfASubnet(TencentCloudApi api) throws Exception {
        // the second page, then (more recent, used once) the first
        api.givenSuccess("DescribeInstances")
                .withJson("{\"TotalCount\": 3, \"InstanceSet\": [{\"InstanceId\": \"ins-3\"}]}");
        api.givenSuccess("DescribeInstances")
                .withJson(
                        "{\"TotalCount\": 3, \"InstanceSet\": [{\"InstanceId\": \"ins-1\"}, {\"InstanceId\": \"ins-2\"}]}")
                .times(1);

        List<Instance> instances = deployments(api).describeInstances(DOCUMENTED_SUBNET);

        assertThat(instances).extracting(Instance::id).containsExactly("ins-1", "ins-2", "ins-3");
        List<RecordedRequest> pages = api.service("cvm").requests("DescribeInstances");
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0))
                .hasParameter("Offset", 0)
                .hasParameter("Limit", 100)
                .hasParameter("Filters.0.Name", "subnet-id")
                .hasParameter("Filters.0.Values.0", "subnet-1d32nvu2");
        assertThat(pages.get(1)).hasParameter("Offset", 2);
        assertThat(api.rejections()).isEmpty();
    }

    @Test
    void aPayloadCvmCouldNeverSendIsRefusedAtOnce(TencentCloudApi api) {
        assertThatThrownBy(() -> api.givenSuccess("DescribeInstances", "{\"InstanceSet\": [{\"State\": \"RUNNING\"}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"InstanceSet.0.State\" is not a member of Instance")
                .hasMessageContaining("InstanceState");
        assertThatThrownBy(() -> api.givenSuccess("DescribeInstances").with("TotalCount", "one"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"TotalCount\" must be");
    }

    @Test
    void stopsAndTerminatesInstances(TencentCloudApi api) throws Exception {
        api.givenSuccess("StopInstances");
        api.givenSuccess("TerminateInstances");
        List<String> ids = List.of("ins-1pmmhkbu", "ins-2bmvtmhe");

        deployments(api).stopInstances(ids);
        deployments(api).terminateInstances(ids);

        assertThat(api.service("cvm").requests())
                .extracting(RecordedRequest::action)
                .containsExactly("StopInstances", "TerminateInstances");
        assertThat(api.requests("StopInstances").get(0))
                .hasParameter("StopType", "SOFT_FIRST")
                .hasParameter("InstanceIds.1", "ins-2bmvtmhe");
        assertThat(api.rejections()).isEmpty();
    }

    @Test
    void tearsADeploymentDownInstancesFirst(TencentCloudApi api) throws Exception {
        api.givenSuccess("TerminateInstances");
        api.givenSuccess("DeleteSubnet");
        api.givenSuccess("DeleteVpc");

        deployments(api).tearDown(new Deployment(DOCUMENTED_VPC, DOCUMENTED_SUBNET, List.of("ins-1pmmhkbu")));

        assertThat(api.requests())
                .extracting(RecordedRequest::action)
                .containsExactly("TerminateInstances", "DeleteSubnet", "DeleteVpc");
        assertThat(api.requests("DeleteSubnet").get(0)).hasParameters("{\"SubnetId\": \"subnet-1d32nvu2\"}");
        assertThat(api.requests("DeleteVpc").get(0)).hasParameters("{\"VpcId\": \"vpc-2ln96dly\"}");
    }

    @Test
    void aStateCvmRefusesReachesTheCallerWithItsMessage(TencentCloudApi api) {
        api.service("cvm")
                .givenError(ErrorCode.of("UnsupportedOperation.InstanceStateStopped"), "ins-1pmmhkbu is stopped")
                .forAction("StopInstances");

        TencentCloudSDKException e = assertThrows(
                TencentCloudSDKException.class, () -> deployments(api).stopInstances(List.of("ins-1pmmhkbu")));

        assertThat(e)
                .failedWith("UnsupportedOperation.InstanceStateStopped")
                .failedWithCodeOfKind(CommonError.UNSUPPORTED_OPERATION)
                .hasErrorMessage("ins-1pmmhkbu is stopped")
                .hasUuidRequestId();
    }

    @ParameterizedTest
    @AllErrorsOf(services = "cvm", action = "RunInstances") // the common codes + those cvm documents for it
    void runInstancesSurfacesEveryErrorItsDocumentationLists(ErrorCode error, TencentCloudApi api) {
        api.service("cvm").givenError(error).forAction("RunInstances");

        TencentCloudSDKException e = assertThrows(
                TencentCloudSDKException.class, () -> deployments(api).runInstances(DOCUMENTED_SUBNET, WEB));

        assertThat(e).failedWith(error).hasUuidRequestId();
        assertThat(api.service("cvm").requests("RunInstances")).hasSize(1); // not retried
    }

    @ParameterizedTest
    @AllErrorsOf(services = "vpc", action = "CreateSubnet")
    void aFailedCreateSubnetDeletesTheVpcAgain(ErrorCode error, TencentCloudApi api) {
        api.givenSuccess("CreateVpc");
        api.givenSuccess("DeleteVpc");
        api.service("vpc").givenError(error).forAction("CreateSubnet");

        TencentCloudSDKException e = assertThrows(
                TencentCloudSDKException.class, () -> deployments(api).deploy(SHOP));

        assertThat(e).failedWith(error).hasUuidRequestId();
        assertThat(e.getSuppressed()).isEmpty();
        assertThat(api.requests())
                .extracting(RecordedRequest::action)
                .containsExactly("CreateVpc", "CreateSubnet", "DeleteVpc");
        assertThat(api.lastRequest()).hasParameter("VpcId", "vpc-2ln96dly");
    }

    @Test
    void aFailedRunInstancesDeletesTheSubnetAndTheVpcAgain(TencentCloudApi api) {
        api.givenSuccess("CreateVpc");
        api.givenSuccess("CreateSubnet");
        api.givenSuccess("DeleteSubnet");
        api.givenSuccess("DeleteVpc");
        api.givenError(ErrorCode.of("ResourceInsufficient.SpecifiedInstanceType"))
                .forAction("RunInstances");

        TencentCloudSDKException e = assertThrows(
                TencentCloudSDKException.class, () -> deployments(api).deploy(SHOP));

        assertThat(e).failedWith("ResourceInsufficient.SpecifiedInstanceType");
        assertThat(api.requests())
                .extracting(RecordedRequest::action)
                .containsExactly("CreateVpc", "CreateSubnet", "RunInstances", "DeleteSubnet", "DeleteVpc");
        assertThat(api.service("vpc").requests("DeleteSubnet"))
                .singleElement()
                .satisfies(r -> assertThat(r).hasParameter("SubnetId", "subnet-1d32nvu2"));
    }

    @Test
    void aRollbackThatFailsIsAttachedToTheFailureThatCausedIt(TencentCloudApi api) {
        api.givenSuccess("CreateVpc");
        api.givenSuccess("CreateSubnet");
        api.givenError(ErrorCode.of("ResourceInUse"), "subnet-1d32nvu2 is in use")
                .forAction("DeleteSubnet");
        api.givenError(ErrorCode.of("ResourceInUse"), "vpc-2ln96dly has subnets")
                .forAction("DeleteVpc");
        api.givenError(CommonError.INTERNAL_ERROR).forAction("RunInstances");

        TencentCloudSDKException e = assertThrows(
                TencentCloudSDKException.class, () -> deployments(api).deploy(SHOP));

        assertThat(e).failedWith(CommonError.INTERNAL_ERROR);
        assertThat(e.getSuppressed())
                .hasSize(2)
                .allSatisfy(undo -> assertThat((TencentCloudSDKException) undo)
                        .failedWith("ResourceInUse")
                        .hasUuidRequestId());
    }

    @Test
    void runInstancesDocumentsMoreThanTheCommonCodes(TencentCloudApi api) {
        List<ErrorCode> errors = api.service("cvm").errorsOf("RunInstances");

        assertThat(errors).hasSizeGreaterThan(CommonError.values().length + 100);
        assertThat(errors.subList(0, CommonError.values().length)).containsExactly(CommonError.values());
        assertThat(errors)
                .extracting(ErrorCode::code)
                .contains("ResourceInsufficient.SpecifiedInstanceType", "InvalidImageId.NotFound");
    }

    @Test
    void theStrictGatewayChecksRequestsAgainstCvmsContract(TencentCloudApi api) {
        api.givenSuccess("StopInstances");

        // a client bug: "InstanceId" instead of "InstanceIds"
        TencentCloudSDKException misspelt = assertThrows(
                TencentCloudSDKException.class,
                () -> sdk(api, "cvm", "2017-03-12", "ap-guangzhou")
                        .call("StopInstances", "{\"InstanceId\": [\"ins-1pmmhkbu\"]}"));
        TencentCloudSDKException wrongVersion = assertThrows(
                TencentCloudSDKException.class,
                () -> sdk(api, "cvm", "2020-03-26", "ap-guangzhou").call("DescribeInstances", "{}"));
        TencentCloudSDKException nowhere = assertThrows(
                TencentCloudSDKException.class,
                () -> sdk(api, "cvm", "2017-03-12", "xx-nowhere-1").call("DescribeInstances", "{}"));

        assertThat(misspelt)
                .failedWith(CommonError.UNKNOWN_PARAMETER)
                .hasErrorMessage("The parameter `InstanceId` is not recognized.");
        assertThat(wrongVersion).failedWith(CommonError.NO_SUCH_VERSION);
        assertThat(nowhere).failedWith(CommonError.UNSUPPORTED_REGION);
        assertThat(api.rejections()).hasSize(3);
    }

    @Test
    void anEmptyListOfInstancesIsRefusedBeforeAnyCall(TencentCloudApi api) {
        assertThatThrownBy(() -> deployments(api).terminateInstances(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at least one instance ID is needed");
        assertThat(api.requestCount()).isZero();
    }
}
