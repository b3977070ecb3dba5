package io.github.tctestkit.samples.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A subnet of a VPC in one availability zone, as {@code CreateSubnet} (service {@code vpc}, version {@code
 * 2017-03-12}) describes it.
 *
 * <pre>{@code
 * Subnet subnet = deployments.createSubnet(vpc, "shop-web", "10.0.1.0/24", "ap-guangzhou-3");
 * subnet.zone();                  // "ap-guangzhou-3"
 * subnet.availableIpAddresses();  // 253
 * }</pre>
 *
 * @param id the subnet ID, for example {@code "subnet-1d32nvu2"}
 * @param vpcId the ID of its VPC
 * @param name the subnet name
 * @param cidrBlock its IPv4 range, inside the VPC's
 * @param zone its availability zone, for example {@code "ap-guangzhou-3"}
 * @param availableIpAddresses how many addresses are still free
 */
public record Subnet(String id, String vpcId, String name, String cidrBlock, String zone, long availableIpAddresses) {

    /**
     * A subnet.
     *
     * @throws NullPointerException when {@code id} or {@code vpcId} is null
     */
    public Subnet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vpcId, "vpcId");
    }

    /** Reads {@code Subnet} or one item of {@code SubnetSet}. */
    static Subnet from(JsonNode subnet) {
        return new Subnet(
                subnet.path("SubnetId").asText(),
                subnet.path("VpcId").asText(),
                subnet.path("SubnetName").asText(),
                subnet.path("CidrBlock").asText(),
                subnet.path("Zone").asText(),
                subnet.path("AvailableIpAddressCount").asLong());
    }
}
