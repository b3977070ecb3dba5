package io.github.tctestkit.wiremock.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CBS (cbs 2017-03-12) on the engine: cloud disks, attached to CVM instances of the same account, region and zone.
 * Not API.
 *
 * <ul>
 *   <li>{@code CreateDisks}: {@code DiskCount} (1 to 50) disks of {@code DiskSize} GB (10 to 32000) in {@code
 *       Placement.Zone} of the request's region ({@code InvalidParameterValue} otherwise, {@code MissingParameter}
 *       without a zone, type, charge type or size); {@code UNATTACHED}. Over the quota: {@code
 *       InvalidParameterValue.LimitExceeded}.
 *   <li>{@code AttachDisks}: the instance must exist ({@code InvalidInstanceId.NotFound}) and be RUNNING or STOPPED
 *       ({@code InvalidInstance.NotSupported}); each disk must exist ({@code InvalidDiskId.NotFound}), be unattached
 *       ({@code ResourceUnavailable.Attached}), not be moving ({@code ResourceBusy}) and be in the instance's zone
 *       ({@code ResourceUnavailable.ZoneNotMatch}); ATTACHING then ATTACHED. At most 20 disks per instance ({@code
 *       LimitExceeded.InstanceAttachedDisk}).
 *   <li>{@code DetachDisks}: each disk must exist ({@code InvalidDiskId.NotFound}) and be attached ({@code
 *       ResourceUnavailable.NotSupported}), to {@code InstanceId} when given ({@code InvalidParameterValue});
 *       DETACHING then UNATTACHED.
 *   <li>{@code TerminateDisks}: unknown ids are {@code InvalidParameterValue} (the action documents no NotFound),
 *       attached disks {@code ResourceUnavailable.NotSupported}; the disks go.
 *   <li>{@code DescribeDisks}: by {@code DiskIds} and/or {@code Filters} ({@code InvalidFilter}).
 *   <li>{@code ModifyDiskAttributes}: {@code DiskName}, {@code Portable}, {@code DeleteWithInstance}, {@code
 *       ProjectId}; changing {@code DiskType} is not emulated ({@code ResourceUnavailable.NotSupported}).
 * </ul>
 *
 * <p>Malformed disk and instance ids are {@code InvalidParameterValue}, the one code these actions document for
 * them. Terminating an instance (CVM) detaches its disks at once.
 */
final class Cbs extends Product {

    private static final String BAD = "InvalidParameterValue";
    private static final int MAX_DISKS_PER_INSTANCE = 20;

    final ResourceType disk = type(ResourceType.builder("cbs", "Disk", "DiskId", "disk-")
            .shape(contract, "Disk")
            .name("DiskName", 60)
            .state("DiskState")
            .quota(200)
            .filter("disk-id", "/DiskId")
            .filter("disk-name", "/DiskName")
            .filter("disk-type", "/DiskType")
            .filter("disk-state", "/DiskState")
            .filter("disk-usage", "/DiskUsage")
            .filter("disk-charge-type", "/DiskChargeType")
            .filter("portable", "/Portable")
            .filter("zone", "/Placement/Zone")
            .filter("project-id", "/Placement/ProjectId")
            .filter("instance-id", "/InstanceId"));

    private final Cvm cvm;

    Cbs(Engine engine, Cvm cvm) {
        super(engine, "cbs", "2017-03-12");
        this.cvm = cvm;
        writes("CreateDisks", this::create);
        reads(
                "DescribeDisks",
                c -> describe(
                        c,
                        disk,
                        new Describe(
                                "DiskIds",
                                "DiskSet",
                                BAD,
                                null,
                                null,
                                "InvalidFilter",
                                "InvalidFilter",
                                20,
                                100,
                                BAD)));
        writes("AttachDisks", this::attach);
        writes("DetachDisks", this::detach);
        writes("TerminateDisks", this::terminate);
        writes("ModifyDiskAttributes", this::modify);
        cvm.onTerminate.add(this::instanceGone);
    }

