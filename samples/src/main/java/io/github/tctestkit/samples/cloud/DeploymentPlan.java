package io.github.tctestkit.samples.cloud;

import java.util.Objects;

/**
 * What {@link Deployments#deploy(DeploymentPlan)} creates: a VPC, one subnet of it in one zone, and instances in that
 * subnet.
 *
 * <pre>{@code
 * DeploymentPlan shop = new DeploymentPlan(
 *         "shop", "ap-guangzhou-3", "10.0.0.0/16", "10.0.1.0/24",
 *         new InstanceSpec("shop-web", "img-pmqg1cw7", "S5.MEDIUM2", 2));
 * }</pre>
 *
 * @param name the name of the VPC and of its subnet
 * @param zone the availability zone of the subnet and the instances, for example {@code "ap-guangzhou-3"}
 * @param vpcCidrBlock the VPC's IPv4 range, for example {@code "10.0.0.0/16"}
 * @param subnetCidrBlock the subnet's, inside the VPC's, for example {@code "10.0.1.0/24"}
 * @param servers the instances to run in the subnet
 */
public record DeploymentPlan(
        String name, String zone, String vpcCidrBlock, String subnetCidrBlock, InstanceSpec servers) {

    /**
     * A plan.
     *
     * @throws NullPointerException when a component is null
     */
    public DeploymentPlan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(vpcCidrBlock, "vpcCidrBlock");
        Objects.requireNonNull(subnetCidrBlock, "subnetCidrBlock");
        Objects.requireNonNull(servers, "servers");
    }
}
