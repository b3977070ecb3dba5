package io.github.tctestkit.samples.cvm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Manages CVM instances (service {@code cvm}, version {@code 2017-03-12}) through the Tencent Cloud Java SDK's {@link
 * CommonClient}.
 *
 * <pre>{@code
 * CommonClient sdk = new CommonClient("cvm", "2017-03-12", new Credential(secretId, secretKey), "ap-guangzhou");
 * CvmInstances cvm = new CvmInstances(sdk);
 * List<String> ids = cvm.runInstances("ap-guangzhou-3", "img-pmqg1cw7", "S5.MEDIUM2", 2);
 * cvm.stopInstances(ids);
 * }</pre>
 *
 * <p>Unlike {@code StreamLiveChannels}, this client neither retries nor translates failures: the API's errors reach
 * the caller as the SDK's {@link TencentCloudSDKException}, with the API's error code and RequestId. Thread-safe when
 * the {@code CommonClient} is.
 */
public final class CvmInstances {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CommonClient sdk;

    /**
     * A client.
     *
     * @param sdk the SDK client, for service {@code cvm}, version {@code 2017-03-12} and a region
     */
    public CvmInstances(CommonClient sdk) {
        this.sdk = Objects.requireNonNull(sdk, "sdk");
    }

    /**
     * Describes instances ({@code DescribeInstances}).
     *
     * @param ids the instance IDs; none for every instance of the region (the API's first page)
     * @return the instances found, possibly none
     * @throws TencentCloudSDKException when the call fails, for example with {@code InvalidInstanceId.Malformed}
     */
    public List<Instance> describeInstances(String... ids) throws TencentCloudSDKException {
        ObjectNode parameters = JSON.createObjectNode();
        if (ids.length > 0) {
            addIds(parameters, List.of(ids));
        }
        return Instance.listIn(call("DescribeInstances", parameters));
    }

    /**
     * Creates pay-as-you-go instances ({@code RunInstances}); they start on their own.
     *
     * @param zone the availability zone, for example {@code "ap-guangzhou-3"}
     * @param imageId the image to boot, for example {@code "img-pmqg1cw7"}
     * @param instanceType for example {@code "S5.MEDIUM2"}
     * @param count how many instances, 1 to 100
     * @return the IDs of the new instances
     * @throws IllegalArgumentException when {@code count} is outside 1 to 100
     * @throws TencentCloudSDKException when the call fails, for example with {@code
     *     ResourceInsufficient.SpecifiedInstanceType}
     */
    public List<String> runInstances(String zone, String imageId, String instanceType, int count)
            throws TencentCloudSDKException {
        if (count < 1 || count > 100) {
            throw new IllegalArgumentException("count must be 1 to 100, but was " + count);
        }
        ObjectNode parameters = JSON.createObjectNode();
        parameters.putObject("Placement").put("Zone", Objects.requireNonNull(zone, "zone"));
        parameters
                .put("ImageId", Objects.requireNonNull(imageId, "imageId"))
                .put("InstanceChargeType", "POSTPAID_BY_HOUR")
                .put("InstanceType", Objects.requireNonNull(instanceType, "instanceType"))
                .put("InstanceCount", count);
        List<String> ids = new ArrayList<>();
        for (JsonNode id : call("RunInstances", parameters).path("InstanceIdSet")) {
            ids.add(id.asText());
        }
        return ids;
    }

    /**
     * Starts stopped instances ({@code StartInstances}).
     *
     * @param ids the instance IDs, at least one
     * @throws TencentCloudSDKException when the call fails, for example with {@code
     *     UnsupportedOperation.InstanceStateRunning}
     */
    public void startInstances(List<String> ids) throws TencentCloudSDKException {
        call("StartInstances", addIds(JSON.createObjectNode(), ids));
    }

    /**
     * Shuts instances down, trying a soft shutdown first ({@code StopInstances} with {@code StopType} {@code
     * SOFT_FIRST}).
     *
     * @param ids the instance IDs, at least one
     * @throws TencentCloudSDKException when the call fails
     */
    public void stopInstances(List<String> ids) throws TencentCloudSDKException {
        call("StopInstances", addIds(JSON.createObjectNode(), ids).put("StopType", "SOFT_FIRST"));
    }

    /**
     * Returns instances ({@code TerminateInstances}).
     *
     * @param ids the instance IDs, at least one
     * @throws TencentCloudSDKException when the call fails, for example with {@code InvalidInstanceId.NotFound}
     */
    public void terminateInstances(List<String> ids) throws TencentCloudSDKException {
        call("TerminateInstances", addIds(JSON.createObjectNode(), ids));
    }

    private static ObjectNode addIds(ObjectNode parameters, List<String> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("at least one instance ID is needed");
        }
        ArrayNode list = parameters.putArray("InstanceIds");
        ids.forEach(id -> list.add(Objects.requireNonNull(id, "instance ID")));
        return parameters;
    }

    private JsonNode call(String action, ObjectNode parameters) throws TencentCloudSDKException {
        String body = sdk.call(action, parameters.toString());
        try {
            return JSON.readTree(body).path("Response");
        } catch (JsonProcessingException e) {
            throw new TencentCloudSDKException("the answer to " + action + " is not JSON", e);
        }
    }
}
