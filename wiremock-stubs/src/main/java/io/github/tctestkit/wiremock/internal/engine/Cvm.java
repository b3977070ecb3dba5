package io.github.tctestkit.wiremock.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * CVM (cvm 2017-03-12) on the engine: instances. Not API.
 *
 * <ul>
 *   <li>{@code RunInstances}: {@code InstanceCount} (1 to 100, else {@code InvalidParameterValue.Range}) instances
 *       in {@code Placement.Zone} ({@code MissingParameter} without one, {@code InvalidZone.MismatchRegion} for a
 *       zone of another region), named {@code InstanceName} ({@code -1}, {@code -2}... appended for several; longer
 *       than 128 characters is {@code InvalidInstanceName.TooLong}), in {@code VirtualPrivateCloud.VpcId/SubnetId},
 *       which must exist in the same account and region ({@code InvalidParameterValue.VpcIdMalformed}, {@code
 *       .VpcIdNotExist}, {@code .SubnetIdMalformed}, {@code .SubnetNotExist}, {@code .VpcIdSubnetIdNotMatch}, {@code
 *       .SubnetIdZoneIdNotMatch}), with {@code SecurityGroupIds} that exist ({@code
 *       InvalidSecurityGroupId.NotFound}); each gets a private address of its subnet. Over the quota: {@code
 *       LimitExceeded.InstanceQuota}.
 *   <li>{@code DescribeInstances} and {@code DescribeInstancesStatus} (id and state only): by {@code InstanceIds} ({@code InvalidInstanceId.Malformed}; unknown ids are left
 *       out) or {@code Filters} ({@code InvalidFilter} for an unknown name), not both ({@code InvalidParameter});
 *       {@code Offset}/{@code Limit} up to 100.
 *   <li>{@code StartInstances}, {@code StopInstances}, {@code RebootInstances}, {@code TerminateInstances}: every id
 *       is checked first ({@code InvalidInstanceId.Malformed}, {@code InvalidInstanceId.NotFound}), then every state
 *       ({@link #LIFECYCLE}; a wrong one is {@code UnsupportedOperation.InstanceState<State>}); then all move.
 *       Terminating detaches the instance's disks and frees its address; the instance goes when TERMINATING ends;
 *       an instance with {@code DisableApiTermination} is {@code UnsupportedOperation.InstancesProtected}.
 *   <li>{@code ModifyInstancesAttribute}: {@code InstanceName}, {@code SecurityGroups} (they must exist), {@code
 *       DisableApiTermination}, {@code CamRoleName}; not while PENDING, STARTING, STOPPING, REBOOTING, TERMINATING or
 *       SHUTDOWN ({@code UnsupportedOperation.InstanceState<State>}).
 * </ul>
 */
final class Cvm extends Product {

    static final Lifecycle LIFECYCLE = new Lifecycle(
                    (action, state) -> "UnsupportedOperation.InstanceState" + camel(state))
            .step("StartInstances", Set.of("STOPPED"), "STARTING", "RUNNING")
            .step("StopInstances", Set.of("RUNNING"), "STOPPING", "STOPPED")
            .step("RebootInstances", Set.of("RUNNING"), "REBOOTING", "RUNNING")
            .step("TerminateInstances", Set.of("RUNNING", "STOPPED", "SHUTDOWN", "LAUNCH_FAILED"), "TERMINATING", null);

    private static final List<String> FALLBACKS = List.of("UnsupportedOperation", "InvalidInstance.NotSupported");
    private static final int MAX_IDS = 100;

    final ResourceType instance;
    private final Vpc vpc;
    /** Hooks told of each instance being terminated, under the space's lock (CBS detaches its disks). */
    final List<BiConsumer<Call, String>> onTerminate = new CopyOnWriteArrayList<>();

    Cvm(Engine engine, Vpc vpc) {
        super(engine, "cvm", "2017-03-12");
        this.vpc = vpc;
        this.instance = type(ResourceType.builder("cvm", "Instance", "InstanceId", "ins-")
                .shape(contract, "Instance")
                .name("InstanceName", 128)
                .state("InstanceState")
                .quota(100)
                .filter("instance-id", "/InstanceId")
                .filter("instance-name", "/InstanceName")
                .filter("instance-state", "/InstanceState")
                .filter("instance-type", "/InstanceType")
                .filter("instance-charge-type", "/InstanceChargeType")
                .filter("image-id", "/ImageId")
                .filter("zone", "/Placement/Zone")
                .filter("project-id", "/Placement/ProjectId")
                .filter("vpc-id", "/VirtualPrivateCloud/VpcId")
                .filter("subnet-id", "/VirtualPrivateCloud/SubnetId")
                .filter("security-group-id", "/SecurityGroupIds")
                .filter("private-ip-address", "/PrivateIpAddresses"));
        references(instance, "/VirtualPrivateCloud/VpcId", vpc.vpc);
        references(instance, "/VirtualPrivateCloud/SubnetId", vpc.subnet);
        references(instance, "/SecurityGroupIds", vpc.securityGroup);
        writes("RunInstances", this::run);
        reads(
                "DescribeInstances",
                c -> describe(
                        c,
                        instance,
                        new Describe(
                                "InstanceIds",
                                "InstanceSet",
                                "InvalidInstanceId.Malformed",
                                "InvalidParameter",
                                null,
                                "InvalidFilter",
                                "InvalidFilter",
                                20,
                                100,
                                "InvalidParameterValue")));
        for (String action : LIFECYCLE.steps().keySet()) {
            writes(action, this::step);
        }
        writes("ModifyInstancesAttribute", this::modify);
        reads("DescribeInstancesStatus", c -> {
            ObjectNode out = describe(
                    c,
                    instance,
                    new Describe(
                            "InstanceIds",
                            "InstanceStatusSet",
                            "InvalidInstanceId.Malformed",
                            null,
                            null,
                            "InvalidFilter",
                            "InvalidFilter",
                            20,
                            100,
                            "InvalidParameterValue"));
            ArrayNode statuses = F.arrayNode();
            for (JsonNode i : out.path("InstanceStatusSet")) {
                statuses.addObject()
                        .put("InstanceId", i.path("InstanceId").asText())
                        .put("InstanceState", i.path("InstanceState").asText());
            }
            out.set("InstanceStatusSet", statuses);
            return out;
        });
    }

    private ObjectNode run(Call c) {
        String zone = c.node("Placement", "Zone") == null
                ? null
                : c.node("Placement", "Zone").asText();
        if (zone == null || zone.isEmpty()) {
            throw c.fail("MissingParameter", "The request is missing the required parameter Placement.Zone.");
        }
        Vpc.checkZone(c, zone, "InvalidZone.MismatchRegion");
        long count = c.integer("InstanceCount", 1, 1, 100, "InvalidParameterValue.Range");
        String name = c.checkName(instance, c.text("InstanceName"), "InvalidInstanceName.TooLong");
        ObjectNode network = F.objectNode();
        ObjectNode subnet = null;
        JsonNode vpcParams = c.node("VirtualPrivateCloud");
        if (vpcParams != null) {
            String vpcId = c.node("VirtualPrivateCloud", "VpcId") == null
                    ? null
                    : c.node("VirtualPrivateCloud", "VpcId").asText();
            String subnetId = c.node("VirtualPrivateCloud", "SubnetId") == null
                    ? null
                    : c.node("VirtualPrivateCloud", "SubnetId").asText();
            if (vpcId == null || subnetId == null) {
                throw c.fail("MissingParameter", "VirtualPrivateCloud needs both VpcId and SubnetId.");
            }
            c.find(vpc.vpc, vpcId, "InvalidParameterValue.VpcIdMalformed", "InvalidParameterValue.VpcIdNotExist");
            subnet = c.find(
                    vpc.subnet,
                    subnetId,
                    "InvalidParameterValue.SubnetIdMalformed",
                    "InvalidParameterValue.SubnetNotExist");
            if (!subnet.path("VpcId").asText().equals(vpcId)) {
                throw c.fail(
                        "InvalidParameterValue.VpcIdSubnetIdNotMatch",
                        "Subnet " + subnetId + " belongs to "
                                + subnet.path("VpcId").asText() + ", not to " + vpcId + ".");
            }
            if (!subnet.path("Zone").asText().equals(zone)) {
                throw c.fail(
                        "InvalidParameterValue.SubnetIdZoneIdNotMatch",
                        "Subnet " + subnetId + " is in zone "
                                + subnet.path("Zone").asText() + ", not in " + zone + ".");
            }
            if (subnet.path("AvailableIpAddressCount").asLong() < count) {
                throw c.fail(
                        "FailedOperation.NoAvailableIpAddressCountInSubnet",
                        "Subnet " + subnetId + " has "
                                + subnet.path("AvailableIpAddressCount").asLong() + " free addresses, " + count
                                + " are needed.");
            }
            network.put("VpcId", vpcId);
            network.put("SubnetId", subnetId);
            network.put("AsVpcGateway", false);
        }
        List<String> groups = c.texts("SecurityGroupIds");
        if (groups != null) {
            for (String g : groups) {
                if (!vpc.securityGroup.isWellFormed(g)
                        || c.get(vpc.securityGroup, g).isEmpty()) {
                    throw c.fail(
                            "InvalidSecurityGroupId.NotFound",
                            "No security group " + g + " exists in region " + c.region() + " of this account.");
                }
            }
        }
        checkRoomFor(c, instance, count, "LimitExceeded.InstanceQuota", "instances");
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ObjectNode data = F.objectNode();
            ObjectNode placement = data.putObject("Placement");
            placement.put("Zone", zone);
            placement.put(
                    "ProjectId",
                    c.node("Placement", "ProjectId") == null
                            ? 0
                            : c.node("Placement", "ProjectId").asLong());
            data.put("InstanceType", orElse(c.text("InstanceType"), "S5.MEDIUM2"));
            data.put("InstanceChargeType", orElse(c.text("InstanceChargeType"), "POSTPAID_BY_HOUR"));
            data.put("ImageId", orElse(c.text("ImageId"), ""));
            data.put("InstanceName", name == null ? "Unnamed" : count > 1 ? name + "-" + i : name);
            data.put("InstanceState", "PENDING");
            data.put("RestrictState", "NORMAL");
            data.put(
                    "CreatedTime",
                    DateTimeFormatter.ISO_INSTANT.format(c.now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
            data.put("Uuid", UUID.randomUUID().toString());
            data.put("StopChargingMode", "NOT_APPLICABLE");
            data.put("IsolatedSource", "NOTISOLATED");
            data.put("LicenseType", "TencentCloud");
            data.put("DefaultLoginUser", "root");
            data.put("DefaultLoginPort", 22);
            data.put("LatestOperation", "RunInstances");
            data.put("LatestOperationState", "SUCCESS");
            data.put("DisableApiTermination", c.bool("DisableApiTermination", false));
            if (c.node("SystemDisk") != null) {
                data.set("SystemDisk", c.node("SystemDisk"));
            }
            if (c.node("HostName") != null) {
                data.put("HostName", c.text("HostName"));
            }
            data.set("SecurityGroupIds", Engine.texts(groups == null ? List.of() : groups));
            ArrayNode addresses = data.putArray("PrivateIpAddresses");
            if (subnet != null) {
                data.set("VirtualPrivateCloud", network.deepCopy());
                addresses.add(allocateAddress(c, subnet.path("SubnetId").asText()));
            }
            ObjectNode stored = create(c, instance, data, "LimitExceeded.InstanceQuota");
            String id = stored.path("InstanceId").asText();
            ids.add(id);
            transition(c, instance, id, "PENDING", "RUNNING");
        }
        ObjectNode out = answer(c);
        out.set("InstanceIdSet", Engine.texts(ids));
        return out;
    }

    /** The next free address of a subnet (its 3 first and its last are reserved); one fewer available. */
    private String allocateAddress(Call c, String subnetId) {
        ObjectNode s = c.get(vpc.subnet, subnetId).orElseThrow().deepCopy();
        Vpc.Cidr cidr = Vpc.Cidr.parse(s.path("CidrBlock").asText());
        Set<String> used = new java.util.HashSet<>();
        for (Space.Bucket.Stored i : c.space.bucket(instance).byId.values()) {
            i.data().path("PrivateIpAddresses").forEach(a -> used.add(a.asText()));
        }
        long total = s.path("TotalIpAddressCount").asLong();
        String chosen = null;
        for (long n = 2; n < total - 1 && chosen == null; n++) {
            String a = cidr.address(n);
            if (!used.contains(a)) {
                chosen = a;
            }
        }
        s.put(
                "AvailableIpAddressCount",
                Math.max(0, s.path("AvailableIpAddressCount").asLong() - 1));
        update(c, vpc.subnet, s);
        return chosen == null ? cidr.address(2) : chosen;
    }

    private ObjectNode step(Call c) {
        List<String> ids = c.requiredTexts("InstanceIds");
        if (ids.size() > MAX_IDS) {
            throw c.fail("InvalidParameterValue.LimitExceeded", "At most " + MAX_IDS + " InstanceIds per request.");
        }
        Lifecycle.Step step = LIFECYCLE.step(c.action);
        List<ObjectNode> found = new ArrayList<>();
        for (String id : ids) {
            found.add(c.find(instance, id, "InvalidInstanceId.Malformed", "InvalidInstanceId.NotFound"));
        }
        for (ObjectNode i : found) {
            if (step.to() == null && i.path("DisableApiTermination").asBoolean(false)) {
                throw c.fail(
                        "UnsupportedOperation.InstancesProtected",
                        "Instance " + i.path("InstanceId").asText()
                                + " is protected from termination (DisableApiTermination); modify it first.");
            }
            String state = state(instance, i);
            if (!step.from().contains(state)) {
                throw c.fail(
                        LIFECYCLE.refusal(c, state, FALLBACKS),
                        "Instance " + i.path("InstanceId").asText() + " is " + state + "; " + c.action + " needs it "
                                + String.join(" or ", new java.util.TreeSet<>(step.from())) + ".");
            }
        }
        for (ObjectNode i : found) {
            String id = i.path("InstanceId").asText();
            ObjectNode copy = i.deepCopy();
            copy.put("LatestOperation", c.action);
            copy.put("LatestOperationState", "SUCCESS");
            update(c, instance, copy);
            if (step.to() == null) {
                for (BiConsumer<Call, String> hook : onTerminate) {
                    hook.accept(c, id);
                }
                releaseAddress(c, copy);
            }
            transition(c, instance, id, step.via(), step.to());
        }
        return answer(c);
    }

    /** States in which ModifyInstancesAttribute refuses an instance (the codes it documents). */
    private static final Set<String> NOT_MODIFIABLE =
            Set.of("PENDING", "STARTING", "STOPPING", "REBOOTING", "TERMINATING", "SHUTDOWN");

    private ObjectNode modify(Call c) {
        List<String> ids = c.requiredTexts("InstanceIds");
        if (ids.size() > MAX_IDS) {
            throw c.fail("InvalidParameterValue.LimitExceeded", "At most " + MAX_IDS + " InstanceIds per request.");
        }
        String name = c.checkName(instance, c.text("InstanceName"), "InvalidInstanceName.TooLong");
        List<String> groups = c.texts("SecurityGroups");
        if (groups != null) {
            for (String g : groups) {
                if (!vpc.securityGroup.isWellFormed(g)
                        || c.get(vpc.securityGroup, g).isEmpty()) {
                    throw c.fail(
                            "InvalidSecurityGroupId.NotFound",
                            "No security group " + g + " exists in region " + c.region() + " of this account.");
                }
            }
        }
        List<ObjectNode> found = new ArrayList<>();
        for (String id : ids) {
            ObjectNode i = c.find(instance, id, "InvalidInstanceId.Malformed", "InvalidInstanceId.NotFound");
            String state = state(instance, i);
            if (NOT_MODIFIABLE.contains(state)) {
                throw c.fail(
                        "UnsupportedOperation.InstanceState" + camel(state),
                        "Instance " + id + " is " + state + "; wait until it is RUNNING or STOPPED.");
            }
            found.add(i);
        }
        for (ObjectNode i : found) {
            ObjectNode copy = i.deepCopy();
            if (name != null) {
                copy.put("InstanceName", name);
            }
            if (groups != null) {
                copy.set("SecurityGroupIds", Engine.texts(groups));
            }
            if (c.node("DisableApiTermination") != null) {
                copy.put("DisableApiTermination", c.bool("DisableApiTermination", false));
            }
            if (c.text("CamRoleName") != null) {
                copy.put("CamRoleName", c.text("CamRoleName"));
            }
            copy.put("LatestOperation", c.action);
            copy.put("LatestOperationState", "SUCCESS");
            update(c, instance, copy);
        }
        return answer(c);
    }

    private void releaseAddress(Call c, ObjectNode i) {
        String subnetId = i.path("VirtualPrivateCloud").path("SubnetId").asText("");
        c.get(vpc.subnet, subnetId).ifPresent(s -> {
            ObjectNode copy = s.deepCopy();
            copy.put(
                    "AvailableIpAddressCount",
                    copy.path("AvailableIpAddressCount").asLong() + 1);
            update(c, vpc.subnet, copy);
        });
    }

    private static String orElse(String v, String fallback) {
        return v == null || v.isEmpty() ? fallback : v;
    }
}
