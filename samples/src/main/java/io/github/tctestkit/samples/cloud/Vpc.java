package io.github.tctestkit.samples.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A virtual private cloud, as {@code CreateVpc} and {@code DescribeVpcs} (service {@code vpc}, version {@code
 * 2017-03-12}) describe it.
 *
 * <pre>{@code
 * Vpc vpc = deployments.createVpc("shop", "10.0.0.0/16");
 * vpc.id();        // "vpc-2ln96dly"
 * vpc.cidrBlock(); // "10.0.0.0/16"
 * }</pre>
 *
 * @param id the VPC ID, for example {@code "vpc-2ln96dly"}
 * @param name the VPC name
 * @param cidrBlock its IPv4 range, for example {@code "10.0.0.0/16"}
 */
public record Vpc(String id, String name, String cidrBlock) {

    /**
     * A VPC.
     *
     * @throws NullPointerException when {@code id} is null
     */
    public Vpc {
        Objects.requireNonNull(id, "id");
    }

    /** Reads one item of {@code Vpc} or {@code VpcSet}. */
    static Vpc from(JsonNode vpc) {
        return new Vpc(
                vpc.path("VpcId").asText(),
                vpc.path("VpcName").asText(),
                vpc.path("CidrBlock").asText());
    }
}
