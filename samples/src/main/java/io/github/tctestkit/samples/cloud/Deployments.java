package io.github.tctestkit.samples.cloud;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Deploys servers into a network of their own: a VPC (service {@code vpc}, version {@code 2017-03-12}), a subnet of
 * it, and CVM instances (service {@code cvm}, version {@code 2017-03-12}) in that subnet, through the Tencent Cloud
 * Java SDK's {@link CommonClient}.
 *
 * <pre>{@code
 * Deployments deployments = Deployments.connect(new Credential(secretId, secretKey), "ap-guangzhou", new ClientProfile());
 * Deployment shop = deployments.deploy(new DeploymentPlan(
 *         "shop", "ap-guangzhou-3", "10.0.0.0/16", "10.0.1.0/24",
 *         new InstanceSpec("shop-web", "img-pmqg1cw7", "S5.MEDIUM2", 2)));
 * deployments.describeInstances(shop.subnet());   // PENDING, then RUNNING
 * deployments.tearDown(shop);
 * }</pre>
 *
 * <p>The API's errors reach the caller as the SDK's {@link TencentCloudSDKException}, with the API's error code and
 * RequestId; nothing is retried. {@link #deploy(DeploymentPlan)} undoes what it created when a later step fails.
 * Thread-safe when the {@code CommonClient}s are.
 */
public final class Deployments {

    /** The API version of both services. */
    public static final String VERSION = "2017-03-12";

    /** The most items {@code DescribeInstances} returns at once, and the most IDs it takes. */
    static final int PAGE_SIZE = 100;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CommonClient vpc;
    private final CommonClient cvm;

    /**
     * A client over two SDK clients.
     *
     * @param vpc the SDK client for service {@code vpc}, version {@value #VERSION}
     * @param cvm the SDK client for service {@code cvm}, version {@value #VERSION}, in the same region
     */
    public Deployments(CommonClient vpc, CommonClient cvm) {
        this.vpc = Objects.requireNonNull(vpc, "vpc");
        this.cvm = Objects.requireNonNull(cvm, "cvm");
    }

    /**
     * A client for one region, with SDK clients made from these credentials and this profile.
     *
     * <pre>{@code
     * HttpProfile http = new HttpProfile();
     * http.setEndpoint(api.endpoint()); // a fake cloud; leave it out for the real one
     * http.setProtocol("http://");
     * Deployments deployments = Deployments.connect(credential, "ap-guangzhou", new ClientProfile("TC3-HMAC-SHA256", http));
     * }</pre>
     *
     * @param credential the API key
     * @param region for example {@code "ap-guangzhou"}
     * @param profile the SDK's client profile (endpoint, signing method, timeouts)
     * @return the client
     */
    public static Deployments connect(Credential credential, String region, ClientProfile profile) {
        return new Deployments(
                new CommonClient("vpc", VERSION, credential, region, profile),
                new CommonClient("cvm", VERSION, credential, region, profile));
    }

    /**
     * Creates a VPC, then a subnet of it, then runs instances in the subnet. When a step fails, what the earlier ones
     * created is deleted again (the subnet, then the VPC) and the step's failure is thrown; a failure to delete is
     * added to it as a suppressed exception.
     *
     * @param plan what to create
     * @return what was created
     * @throws TencentCloudSDKException the failure of {@code CreateVpc}, {@code CreateSubnet} or {@code RunInstances}
     */
    public Deployment deploy(DeploymentPlan plan) throws TencentCloudSDKException {
        Vpc network = createVpc(plan.name(), plan.vpcCidrBlock());
        Subnet subnet;
        try {
            subnet = createSubnet(network, plan.name(), plan.subnetCidrBlock(), plan.zone());
        } catch (TencentCloudSDKException e) {
            undo(e, () -> deleteVpc(network.id()));
            throw e;
        }
        try {
            return new Deployment(network, subnet, runInstances(subnet, plan.servers()));
        } catch (TencentCloudSDKException e) {
            undo(e, () -> deleteSubnet(subnet.id()));
            undo(e, () -> deleteVpc(network.id()));
            throw e;
        }
    }

    /**
     * Terminates a deployment's instances, then deletes its subnet and its VPC. The real API refuses to delete a subnet
     * while its instances are still shutting down ({@code ResourceInUse}); call again later.
     *
     * @param deployment what {@link #deploy(DeploymentPlan)} created
     * @throws TencentCloudSDKException when a call fails; the later steps are not tried
     */
    public void tearDown(Deployment deployment) throws TencentCloudSDKException {
        if (!deployment.instanceIds().isEmpty()) {
            terminateInstances(deployment.instanceIds());
        }
        deleteSubnet(deployment.subnet().id());
        deleteVpc(deployment.vpc().id());
    }

    /**
     * Creates a VPC ({@code CreateVpc}).
     *
     * @param name its name, up to 60 characters
     * @param cidrBlock its IPv4 range, for example {@code "10.0.0.0/16"}
     * @return the VPC
     * @throws TencentCloudSDKException when the call fails, for example with {@code LimitExceeded}
     */
    public Vpc createVpc(String name, String cidrBlock) throws TencentCloudSDKException {
        ObjectNode parameters = JSON.createObjectNode()
                .put("VpcName", Objects.requireNonNull(name, "name"))
                .put("CidrBlock", Objects.requireNonNull(cidrBlock, "cidrBlock"));
        return Vpc.from(call(vpc, "CreateVpc", parameters).path("Vpc"));
    }

    /**
     * Describes VPCs ({@code DescribeVpcs}, first page).
     *
     * @param ids VPC IDs; none for the region's VPCs
     * @return the VPCs found, possibly none
     * @throws TencentCloudSDKException when the call fails, for example with {@code InvalidParameterValue.Malformed}
     */
    public List<Vpc> describeVpcs(String... ids) throws TencentCloudSDKException {
        ObjectNode parameters = JSON.createObjectNode();
        if (ids.length > 0) {
            putTexts(parameters.putArray("VpcIds"), Arrays.asList(ids), "VPC ID");
        }
        List<Vpc> vpcs = new ArrayList<>();
        for (JsonNode item : call(vpc, "DescribeVpcs", parameters).path("VpcSet")) {
            vpcs.add(Vpc.from(item));
        }
        return vpcs;
    }

    /**
     * Deletes a VPC ({@code DeleteVpc}); its subnets must be deleted first.
     *
     * @param vpcId the VPC ID
     * @throws TencentCloudSDKException when the call fails, for example with {@code ResourceInUse}
     */
    public void deleteVpc(String vpcId) throws TencentCloudSDKException {
        call(vpc, "DeleteVpc", JSON.createObjectNode().put("VpcId", Objects.requireNonNull(vpcId, "vpcId")));
    }

    /**
     * Creates a subnet of a VPC in one zone ({@code CreateSubnet}).
     *
     * @param network the VPC
     * @param name the subnet's name
     * @param cidrBlock its IPv4 range, inside the VPC's
     * @param zone its availability zone, for example {@code "ap-guangzhou-3"}
     * @return the subnet
     * @throws TencentCloudSDKException when the call fails, for example with {@code
     *     InvalidParameterValue.SubnetConflict}
     */
    public Subnet createSubnet(Vpc network, String name, String cidrBlock, String zone)
            throws TencentCloudSDKException {
        ObjectNode parameters = JSON.createObjectNode()
                .put("VpcId", network.id())
                .put("SubnetName", Objects.requireNonNull(name, "name"))
                .put("CidrBlock", Objects.requireNonNull(cidrBlock, "cidrBlock"))
                .put("Zone", Objects.requireNonNull(zone, "zone"));
        return Subnet.from(call(vpc, "CreateSubnet", parameters).path("Subnet"));
    }

    /**
     * Deletes a subnet ({@code DeleteSubnet}); nothing may be attached to it any more.
     *
     * @param subnetId the subnet ID
     * @throws TencentCloudSDKException when the call fails, for example with {@code ResourceInUse}
     */
    public void deleteSubnet(String subnetId) throws TencentCloudSDKException {
        call(
                vpc,
                "DeleteSubnet",
                JSON.createObjectNode().put("SubnetId", Objects.requireNonNull(subnetId, "subnetId")));
    }

    /**
     * Runs pay-as-you-go instances in a subnet, in its zone ({@code RunInstances}); they start on their own.
     *
     * @param subnet where to run them
     * @param spec what to run
     * @return the IDs of the new instances
     * @throws TencentCloudSDKException when the call fails, for example with {@code
     *     ResourceInsufficient.SpecifiedInstanceType}
     */
    public List<String> runInstances(Subnet subnet, InstanceSpec spec) throws TencentCloudSDKException {
        ObjectNode parameters = JSON.createObjectNode()
                .put("InstanceChargeType", "POSTPAID_BY_HOUR")
                .put("ImageId", spec.imageId())
                .put("InstanceType", spec.instanceType())
                .put("InstanceCount", spec.count())
                .put("InstanceName", spec.name());
        parameters.putObject("Placement").put("Zone", subnet.zone());
        parameters.putObject("VirtualPrivateCloud").put("VpcId", subnet.vpcId()).put("SubnetId", subnet.id());
        List<String> ids = new ArrayList<>();
        for (JsonNode id : call(cvm, "RunInstances", parameters).path("InstanceIdSet")) {
            ids.add(id.asText());
        }
        return ids;
    }

    /**
     * Describes instances by ID ({@code DescribeInstances}), {@value #PAGE_SIZE} IDs a call.
     *
     * @param ids instance IDs; none for every instance of the region, page by page
     * @return the instances found, possibly none
     * @throws TencentCloudSDKException when a call fails, for example with {@code InvalidInstanceId.Malformed}
     */
    public List<Instance> describeInstances(String... ids) throws TencentCloudSDKException {
        if (ids.length == 0) {
            return describeAllInstances(JSON.createObjectNode());
        }
        List<Instance> instances = new ArrayList<>();
        for (int from = 0; from < ids.length; from += PAGE_SIZE) {
            List<String> chunk = Arrays.asList(ids).subList(from, Math.min(ids.length, from + PAGE_SIZE));
            ObjectNode parameters = JSON.createObjectNode().put("Limit", PAGE_SIZE);
            putTexts(parameters.putArray("InstanceIds"), chunk, "instance ID");
            call(cvm, "DescribeInstances", parameters)
                    .path("InstanceSet")
                    .forEach(i -> instances.add(Instance.from(i)));
        }
        return instances;
    }

    /**
     * Describes the instances attached to a subnet ({@code DescribeInstances} with the {@code subnet-id} filter), page
     * by page until {@code TotalCount} are listed.
     *
     * @param subnet the subnet
     * @return its instances, possibly none
     * @throws TencentCloudSDKException when a call fails
     */
    public List<Instance> describeInstances(Subnet subnet) throws TencentCloudSDKException {
        ObjectNode filter = JSON.createObjectNode().put("Name", "subnet-id");
        filter.putArray("Values").add(subnet.id());
        ObjectNode parameters = JSON.createObjectNode();
        parameters.putArray("Filters").add(filter);
        return describeAllInstances(parameters);
    }

    private List<Instance> describeAllInstances(ObjectNode filters) throws TencentCloudSDKException {
        List<Instance> instances = new ArrayList<>();
        while (true) {
            ObjectNode parameters =
                    filters.deepCopy().put("Offset", instances.size()).put("Limit", PAGE_SIZE);
            JsonNode page = call(cvm, "DescribeInstances", parameters);
            page.path("InstanceSet").forEach(i -> instances.add(Instance.from(i)));
            if (page.path("InstanceSet").isEmpty()
                    || instances.size() >= page.path("TotalCount").asLong()) {
                return instances;
            }
        }
    }

    /**
     * Shuts instances down, trying a soft shutdown first ({@code StopInstances} with {@code StopType} {@code
     * SOFT_FIRST}).
     *
     * @param ids the instance IDs, at least one
     * @throws TencentCloudSDKException when the call fails, for example with {@code
     *     UnsupportedOperation.InstanceStateStopped}
     */
    public void stopInstances(List<String> ids) throws TencentCloudSDKException {
        call(cvm, "StopInstances", instanceIds(ids).put("StopType", "SOFT_FIRST"));
    }

    /**
     * Returns instances ({@code TerminateInstances}).
     *
     * @param ids the instance IDs, at least one
     * @throws TencentCloudSDKException when the call fails, for example with {@code InvalidInstanceId.NotFound}
     */
    public void terminateInstances(List<String> ids) throws TencentCloudSDKException {
        call(cvm, "TerminateInstances", instanceIds(ids));
    }

    private static ObjectNode instanceIds(List<String> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("at least one instance ID is needed");
        }
        ObjectNode parameters = JSON.createObjectNode();
        putTexts(parameters.putArray("InstanceIds"), ids, "instance ID");
        return parameters;
    }

    private static void putTexts(ArrayNode list, List<String> values, String what) {
        values.forEach(v -> list.add(Objects.requireNonNull(v, what)));
    }

    /** One step of undoing a deployment. */
    @FunctionalInterface
    private interface Step {
        void run() throws TencentCloudSDKException;
    }

    private static void undo(TencentCloudSDKException failure, Step step) {
        try {
            step.run();
        } catch (TencentCloudSDKException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static JsonNode call(CommonClient sdk, String action, ObjectNode parameters)
            throws TencentCloudSDKException {
        String body = sdk.call(action, parameters.toString());
        try {
            return JSON.readTree(body).path("Response");
        } catch (JsonProcessingException e) {
            throw new TencentCloudSDKException("the answer to " + action + " is not JSON", e);
        }
    }
}
