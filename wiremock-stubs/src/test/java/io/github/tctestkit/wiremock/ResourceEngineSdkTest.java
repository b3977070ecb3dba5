package io.github.tctestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.signing.ApiCredentials;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** VPC, CVM and CBS on the resource engine, driven by the real SDK through the strict gateway. */
@TencentCloudApiTest(
        strict = true,
        stateful = true,
        services = {"vpc", "cvm", "cbs"})
class ResourceEngineSdkTest {

    static final ApiCredentials OTHER =
            ApiCredentials.of("AKIDotheraccount0000000000000000000", "other-account-secret-key-0123456789");

    static CommonClient sdk(TencentCloudApi api, ApiCredentials credentials, String service, String region) {
        return new CommonClient(
                service,
                "2017-03-12",
                SdkClients.credential(credentials),
                region,
                SdkClients.profile(api, SdkClients.Mode.TC3_POST_JSON));
    }

    static String field(String body, String pointer) {
        return ApiResponse.parse(body)
                .at(pointer)
                .orElseThrow(() -> new AssertionError(pointer + " in " + body))
                .asText();
    }

    static String codeOf(StrictGatewayTest.ThrowingCall call) {
        return StrictGatewayTest.codeOf(call);
    }

    @Test
    void theSdkWalksADeploymentAndEachWrongStepGetsItsDocumentedCode(TencentCloudApi api) throws Exception {
        CommonClient vpc = sdk(api, api.credentials(), "vpc", "ap-guangzhou");
        CommonClient cvm = sdk(api, api.credentials(), "cvm", "ap-guangzhou");
        CommonClient cbs = sdk(api, api.credentials(), "cbs", "ap-guangzhou");

        String vpcId =
                field(vpc.call("CreateVpc", "{\"VpcName\":\"main\",\"CidrBlock\":\"10.0.0.0/16\"}"), "/Vpc/VpcId");
        assertThat(vpcId).matches("vpc-[a-z0-9]{8}");
        assertThat(codeOf(() -> vpc.call(
                        "CreateSubnet",
                        "{\"VpcId\":\"" + vpcId + "\",\"SubnetName\":\"out\",\"CidrBlock\":\"10.1.0.0/24\","
                                + "\"Zone\":\"ap-guangzhou-3\"}")))
                .isEqualTo("InvalidParameterValue.SubnetRange");
        String subnetId = field(
                vpc.call(
                        "CreateSubnet",
                        "{\"VpcId\":\"" + vpcId + "\",\"SubnetName\":\"web\",\"CidrBlock\":\"10.0.1.0/24\","
                                + "\"Zone\":\"ap-guangzhou-3\"}"),
                "/Subnet/SubnetId");
        assertThat(subnetId).matches("subnet-[a-z0-9]{8}");
        assertThat(codeOf(() -> vpc.call(
                        "CreateSubnet",
                        "{\"VpcId\":\"" + vpcId + "\",\"SubnetName\":\"again\",\"CidrBlock\":\"10.0.1.128/25\","
                                + "\"Zone\":\"ap-guangzhou-3\"}")))
                .isEqualTo("InvalidParameterValue.SubnetConflict");
        String sg = field(
                vpc.call("CreateSecurityGroup", "{\"GroupName\":\"web\",\"GroupDescription\":\"web servers\"}"),
                "/SecurityGroup/SecurityGroupId");
        assertThat(sg).matches("sg-[a-z0-9]{8}");

        assertThat(codeOf(() -> cvm.call(
                        "RunInstances",
                        "{\"Placement\":{\"Zone\":\"ap-guangzhou-4\"},\"VirtualPrivateCloud\":{\"VpcId\":\"" + vpcId
                                + "\",\"SubnetId\":\"" + subnetId + "\"}}")))
                .isEqualTo("InvalidParameterValue.SubnetIdZoneIdNotMatch");
        String run = cvm.call(
                "RunInstances",
                "{\"InstanceCount\":2,\"InstanceName\":\"web\",\"Placement\":{\"Zone\":\"ap-guangzhou-3\"},"
                        + "\"VirtualPrivateCloud\":{\"VpcId\":\"" + vpcId + "\",\"SubnetId\":\"" + subnetId + "\"},"
                        + "\"SecurityGroupIds\":[\"" + sg + "\"]}");
        String first = field(run, "/InstanceIdSet/0");
        String second = field(run, "/InstanceIdSet/1");
        assertThat(first).matches("ins-[a-z0-9]{8}");
        String described = cvm.call("DescribeInstances", "{\"InstanceIds\":[\"" + first + "\"]}");
        assertThat(field(described, "/TotalCount")).isEqualTo("1");
        assertThat(field(described, "/InstanceSet/0/InstanceState")).isEqualTo("RUNNING");
        assertThat(field(described, "/InstanceSet/0/InstanceName")).isEqualTo("web-1");
        assertThat(field(described, "/InstanceSet/0/VirtualPrivateCloud/SubnetId"))
                .isEqualTo(subnetId);
        assertThat(field(described, "/InstanceSet/0/PrivateIpAddresses/0")).startsWith("10.0.1.");
        String statuses = cvm.call("DescribeInstancesStatus", "{\"InstanceIds\":[\"" + second + "\"]}");
        assertThat(field(statuses, "/InstanceStatusSet/0/InstanceState")).isEqualTo("RUNNING");
        assertThat(ApiResponse.parse(statuses)
                        .at("/InstanceStatusSet/0")
                        .orElseThrow()
                        .size())
                .isEqualTo(2);
        String filtered = cvm.call(
                "DescribeInstances",
                "{\"Filters\":[{\"Name\":\"vpc-id\",\"Values\":[\"" + vpcId + "\"]}],\"Limit\":1}");
        assertThat(field(filtered, "/TotalCount")).isEqualTo("2");
        assertThat(ApiResponse.parse(filtered).at("/InstanceSet").orElseThrow().size())
                .isEqualTo(1);
        assertThat(codeOf(() ->
                        cvm.call("DescribeInstances", "{\"Filters\":[{\"Name\":\"colour\",\"Values\":[\"x\"]}]}")))
                .isEqualTo("InvalidFilter");

        assertThat(codeOf(() -> vpc.call("DeleteSubnet", "{\"SubnetId\":\"" + subnetId + "\"}")))
                .isEqualTo("ResourceInUse");
        assertThat(codeOf(() -> vpc.call("DeleteVpc", "{\"VpcId\":\"" + vpcId + "\"}")))
                .isEqualTo("ResourceInUse");
        assertThat(codeOf(() -> vpc.call("DeleteSecurityGroup", "{\"SecurityGroupId\":\"" + sg + "\"}")))
                .isEqualTo("ResourceInUse");

        String disk = field(
                cbs.call(
                        "CreateDisks",
                        "{\"Placement\":{\"Zone\":\"ap-guangzhou-3\"},\"DiskChargeType\":\"POSTPAID_BY_HOUR\","
                                + "\"DiskType\":\"CLOUD_PREMIUM\",\"DiskSize\":50}"),
                "/DiskIdSet/0");
        assertThat(disk).matches("disk-[a-z0-9]{8}");
        assertThat(codeOf(() -> cbs.call("DetachDisks", "{\"DiskIds\":[\"" + disk + "\"]}")))
                .isEqualTo("ResourceUnavailable.NotSupported");
        cbs.call("AttachDisks", "{\"InstanceId\":\"" + first + "\",\"DiskIds\":[\"" + disk + "\"]}");
        assertThat(codeOf(() ->
                        cbs.call("AttachDisks", "{\"InstanceId\":\"" + second + "\",\"DiskIds\":[\"" + disk + "\"]}")))
                .isEqualTo("ResourceUnavailable.Attached");
        assertThat(codeOf(() -> cbs.call("TerminateDisks", "{\"DiskIds\":[\"" + disk + "\"]}")))
                .isEqualTo("ResourceUnavailable.NotSupported");
        String disks = cbs.call("DescribeDisks", "{\"DiskIds\":[\"" + disk + "\"]}");
        assertThat(field(disks, "/DiskSet/0/DiskState")).isEqualTo("ATTACHED");
        assertThat(field(disks, "/DiskSet/0/InstanceId")).isEqualTo(first);

        assertThat(codeOf(() -> cvm.call("StartInstances", "{\"InstanceIds\":[\"" + first + "\"]}")))
                .isEqualTo("UnsupportedOperation.InstanceStateRunning");
        cvm.call("StopInstances", "{\"InstanceIds\":[\"" + first + "\"]}");
        assertThat(field(
                        cvm.call("DescribeInstances", "{\"InstanceIds\":[\"" + first + "\"]}"),
                        "/InstanceSet/0/InstanceState"))
                .isEqualTo("STOPPED");
        assertThat(codeOf(() -> cvm.call("StopInstances", "{\"InstanceIds\":[\"" + first + "\"]}")))
                .isEqualTo("UnsupportedOperation.InstanceStateStopped");
        assertThat(codeOf(() -> cvm.call("RebootInstances", "{\"InstanceIds\":[\"" + first + "\"]}")))
                .isEqualTo("UnsupportedOperation.InstanceStateStopped");
        cvm.call("StartInstances", "{\"InstanceIds\":[\"" + first + "\"]}");
        cvm.call("RebootInstances", "{\"InstanceIds\":[\"" + first + "\"]}");
        assertThat(codeOf(() -> cvm.call("StartInstances", "{\"InstanceIds\":[\"ins-00000000\"]}")))
                .isEqualTo("InvalidInstanceId.NotFound");
        assertThat(codeOf(() -> cvm.call("StartInstances", "{\"InstanceIds\":[\"i-bad\"]}")))
                .isEqualTo("InvalidInstanceId.Malformed");

        cvm.call("TerminateInstances", "{\"InstanceIds\":[\"" + first + "\",\"" + second + "\"]}");
        assertThat(field(cvm.call("DescribeInstances", "{}"), "/TotalCount")).isEqualTo("0");
        assertThat(codeOf(() -> cvm.call("TerminateInstances", "{\"InstanceIds\":[\"" + first + "\"]}")))
                .isEqualTo("InvalidInstanceId.NotFound");
        assertThat(field(cbs.call("DescribeDisks", "{\"DiskIds\":[\"" + disk + "\"]}"), "/DiskSet/0/DiskState"))
                .isEqualTo("UNATTACHED");
        cbs.call("TerminateDisks", "{\"DiskIds\":[\"" + disk + "\"]}");
        vpc.call("DeleteSecurityGroup", "{\"SecurityGroupId\":\"" + sg + "\"}");
        assertThat(codeOf(() -> vpc.call("DeleteVpc", "{\"VpcId\":\"" + vpcId + "\"}")))
                .isEqualTo("ResourceInUse");
        vpc.call("DeleteSubnet", "{\"SubnetId\":\"" + subnetId + "\"}");
        vpc.call("DeleteVpc", "{\"VpcId\":\"" + vpcId + "\"}");
        assertThat(field(vpc.call("DescribeVpcs", "{}"), "/TotalCount")).isEqualTo("0");
        assertThat(api.rejections()).isEmpty();
    }

