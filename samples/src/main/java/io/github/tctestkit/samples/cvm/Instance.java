package io.github.tctestkit.samples.cvm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A CVM instance, as {@code DescribeInstances} lists it.
 *
 * @param id the instance ID, for example {@code "ins-r8hr2upy"}
 * @param name the instance name
 * @param type the instance type, for example {@code "S5.MEDIUM2"}
 * @param state for example {@code "RUNNING"} or {@code "STOPPED"}
 */
public record Instance(String id, String name, String type, String state) {

    /** Reads {@code Response.InstanceSet}; a response without it lists no instance. */
    static List<Instance> listIn(JsonNode response) {
        List<Instance> instances = new ArrayList<>();
        for (JsonNode info : response.path("InstanceSet")) {
            instances.add(new Instance(
                    info.path("InstanceId").asText(),
                    info.path("InstanceName").asText(),
                    info.path("InstanceType").asText(),
                    info.path("InstanceState").asText()));
        }
        return instances;
    }
}