    private ObjectNode create(Call c) {
        JsonNode zoneNode = c.node("Placement", "Zone");
        if (zoneNode == null || zoneNode.asText().isEmpty()) {
            throw c.fail("MissingParameter", "The request is missing the required parameter Placement.Zone.");
        }
        String zone = zoneNode.asText();
        Vpc.checkZone(c, zone, BAD);
        String type = c.required("DiskType");
        List<String> types = contract.structure("CreateDisksRequest")
                .member("DiskType")
                .orElseThrow()
                .allowedValues();
        if (!types.isEmpty() && !types.contains(type)) {
            throw c.fail(BAD, "DiskType must be one of " + types + ", but was " + type + ".");
        }
        String charge = c.required("DiskChargeType");
        if (c.node("DiskSize") == null && c.text("SnapshotId") == null) {
            throw c.fail("MissingParameter", "The request is missing the required parameter DiskSize.");
        }
        long size = c.integer("DiskSize", 50, 10, 32000, BAD);
        long count = c.integer("DiskCount", 1, 1, 50, BAD);
        String name = c.checkName(disk, c.text("DiskName"), BAD);
        checkRoomFor(c, disk, count, "InvalidParameterValue.LimitExceeded", "disks");
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ObjectNode data = F.objectNode();
            data.put("DiskName", name == null ? "Unnamed" : count > 1 ? name + "-" + i : name);
            data.put("DiskType", type);
            data.put("DiskChargeType", charge);
            data.put("DiskSize", size);
            data.put("DiskUsage", "DATA_DISK");
            data.put("DiskState", "UNATTACHED");
            data.put("Attached", false);
            data.put("Portable", true);
            data.put("SnapshotAbility", true);
            data.put("Shareable", c.bool("Shareable", false));
            data.put("InstanceType", "CVM");
            data.put("CreateTime", Vpc.TIME.format(c.now));
            data.putArray("InstanceIdList");
            ObjectNode placement = data.putObject("Placement");
            placement.put("Zone", zone);
            placement.put(
                    "ProjectId",
                    c.node("Placement", "ProjectId") == null
                            ? 0
                            : c.node("Placement", "ProjectId").asLong());
            ids.add(create(c, disk, data, "InvalidParameterValue.LimitExceeded")
                    .path("DiskId")
                    .asText());
        }
        ObjectNode out = answer(c);
        out.set("DiskIdSet", Engine.texts(ids));
        return out;
    }

    private List<ObjectNode> disks(Call c, List<String> ids, String notFoundCode) {
        List<ObjectNode> found = new ArrayList<>();
        for (String id : ids) {
            found.add(c.find(disk, id, BAD, notFoundCode));
        }
        return found;
    }

    private ObjectNode attach(Call c) {
        String instanceId = c.required("InstanceId");
        List<String> ids = c.requiredTexts("DiskIds");
        if (ids.size() > 10) {
            throw c.fail("InvalidParameterValue.LimitExceeded", "At most 10 DiskIds per request.");
        }
        ObjectNode instance = c.find(cvm.instance, instanceId, BAD, "InvalidInstanceId.NotFound");
        String instanceState = state(cvm.instance, instance);
        if (!Set.of("RUNNING", "STOPPED").contains(instanceState)) {
            throw c.fail(
                    "InvalidInstance.NotSupported",
                    "Instance " + instanceId + " is " + instanceState
                            + "; disks attach to a RUNNING or STOPPED instance.");
        }
        String zone = instance.path("Placement").path("Zone").asText();
        List<ObjectNode> found = disks(c, ids, "InvalidDiskId.NotFound");
        for (ObjectNode d : found) {
            String id = d.path("DiskId").asText();
            String state = state(disk, d);
            if (state.equals("ATTACHED") || state.equals("ATTACHING")) {
                throw c.fail(
                        "ResourceUnavailable.Attached",
                        "Disk " + id + " is already attached to "
                                + d.path("InstanceId").asText() + ".");
            }
            if (!state.equals("UNATTACHED")) {
                throw c.fail("ResourceBusy", "Disk " + id + " is " + state + "; wait until it is UNATTACHED.");
            }
            if (!d.path("Placement").path("Zone").asText().equals(zone)) {
                throw c.fail(
                        "ResourceUnavailable.ZoneNotMatch",
                        "Disk " + id + " is in zone "
                                + d.path("Placement").path("Zone").asText() + ", instance " + instanceId + " in " + zone
                                + ".");
            }
            if (!d.path("Portable").asBoolean(true)) {
                throw c.fail("ResourceUnavailable.NotPortable", "Disk " + id + " cannot be attached or detached.");
            }
        }
        if (instance.path("DataDisks").size() + found.size() > MAX_DISKS_PER_INSTANCE) {
            throw c.fail(
                    "LimitExceeded.InstanceAttachedDisk",
                    "Instance " + instanceId + " can hold at most " + MAX_DISKS_PER_INSTANCE + " data disks.");
        }
        boolean deleteWithInstance = c.bool("DeleteWithInstance", false);
        ObjectNode changedInstance = instance.deepCopy();
        ArrayNode dataDisks = changedInstance.withArray("DataDisks");
        for (ObjectNode d : found) {
            String id = d.path("DiskId").asText();
            ObjectNode copy = d.deepCopy();
            copy.put("Attached", true);
            copy.put("InstanceId", instanceId);
            copy.putArray("InstanceIdList").add(instanceId);
            copy.put("LastAttachInsId", instanceId);
            copy.put("DeleteWithInstance", deleteWithInstance);
            copy.put("AttachMode", orElse(c.text("AttachMode"), "PF"));
            update(c, disk, copy);
            transition(c, disk, id, "ATTACHING", "ATTACHED");
            dataDisks
                    .addObject()
                    .put("DiskId", id)
                    .put("DiskSize", d.path("DiskSize").asLong())
                    .put("DiskType", d.path("DiskType").asText())
                    .put("DeleteWithInstance", deleteWithInstance);
        }
        update(c, cvm.instance, changedInstance);
        return answer(c);
    }

    private ObjectNode detach(Call c) {
        List<String> ids = c.requiredTexts("DiskIds");
        if (ids.size() > 10) {
            throw c.fail("InvalidParameterValue.LimitExceeded", "At most 10 DiskIds per request.");
        }
        String instanceId = c.text("InstanceId");
        List<ObjectNode> found = disks(c, ids, "InvalidDiskId.NotFound");
        for (ObjectNode d : found) {
            String id = d.path("DiskId").asText();
            String state = state(disk, d);
            if (state.equals("UNATTACHED")) {
                throw c.fail("ResourceUnavailable.NotSupported", "Disk " + id + " is not attached.");
            }
            if (!state.equals("ATTACHED")) {
                throw c.fail("ResourceBusy", "Disk " + id + " is " + state + "; wait until it is ATTACHED.");
            }
            if (instanceId != null
                    && !instanceId.isEmpty()
                    && !d.path("InstanceId").asText().equals(instanceId)) {
                throw c.fail(
                        BAD,
                        "Disk " + id + " is attached to " + d.path("InstanceId").asText() + ", not to " + instanceId
                                + ".");
            }
        }
        for (ObjectNode d : found) {
            String id = d.path("DiskId").asText();
            forgetOnInstance(c, d.path("InstanceId").asText(), id);
            update(c, disk, unattached(d));
            transition(c, disk, id, "DETACHING", "UNATTACHED");
        }
        return answer(c);
    }

    private ObjectNode terminate(Call c) {
        List<String> ids = c.requiredTexts("DiskIds");
        if (ids.size() > 100) {
            throw c.fail("InvalidParameterValue.LimitExceeded", "At most 100 DiskIds per request.");
        }
        List<ObjectNode> found = disks(c, ids, BAD);
        for (ObjectNode d : found) {
            String state = state(disk, d);
            if (!state.equals("UNATTACHED")) {
                throw c.fail(
                        state.equals("ATTACHED") ? "ResourceUnavailable.NotSupported" : "ResourceBusy",
                        "Disk " + d.path("DiskId").asText() + " is " + state + "; detach it first.");
            }
        }
        for (ObjectNode d : found) {
            engine.remove(c.space, disk, d.path("DiskId").asText());
        }
        return answer(c);
    }

    private ObjectNode modify(Call c) {
        List<String> ids = c.requiredTexts("DiskIds");
        if (ids.size() > 100) {
            throw c.fail("InvalidParameterValue.LimitExceeded", "At most 100 DiskIds per request.");
        }
        String name = c.checkName(disk, c.text("DiskName"), BAD);
        if (c.text("DiskType") != null) {
            throw c.fail("ResourceUnavailable.NotSupported", "Changing DiskType is not emulated by tctestkit.");
        }
        List<ObjectNode> found = disks(c, ids, "InvalidDiskId.NotFound");
        for (ObjectNode d : found) {
            ObjectNode copy = d.deepCopy();
            if (name != null) {
                copy.put("DiskName", name);
            }
            if (c.node("Portable") != null) {
                copy.put("Portable", c.bool("Portable", true));
            }
            if (c.node("DeleteWithInstance") != null) {
                copy.put("DeleteWithInstance", c.bool("DeleteWithInstance", false));
            }
            if (c.node("ProjectId") != null) {
                copy.with("Placement").put("ProjectId", c.integer("ProjectId", 0, 0, Long.MAX_VALUE, BAD));
            }
            update(c, disk, copy);
        }
        return answer(c);
    }

    /** CVM's hook: an instance is being terminated, so its disks are detached (or go with it). */
    private void instanceGone(Call c, String instanceId) {
        for (Space.Bucket.Stored s : new ArrayList<>(c.space.bucket(disk).byId.values())) {
            if (s.data().path("InstanceId").asText().equals(instanceId)) {
                String id = s.data().path("DiskId").asText();
                c.space.unschedule(disk, id);
                if (s.data().path("DeleteWithInstance").asBoolean(false)) {
                    engine.remove(c.space, disk, id);
                } else {
                    ObjectNode copy = unattached(s.data());
                    copy.put("DiskState", "UNATTACHED");
                    update(c, disk, copy);
                }
            }
        }
    }

    private static ObjectNode unattached(ObjectNode d) {
        ObjectNode copy = d.deepCopy();
        copy.put("Attached", false);
        copy.put("InstanceId", "");
        copy.putArray("InstanceIdList");
        return copy;
    }

    private void forgetOnInstance(Call c, String instanceId, String diskId) {
        c.get(cvm.instance, instanceId).ifPresent(i -> {
            ObjectNode copy = i.deepCopy();
            ArrayNode kept = F.arrayNode();
            for (JsonNode d : copy.path("DataDisks")) {
                if (!d.path("DiskId").asText().equals(diskId)) {
                    kept.add(d);
                }
            }
            copy.set("DataDisks", kept);
            update(c, cvm.instance, copy);
        });
    }

    private static String orElse(String v, String fallback) {
        return v == null || v.isEmpty() ? fallback : v;
    }
}