    @Test
    void stateStaysInItsAccountAndItsRegion(TencentCloudApi api) throws Exception {
        api.acceptCredentials(OTHER);
        CommonClient mine = sdk(api, api.credentials(), "vpc", "ap-guangzhou");
        CommonClient minesShanghai = sdk(api, api.credentials(), "vpc", "ap-shanghai");
        CommonClient theirs = sdk(api, OTHER, "vpc", "ap-guangzhou");
        String vpcId =
                field(mine.call("CreateVpc", "{\"VpcName\":\"main\",\"CidrBlock\":\"10.0.0.0/16\"}"), "/Vpc/VpcId");

        assertThat(field(mine.call("DescribeVpcs", "{}"), "/TotalCount")).isEqualTo("1");
        assertThat(field(minesShanghai.call("DescribeVpcs", "{}"), "/TotalCount"))
                .isEqualTo("0");
        assertThat(field(theirs.call("DescribeVpcs", "{}"), "/TotalCount")).isEqualTo("0");
        assertThat(codeOf(() -> theirs.call("DescribeVpcs", "{\"VpcIds\":[\"" + vpcId + "\"]}")))
                .isEqualTo("ResourceNotFound");
        assertThat(codeOf(() -> minesShanghai.call("DeleteVpc", "{\"VpcId\":\"" + vpcId + "\"}")))
                .isEqualTo("ResourceNotFound");
        CommonClient theirCvm = sdk(api, OTHER, "cvm", "ap-guangzhou");
        String subnetId = field(
                mine.call(
                        "CreateSubnet",
                        "{\"VpcId\":\"" + vpcId + "\",\"SubnetName\":\"web\",\"CidrBlock\":\"10.0.1.0/24\","
                                + "\"Zone\":\"ap-guangzhou-3\"}"),
                "/Subnet/SubnetId");
        assertThat(codeOf(() -> theirCvm.call(
                        "RunInstances",
                        "{\"Placement\":{\"Zone\":\"ap-guangzhou-3\"},\"VirtualPrivateCloud\":{\"VpcId\":\"" + vpcId
                                + "\",\"SubnetId\":\"" + subnetId + "\"}}")))
                .isEqualTo("InvalidParameterValue.VpcIdNotExist");

        assertThat(api.service("vpc").resources("Vpc").list()).hasSize(1);
        assertThat(api.service("vpc")
                        .resources("Vpc")
                        .ofAccount(OTHER.secretId())
                        .list())
                .isEmpty();
        assertThat(api.service("vpc").resources("Vpc").inRegion("ap-shanghai").list())
                .isEmpty();

        CommonClient theirsSignedV1 = new CommonClient(
                "vpc",
                "2017-03-12",
                SdkClients.credential(OTHER),
                "ap-guangzhou",
                SdkClients.profile(api, SdkClients.Mode.V1_HMAC_SHA1_GET)); // the account is v1's SecretId parameter
        assertThat(field(theirsSignedV1.call("DescribeVpcs", "{}"), "/TotalCount"))
                .isEqualTo("0");
        String theirVpc = field(
                theirsSignedV1.call("CreateVpc", "{\"VpcName\":\"theirs\",\"CidrBlock\":\"10.0.0.0/16\"}"),
                "/Vpc/VpcId");
        assertThat(field(theirs.call("DescribeVpcs", "{}"), "/VpcSet/0/VpcId")).isEqualTo(theirVpc);
        assertThat(field(mine.call("DescribeVpcs", "{}"), "/VpcSet/0/VpcId")).isEqualTo(vpcId);
        assertThat(api.service("vpc")
                        .resources("Vpc")
                        .ofAccount(OTHER.secretId())
                        .list())
                .hasSize(1);
    }

