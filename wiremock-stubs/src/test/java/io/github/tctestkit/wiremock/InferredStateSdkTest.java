package io.github.tctestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.tencentcloudapi.common.CommonClient;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.CommonError;
import org.junit.jupiter.api.Test;

/**
 * State by convention ({@code inferState()}) for three services of different shapes, driven by the real SDK through the
 * strict gateway: AS auto scaling groups (one id, ids and {@code Filters}, a documented NotFound), CDC sites (ids
 * deleted as a list) and TcaplusDB clusters (the common {@code ResourceNotFound}).
 */
@TencentCloudApiTest(strict = true, stateful = true)
class InferredStateSdkTest {

    static CommonClient sdk(TencentCloudApi api, String service, String version) {
        return new CommonClient(
                service,
                version,
                SdkClients.credential(api.credentials()),
                "ap-guangzhou",
                SdkClients.profile(api, SdkClients.Mode.TC3_POST_JSON));
    }

    static JsonNode payload(String body) {
        return ApiResponse.parse(body).payload();
    }

    static String codeOf(StrictGatewayTest.ThrowingCall call) {
        return StrictGatewayTest.codeOf(call);
    }

    @Test
    void autoScalingGroupsAreCreatedDescribedByIdsFiltersAndPagesAndDeleted(TencentCloudApi api) throws Exception {
        CommonClient as = sdk(api, "as", "2018-04-19");
        String create = "{\"AutoScalingGroupName\":\"%s\",\"LaunchConfigurationId\":\"asc-12345678\",\"MaxSize\":3,"
                + "\"MinSize\":1,\"VpcId\":\"vpc-12345678\"}";
        assertThat(codeOf(() -> as.call("CreateAutoScalingGroup", String.format(create, "web"))))
                .as("off until the test turns it on")
                .isNotEqualTo("(success)");

        assertThat(api.service("as").inferState()).contains("AutoScalingGroup", "LaunchConfiguration");

        String web = payload(as.call("CreateAutoScalingGroup", String.format(create, "web")))
                .path("AutoScalingGroupId")
                .asText();
        String batch = payload(as.call("CreateAutoScalingGroup", String.format(create, "batch")))
                .path("AutoScalingGroupId")
                .asText();
        assertThat(web).matches("asg-[a-z0-9]{8}"); // the prefix of the official examples
        assertThat(batch).isNotEqualTo(web);

        JsonNode byId = payload(as.call("DescribeAutoScalingGroups", "{\"AutoScalingGroupIds\":[\"" + web + "\"]}"));
        assertThat(byId.path("TotalCount").asInt()).isEqualTo(1);
        JsonNode item = byId.path("AutoScalingGroupSet").get(0);
        assertThat(item.path("AutoScalingGroupId").asText()).isEqualTo(web);
        assertThat(item.path("AutoScalingGroupName").asText()).isEqualTo("web"); // the request's value
        assertThat(item.path("MaxSize").asInt()).isEqualTo(3);

        JsonNode page = payload(as.call("DescribeAutoScalingGroups", "{\"Offset\":1,\"Limit\":1}"));
        assertThat(page.path("TotalCount").asInt()).isEqualTo(2);
        assertThat(page.path("AutoScalingGroupSet")).hasSize(1);
        assertThat(page.path("AutoScalingGroupSet")
                        .get(0)
                        .path("AutoScalingGroupId")
                        .asText())
                .isEqualTo(batch);

        JsonNode filtered = payload(as.call(
                "DescribeAutoScalingGroups",
                "{\"Filters\":[{\"Name\":\"auto-scaling-group-name\",\"Values\":[\"batch\"]}]}"));
        assertThat(filtered.path("TotalCount").asInt()).isEqualTo(1);
        assertThat(filtered.path("AutoScalingGroupSet")
                        .get(0)
                        .path("AutoScalingGroupId")
                        .asText())
                .isEqualTo(batch);

        as.call("ModifyAutoScalingGroup", "{\"AutoScalingGroupId\":\"" + web + "\",\"MaxSize\":5}");
        assertThat(api.service("as").resources("AutoScalingGroup").get(web))
                .hasValueSatisfying(json -> assertThat(json).contains("\"MaxSize\":5"));

        as.call("DeleteAutoScalingGroup", "{\"AutoScalingGroupId\":\"" + web + "\"}");
        JsonNode gone = payload(as.call("DescribeAutoScalingGroups", "{\"AutoScalingGroupIds\":[\"" + web + "\"]}"));
        assertThat(gone.path("TotalCount").asInt()).isZero();
        assertThat(gone.path("AutoScalingGroupSet")).isEmpty();
        assertThat(codeOf(() -> as.call("DeleteAutoScalingGroup", "{\"AutoScalingGroupId\":\"" + web + "\"}")))
                .isEqualTo("ResourceNotFound.AutoScalingGroupNotFound");
        assertThat(api.service("as").resources("AutoScalingGroup").list()).hasSize(1);
        assertThat(api.rejections()).isEmpty();
    }

