package io.github.tctestkit.samples.cloud;

// docs/stateful.md shows this test whole, from the tag on.
// tag::stateful-deployments[]
import static io.github.tctestkit.assertions.TencentCloudSdkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@link Deployments} against a stateful fake: no answer is configured; the VPC, subnet and instances that {@code
 * deploy} creates live between calls, so the test reads back what the code made, and each step taken in the wrong
 * order gets the product's own code.
 */
@TencentCloudApiTest(
        strict = true,
        stateful = true,
        services = {"cvm", "vpc"})
class StatefulDeploymentsTest {

    static final DeploymentPlan SHOP = new DeploymentPlan(
            "shop",
            "ap-guangzhou-3",
            "10.0.0.0/16",
            "10.0.1.0/24",
            new InstanceSpec("shop-web", "img-pmqg1cw7", "S5.MEDIUM2", 2));

    static Deployments deployments(TencentCloudApi api) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(api.endpoint());
        http.setProtocol("http://");
        Credential key =
                new Credential(api.credentials().secretId(), api.credentials().secretKey());
        return Deployments.connect(key, "ap-guangzhou", new ClientProfile(ClientProfile.SIGN_TC3_256, http));
    }

    static void failsWith(Executable call, String code) {
        assertThat(assertThrows(TencentCloudSDKException.class, call)).failedWith(code);
    }

    @Test
    void deploysStopsAndTearsDownAWholeDeployment(TencentCloudApi api) throws Exception {
        Deployments deployments = deployments(api);

        Deployment shop = deployments.deploy(SHOP);

        assertThat(shop.vpc().id()).matches("vpc-[a-z0-9]{8}");
        assertThat(deployments.describeInstances(shop.subnet()))
                .extracting(Instance::name, Instance::state, Instance::subnetId)
                .containsExactly(
                        tuple("shop-web-1", "RUNNING", shop.subnet().id()),
                        tuple("shop-web-2", "RUNNING", shop.subnet().id()));
        assertThat(api.service("cvm").resources("Instance").list()).hasSize(2);

        deployments.stopInstances(shop.instanceIds());
        assertThat(deployments.describeInstances(shop.instanceIds().toArray(String[]::new)))
                .extracting(Instance::state)
                .containsOnly("STOPPED");
        failsWith(() -> deployments.stopInstances(shop.instanceIds()), "UnsupportedOperation.InstanceStateStopped");
        failsWith(() -> deployments.deleteVpc(shop.vpc().id()), "ResourceInUse"); // it still holds the subnet

        deployments.tearDown(shop);

        assertThat(deployments.describeVpcs()).isEmpty();
        assertThat(api.service("vpc").resources("Subnet").list()).isEmpty();
        assertThat(api.rejections()).isEmpty();
    }

    @Test
    void aSubnetOutsideItsVpcIsRefusedAndTheVpcIsUndone(TencentCloudApi api) {
        DeploymentPlan wrong =
                new DeploymentPlan("shop", "ap-guangzhou-3", "10.0.0.0/16", "10.9.0.0/24", SHOP.servers());

        failsWith(() -> deployments(api).deploy(wrong), "InvalidParameterValue.SubnetRange");
        assertThat(api.service("vpc").resources("Vpc").list()).isEmpty(); // deploy deleted the VPC it had made
    }

    @Test
    void instancesAreStillShuttingDownWhenTheSubnetIsDeleted(TencentCloudApi api) throws Exception {
        api.clock().freeze();
        api.service("cvm").transitionDelay(Duration.ofSeconds(60)); // PENDING, TERMINATING... take a minute
        Deployments deployments = deployments(api);
        Deployment shop = deployments.deploy(SHOP);
        api.clock().advance(Duration.ofSeconds(60));

        failsWith(() -> deployments.tearDown(shop), "ResourceInUse"); // terminated, but not gone yet
        assertThat(deployments.describeInstances(shop.subnet()))
                .extracting(Instance::state)
                .containsOnly("TERMINATING");

        api.clock().advance(Duration.ofSeconds(60));
        deployments.deleteSubnet(shop.subnet().id());
        deployments.deleteVpc(shop.vpc().id());
        assertThat(deployments.describeVpcs()).isEmpty();
    }
}
// end::stateful-deployments[]