    @Test
    void timedTransitionsFollowTheServerClock(TencentCloudApi api) throws Exception {
        api.clock().freeze();
        api.service("cvm").transitionDelay(Duration.ofSeconds(30));
        CommonClient cvm = sdk(api, api.credentials(), "cvm", "ap-guangzhou");
        String id =
                field(cvm.call("RunInstances", "{\"Placement\":{\"Zone\":\"ap-guangzhou-3\"}}"), "/InstanceIdSet/0");
        assertThat(field(
                        cvm.call("DescribeInstances", "{\"InstanceIds\":[\"" + id + "\"]}"),
                        "/InstanceSet/0/InstanceState"))
                .isEqualTo("PENDING");
        assertThat(codeOf(() -> cvm.call("StopInstances", "{\"InstanceIds\":[\"" + id + "\"]}")))
                .isEqualTo("UnsupportedOperation.InstanceStatePending");
        api.clock().advance(Duration.ofSeconds(30));
        assertThat(field(
                        cvm.call("DescribeInstances", "{\"InstanceIds\":[\"" + id + "\"]}"),
                        "/InstanceSet/0/InstanceState"))
                .isEqualTo("RUNNING");
        cvm.call("StopInstances", "{\"InstanceIds\":[\"" + id + "\"]}");
        assertThat(codeOf(() -> cvm.call("StartInstances", "{\"InstanceIds\":[\"" + id + "\"]}")))
                .isEqualTo("UnsupportedOperation.InstanceStateStopping");
        api.clock().advance(Duration.ofSeconds(31));
        assertThat(api.service("cvm").resources("Instance").get(id).orElseThrow())
                .contains("\"STOPPED\"");
    }