    @Test
    void sitesAreDeletedByAListOfIds(TencentCloudApi api) throws Exception {
        api.service("cdc").inferState();
        CommonClient cdc = sdk(api, "cdc", "2020-12-14");
        String create = "{\"Name\":\"%s\",\"Country\":\"China\",\"Province\":\"Guangdong\",\"City\":\"Shenzhen\","
                + "\"AddressLine\":\"Nanshan\"}";
        String a = payload(cdc.call("CreateSite", String.format(create, "a")))
                .path("SiteId")
                .asText();
        String b = payload(cdc.call("CreateSite", String.format(create, "b")))
                .path("SiteId")
                .asText();
        assertThat(a).matches("site-[a-z0-9]{8}");

        JsonNode both = payload(cdc.call("DescribeSites", "{\"SiteIds\":[\"" + a + "\",\"" + b + "\"]}"));
        assertThat(both.path("TotalCount").asInt()).isEqualTo(2);
        assertThat(both.path("SiteSet").get(1).path("Name").asText()).isEqualTo("b"); // the request's value
        assertThat(both.path("SiteSet").get(1).path("CreateTime").asText()) // the server clock's now
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
        JsonNode first = payload(cdc.call("DescribeSites", "{\"Limit\":1}"));
        assertThat(first.path("TotalCount").asInt()).isEqualTo(2);
        assertThat(first.path("SiteSet").get(0).path("SiteId").asText()).isEqualTo(a);

        assertThat(codeOf(() -> cdc.call("DeleteSites", "{\"SiteIds\":[\"" + a + "\",\"site-00000000\"]}")))
                .isEqualTo("ResourceNotFound.InvalidSiteId"); // every id checked first: nothing deleted
        assertThat(api.service("cdc").resources("Site").list()).hasSize(2);
        cdc.call("DeleteSites", "{\"SiteIds\":[\"" + a + "\",\"" + b + "\"]}");
        JsonNode none = payload(cdc.call("DescribeSites", "{}"));
        assertThat(none.path("TotalCount").asInt()).isZero();
        assertThat(api.rejections()).isEmpty();
    }

    @Test
    void clustersUseTheCommonNotFoundAndConfiguredAnswersComeFirst(TencentCloudApi api) throws Exception {
        api.service("tcaplusdb").inferState();
        CommonClient db = sdk(api, "tcaplusdb", "2019-08-23");
        String id = payload(db.call(
                        "CreateCluster",
                        "{\"IdlType\":\"PROTO\",\"ClusterName\":\"orders\",\"VpcId\":\"vpc-12345678\","
                                + "\"SubnetId\":\"subnet-12345678\",\"Password\":\"secret-1234\"}"))
                .path("ClusterId")
                .asText();
        JsonNode listed = payload(db.call("DescribeClusters", "{\"ClusterIds\":[\"" + id + "\"]}"));
        assertThat(listed.path("Clusters").get(0).path("ClusterName").asText()).isEqualTo("orders");
        assertThat(listed.toString()).doesNotContain("secret-1234");

        api.service("tcaplusdb")
                .givenError(CommonError.INTERNAL_ERROR)
                .forAction("DescribeClusters")
                .times(1);
        assertThat(codeOf(() -> db.call("DescribeClusters", "{}"))).isEqualTo("InternalError");
        assertThat(payload(db.call("DescribeClusters", "{}")).path("TotalCount").asInt())
                .isEqualTo(1);

        db.call("DeleteCluster", "{\"ClusterId\":\"" + id + "\"}");
        assertThat(codeOf(() -> db.call("DeleteCluster", "{\"ClusterId\":\"" + id + "\"}")))
                .isEqualTo("ResourceNotFound");
        assertThat(payload(db.call("DescribeClusters", "{}")).path("Clusters")).isEmpty();
    }

    @Test
    void aServiceWithNothingToInferSaysWhy(TencentCloudApi api) {
        assertThatThrownBy(() -> api.service("apigateway").inferState())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DescribeService reads one ServiceId");
        assertThat(api.service("vpc").inferState()).containsExactly("Vpc", "Subnet", "SecurityGroup");
    }
}
