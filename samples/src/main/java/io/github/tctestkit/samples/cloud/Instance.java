package io.github.tctestkit.samples.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A CVM instance, as {@code DescribeInstances} (service {@code cvm}, version {@code 2017-03-12}) lists it.
 *
 * <pre>{@code
 * Instance web = deployments.describeInstances("ins-xlsyru2j").get(0);
 * web.state();              // "RUNNING"
 * web.privateIpAddresses(); // [172.16.32.78]
 * }</pre>
 *
 * @param id the instance ID, for example {@code "ins-xlsyru2j"}
 * @param name the instance name
 * @param type the instance type, for example {@code "S5.MEDIUM2"}
 * @param state for example {@code "PENDING"}, {@code "RUNNING"} or {@code "STOPPED"}
 * @param zone the availability zone it runs in
 * @param subnetId the subnet it is attached to
 * @param privateIpAddresses its private addresses in that subnet
 */
public record Instance(
        String id,
        String name,
        String type,
        String state,
        String zone,
        String subnetId,
        List<String> privateIpAddresses) {

    /**
     * An instance.
     *
     * @throws NullPointerException when {@code id} or {@code privateIpAddresses} is null
     */
    public Instance {
        Objects.requireNonNull(id, "id");
        privateIpAddresses = List.copyOf(privateIpAddresses);
    }

    /** Reads one item of {@code InstanceSet}. */
    static Instance from(JsonNode info) {
        List<String> ips = new ArrayList<>();
        info.path("PrivateIpAddresses").forEach(ip -> ips.add(ip.asText()));
        return new Instance(
                info.path("InstanceId").asText(),
                info.path("InstanceName").asText(),
                info.path("InstanceType").asText(),
                info.path("InstanceState").asText(),
                info.path("Placement").path("Zone").asText(),
                info.path("VirtualPrivateCloud").path("SubnetId").asText(),
                ips);
    }
}