    @Test
    void seedingThroughTheHandleIsSeenByTheSdk(TencentCloudApi api) throws Exception {
        String id = api.service("cvm")
                .resources("Instance")
                .put(
                        "{\"InstanceName\":\"seeded\",\"InstanceState\":\"STOPPED\",\"Placement\":{\"Zone\":\"ap-guangzhou-3\"}}");
        assertThat(id).matches("ins-[a-z0-9]{8}");
        CommonClient cvm = sdk(api, api.credentials(), "cvm", "ap-guangzhou");
        cvm.call("StartInstances", "{\"InstanceIds\":[\"" + id + "\"]}");
        assertThat(api.service("cvm").resources("Instance").get(id).orElseThrow())
                .contains("\"RUNNING\"");
        assertThat(api.service("cvm").resources("Instance").remove(id)).isTrue();
        assertThat(codeOf(() -> cvm.call("StartInstances", "{\"InstanceIds\":[\"" + id + "\"]}")))
                .isEqualTo("InvalidInstanceId.NotFound");
    }

    @Test
    void modifyActionsChangeWhatDescribeShows(TencentCloudApi api) throws Exception {
        CommonClient vpc = sdk(api, api.credentials(), "vpc", "ap-guangzhou");
        CommonClient cvm = sdk(api, api.credentials(), "cvm", "ap-guangzhou");
        CommonClient cbs = sdk(api, api.credentials(), "cbs", "ap-guangzhou");
        String vpcId =
                field(vpc.call("CreateVpc", "{\"VpcName\":\"a\",\"CidrBlock\":\"192.168.0.0/16\"}"), "/Vpc/VpcId");
        vpc.call("ModifyVpcAttribute", "{\"VpcId\":\"" + vpcId + "\",\"VpcName\":\"b\"}");
        assertThat(field(vpc.call("DescribeVpcs", "{\"VpcIds\":[\"" + vpcId + "\"]}"), "/VpcSet/0/VpcName"))
                .isEqualTo("b");
        String subnetId = field(
                vpc.call(
                        "CreateSubnet",
                        "{\"VpcId\":\"" + vpcId + "\",\"SubnetName\":\"s\",\"CidrBlock\":\"192.168.1.0/24\","
                                + "\"Zone\":\"ap-guangzhou-3\"}"),
                "/Subnet/SubnetId");
        vpc.call("ModifySubnetAttribute", "{\"SubnetId\":\"" + subnetId + "\",\"SubnetName\":\"t\"}");
        assertThat(field(
                        vpc.call("DescribeSubnets", "{\"Filters\":[{\"Name\":\"subnet-name\",\"Values\":[\"t\"]}]}"),
                        "/SubnetSet/0/SubnetId"))
                .isEqualTo(subnetId);

        String id = field(
                cvm.call(
                        "RunInstances", "{\"Placement\":{\"Zone\":\"ap-guangzhou-3\"},\"DisableApiTermination\":true}"),
                "/InstanceIdSet/0");
        assertThat(codeOf(() -> cvm.call("TerminateInstances", "{\"InstanceIds\":[\"" + id + "\"]}")))
                .isEqualTo("UnsupportedOperation.InstancesProtected");
        cvm.call(
                "ModifyInstancesAttribute",
                "{\"InstanceIds\":[\"" + id + "\"],\"InstanceName\":\"renamed\",\"DisableApiTermination\":false}");
        assertThat(field(
                        cvm.call("DescribeInstances", "{\"InstanceIds\":[\"" + id + "\"]}"),
                        "/InstanceSet/0/InstanceName"))
                .isEqualTo("renamed");
        cvm.call("TerminateInstances", "{\"InstanceIds\":[\"" + id + "\"]}");

        String disk = field(
                cbs.call(
                        "CreateDisks",
                        "{\"Placement\":{\"Zone\":\"ap-guangzhou-3\"},\"DiskChargeType\":\"POSTPAID_BY_HOUR\","
                                + "\"DiskType\":\"CLOUD_SSD\",\"DiskSize\":20,\"DiskName\":\"d\"}"),
                "/DiskIdSet/0");
        cbs.call("ModifyDiskAttributes", "{\"DiskIds\":[\"" + disk + "\"],\"DiskName\":\"e\"}");
        assertThat(field(
                        cbs.call("DescribeDisks", "{\"Filters\":[{\"Name\":\"disk-name\",\"Values\":[\"e\"]}]}"),
                        "/TotalCount"))
                .isEqualTo("1");
    }

