package io.github.tctestkit.samples.cloud;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Deployments#deploy(DeploymentPlan)} created, and what {@link Deployments#tearDown(Deployment)} removes.
 *
 * <pre>{@code
 * Deployment shop = deployments.deploy(plan);
 * shop.subnet().id();     // "subnet-1d32nvu2"
 * shop.instanceIds();     // [ins-bfw5zq3y, ins-3jaw1j8m]
 * deployments.tearDown(shop);
 * }</pre>
 *
 * @param vpc the VPC
 * @param subnet its subnet
 * @param instanceIds the instances running in the subnet
 */
public record Deployment(Vpc vpc, Subnet subnet, List<String> instanceIds) {

    /**
     * A deployment.
     *
     * @throws NullPointerException when a component is null
     */
    public Deployment {
        Objects.requireNonNull(vpc, "vpc");
        Objects.requireNonNull(subnet, "subnet");
        instanceIds = List.copyOf(instanceIds);
    }
}
