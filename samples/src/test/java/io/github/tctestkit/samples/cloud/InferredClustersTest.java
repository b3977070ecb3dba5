package io.github.tctestkit.samples.cloud;

// docs/stateful.md shows this test whole, from the tag on.
// tag::inferred-state[]
import static io.github.tctestkit.assertions.TencentCloudSdkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import org.junit.jupiter.api.Test;

/** TcaplusDB clusters by convention: created, listed and deleted through the real SDK, with no answer configured. */
@TencentCloudApiTest(strict = true, stateful = true)
class InferredClustersTest {

    static CommonClient tcaplusdb(TencentCloudApi api) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(api.endpoint());
        http.setProtocol("http://");
        Credential key =
                new Credential(api.credentials().secretId(), api.credentials().secretKey());
        return new CommonClient(
                "tcaplusdb", "2019-08-23", key, "ap-guangzhou", new ClientProfile(ClientProfile.SIGN_TC3_256, http));
    }

    static JsonNode payload(String body) {
        return ApiResponse.parse(body).payload();
    }

    @Test
    void aCreatedClusterIsListedUntilItIsDeleted(TencentCloudApi api) throws Exception {
        assertThat(api.service("tcaplusdb").inferState()).contains("Cluster"); // on for this test
        CommonClient db = tcaplusdb(api);

        String id = payload(db.call(
                        "CreateCluster",
                        "{\"IdlType\":\"PROTO\",\"ClusterName\":\"orders\",\"VpcId\":\"vpc-1a2b3c4d\","
                                + "\"SubnetId\":\"subnet-1a2b3c4d\",\"Password\":\"Orders-2024\"}"))
                .path("ClusterId")
                .asText();
        assertThat(id).matches("tcaplusdb-[a-z0-9]{8}"); // the examples show no id prefix: the service's name

        JsonNode listed = payload(db.call("DescribeClusters", "{\"ClusterIds\":[\"" + id + "\"]}"));
        assertThat(listed.path("TotalCount").asInt()).isEqualTo(1);
        assertThat(listed.path("Clusters").get(0).path("ClusterName").asText()).isEqualTo("orders");

        db.call("DeleteCluster", "{\"ClusterId\":\"" + id + "\"}");
        assertThat(payload(db.call("DescribeClusters", "{}")).path("TotalCount").asInt())
                .isZero();
        TencentCloudSDKException e = assertThrows(
                TencentCloudSDKException.class, () -> db.call("DeleteCluster", "{\"ClusterId\":\"" + id + "\"}"));
        assertThat(e).failedWith("ResourceNotFound"); // the action documents no NotFound of its own
        assertThat(api.rejections()).isEmpty();
    }
}
// end::inferred-state[]