    @Test
    void configuredAnswersComeFirst(TencentCloudApi api) throws Exception {
        api.service("cvm")
                .givenError(io.github.tctestkit.core.ErrorCode.of("InvalidInstanceId.NotFound"))
                .forAction("DescribeInstances")
                .times(1);
        CommonClient cvm = sdk(api, api.credentials(), "cvm", "ap-guangzhou");
        assertThat(codeOf(() -> cvm.call("DescribeInstances", "{}"))).isEqualTo("InvalidInstanceId.NotFound");
        assertThat(field(cvm.call("DescribeInstances", "{}"), "/TotalCount")).isEqualTo("0");
    }

    @Test
    void badInputGetsItsDocumentedCode(TencentCloudApi api) throws TencentCloudSDKException {
        CommonClient vpc = sdk(api, api.credentials(), "vpc", "ap-guangzhou");
        assertThat(codeOf(() -> vpc.call("DescribeVpcs", "{\"VpcIds\":[\"nope\"]}")))
                .isEqualTo("InvalidParameterValue.Malformed");
        assertThat(codeOf(() -> vpc.call("DescribeVpcs", "{\"Filters\":[{\"Name\":\"colour\",\"Values\":[\"x\"]}]}")))
                .isEqualTo("InvalidParameter.FilterInvalidKey");
        assertThat(codeOf(() -> vpc.call("CreateVpc", "{\"VpcName\":\"x\",\"CidrBlock\":\"10.0.0.1/16\"}")))
                .isEqualTo("InvalidParameterValue.Malformed");
        assertThat(codeOf(() -> vpc.call("DeleteSecurityGroup", "{\"SecurityGroupId\":\"sg-00000000\"}")))
                .isEqualTo("InvalidSecurityGroupID.NotFound");
        CommonClient cbs = sdk(api, api.credentials(), "cbs", "ap-guangzhou");
        assertThat(codeOf(() ->
                        cbs.call("AttachDisks", "{\"InstanceId\":\"ins-00000000\",\"DiskIds\":[\"disk-00000000\"]}")))
                .isEqualTo("InvalidInstanceId.NotFound");
    }
}
