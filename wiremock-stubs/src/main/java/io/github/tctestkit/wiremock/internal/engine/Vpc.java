package io.github.tctestkit.wiremock.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * VPC (vpc 2017-03-12) on the engine: VPCs, subnets and security groups. Not API.
 *
 * <ul>
 *   <li>{@code CreateVpc}, {@code DescribeVpcs}, {@code ModifyVpcAttribute}, {@code DeleteVpc}: a private IPv4 CIDR
 *       (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16, prefix /12 to /28); deleting a VPC that still holds a subnet
 *       or an instance is {@code ResourceInUse}.
 *   <li>{@code CreateSubnet}, {@code DescribeSubnets}, {@code ModifySubnetAttribute}, {@code DeleteSubnet}: the CIDR must lie inside the VPC's
 *       ({@code InvalidParameterValue.SubnetRange}) and overlap no other subnet of the VPC ({@code
 *       InvalidParameterValue.SubnetConflict}); the zone must be one of the region's ({@code
 *       InvalidParameterValue.ZoneConflict}); deleting a subnet that holds an instance is {@code ResourceInUse}.
 *   <li>{@code CreateSecurityGroup}, {@code DescribeSecurityGroups}, {@code ModifySecurityGroupAttribute}, {@code
 *       DeleteSecurityGroup}: deleting a group
 *       an instance uses is {@code ResourceInUse}.
 * </ul>
 *
 * <p>Describe: ids or {@code Filters}, not both ({@code InvalidParameter.Coexist}); an unknown id is {@code
 * ResourceNotFound}; an unknown filter name {@code InvalidParameter.FilterInvalidKey}; {@code Limit} up to 100
 * ({@code InvalidParameterValue.Range}). Malformed ids are {@code InvalidParameterValue.Malformed} (security groups:
 * {@code InvalidSecurityGroupID.Malformed} / {@code .NotFound} where DeleteSecurityGroup documents them).
 */
final class Vpc extends Product {

    static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.ofHours(8));

    final ResourceType vpc = type(ResourceType.builder("vpc", "Vpc", "VpcId", "vpc-")
            .shape(contract, "Vpc")
            .name("VpcName", 60)
            .quota(20)
            .filter("vpc-id", "/VpcId")
            .filter("vpc-name", "/VpcName")
            .filter("is-default", "/IsDefault")
            .filter("cidr-block", "/CidrBlock"));

    final ResourceType subnet = type(ResourceType.builder("vpc", "Subnet", "SubnetId", "subnet-")
            .shape(contract, "Subnet")
            .name("SubnetName", 60)
            .quota(100)
            .filter("subnet-id", "/SubnetId")
            .filter("vpc-id", "/VpcId")
            .filter("cidr-block", "/CidrBlock")
            .filter("is-default", "/IsDefault")
            .filter("subnet-name", "/SubnetName")
            .filter("zone", "/Zone"));

    final ResourceType securityGroup = type(ResourceType.builder("vpc", "SecurityGroup", "SecurityGroupId", "sg-")
            .shape(contract, "SecurityGroup")
            .name("SecurityGroupName", 60)
            .quota(50)
            .filter("security-group-id", "/SecurityGroupId")
            .filter("security-group-name", "/SecurityGroupName")
            .filter("project-id", "/ProjectId"));

    private static final String MALFORMED = "InvalidParameterValue.Malformed";

    Vpc(Engine engine) {
        super(engine, "vpc", "2017-03-12");
        references(subnet, "/VpcId", vpc);
        writes("CreateVpc", this::createVpc);
        reads("DescribeVpcs", c -> describe(c, vpc, describeOf("VpcIds", "VpcSet")));
        writes("ModifyVpcAttribute", this::modifyVpc);
        writes("DeleteVpc", c -> {
            String id = c.required("VpcId");
            c.find(vpc, id, MALFORMED, "ResourceNotFound");
            delete(c, vpc, id, "ResourceInUse");
            return answer(c);
        });
        writes("CreateSubnet", this::createSubnet);
        reads("DescribeSubnets", c -> describe(c, subnet, describeOf("SubnetIds", "SubnetSet")));
        writes("DeleteSubnet", c -> {
            String id = c.required("SubnetId");
            c.find(subnet, id, MALFORMED, "ResourceNotFound");
            delete(c, subnet, id, "ResourceInUse");
            return answer(c);
        });
        writes("ModifySubnetAttribute", c -> {
            ObjectNode copy = c.find(subnet, c.required("SubnetId"), MALFORMED, "ResourceNotFound")
                    .deepCopy();
            if (c.text("SubnetName") != null) {
                copy.put("SubnetName", c.checkName(subnet, c.text("SubnetName"), "InvalidParameterValue.TooLong"));
            }
            if (c.node("EnableBroadcast") != null) {
                copy.put("EnableBroadcast", c.bool("EnableBroadcast", false));
            }
            update(c, subnet, copy);
            return answer(c);
        });
        writes("CreateSecurityGroup", this::createSecurityGroup);
        writes("ModifySecurityGroupAttribute", c -> {
            ObjectNode copy = c.find(securityGroup, c.required("SecurityGroupId"), MALFORMED, "ResourceNotFound")
                    .deepCopy();
            if (c.text("GroupName") != null) {
                copy.put(
                        "SecurityGroupName",
                        c.checkName(securityGroup, c.text("GroupName"), "InvalidParameterValue.TooLong"));
            }
            if (c.text("GroupDescription") != null) {
                if (c.text("GroupDescription").length() > 100) {
                    throw c.fail("InvalidParameterValue.TooLong", "GroupDescription must have at most 100 characters.");
                }
                copy.put("SecurityGroupDesc", c.text("GroupDescription"));
            }
            copy.put("UpdateTime", TIME.format(c.now));
            update(c, securityGroup, copy);
            return answer(c);
        });
        reads(
                "DescribeSecurityGroups",
                c -> describe(c, securityGroup, describeOf("SecurityGroupIds", "SecurityGroupSet")));
        writes("DeleteSecurityGroup", c -> {
            String id = c.required("SecurityGroupId");
            c.find(securityGroup, id, "InvalidSecurityGroupID.Malformed", "InvalidSecurityGroupID.NotFound");
            delete(c, securityGroup, id, "ResourceInUse");
            return answer(c);
        });
    }

    private static Describe describeOf(String ids, String list) {
        return new Describe(
                ids,
                list,
                MALFORMED,
                "InvalidParameter.Coexist",
                "ResourceNotFound",
                "InvalidParameter.FilterInvalidKey",
                "InvalidParameter.FilterNotDict",
                20,
                100,
                "InvalidParameterValue.Range");
    }

    private ObjectNode createVpc(Call c) {
        String name = c.checkName(vpc, c.required("VpcName"), "InvalidParameterValue.TooLong");
        String text = c.required("CidrBlock");
        Cidr cidr = Cidr.parse(text);
        if (cidr == null) {
            throw c.fail(MALFORMED, "CidrBlock \"" + text + "\" is not an IPv4 CIDR block such as 10.0.0.0/16.");
        }
        if (!cidr.isPrivateVpcRange()) {
            throw c.fail(
                    "InvalidParameterValue",
                    "CidrBlock " + text + " must lie in 10.0.0.0/8, 172.16.0.0/12 or"
                            + " 192.168.0.0/16 with a prefix of /12 to /28.");
        }
        ObjectNode data = F.objectNode();
        data.put("VpcName", name);
        data.put("CidrBlock", cidr.toString());
        data.put("IsDefault", false);
        data.put("EnableMulticast", c.bool("EnableMulticast", false));
        data.put("CreatedTime", TIME.format(c.now));
        List<String> dns = c.texts("DnsServers");
        data.set("DnsServerSet", Engine.texts(dns == null ? List.of("183.60.83.19", "183.60.82.98") : dns));
        data.put("DomainName", c.text("DomainName") == null ? "" : c.text("DomainName"));
        data.put("EnableDhcp", true);
        data.set("TagSet", tags(c));
        ObjectNode stored = create(c, vpc, data, "LimitExceeded");
        ObjectNode out = answer(c);
        out.set("Vpc", stored);
        return out;
    }

    private ObjectNode modifyVpc(Call c) {
        String id = c.required("VpcId");
        ObjectNode copy = c.find(vpc, id, MALFORMED, "ResourceNotFound").deepCopy();
        String name = c.text("VpcName");
        if (name != null) {
            copy.put("VpcName", c.checkName(vpc, name, "InvalidParameterValue.TooLong"));
        }
        List<String> dns = c.texts("DnsServers");
        if (dns != null) {
            copy.set("DnsServerSet", Engine.texts(dns));
        }
        if (c.text("DomainName") != null) {
            copy.put("DomainName", c.text("DomainName"));
        }
        if (c.node("EnableMulticast") != null) {
            copy.put("EnableMulticast", c.bool("EnableMulticast", false));
        }
        update(c, vpc, copy);
        return answer(c);
    }

    private ObjectNode createSubnet(Call c) {
        String vpcId = c.required("VpcId");
        String name = c.checkName(subnet, c.required("SubnetName"), "InvalidParameterValue.TooLong");
        String text = c.required("CidrBlock");
        String zone = c.required("Zone");
        ObjectNode owner = c.find(vpc, vpcId, MALFORMED, "ResourceNotFound");
        Cidr cidr = Cidr.parse(text);
        if (cidr == null) {
            throw c.fail(MALFORMED, "CidrBlock \"" + text + "\" is not an IPv4 CIDR block such as 10.0.1.0/24.");
        }
        Cidr vpcCidr = Cidr.parse(owner.path("CidrBlock").asText());
        if (vpcCidr == null || !vpcCidr.contains(cidr) || cidr.prefix > 29) {
            throw c.fail(
                    "InvalidParameterValue.SubnetRange",
                    "CidrBlock " + text + " must lie inside the VPC's "
                            + owner.path("CidrBlock").asText() + " with a prefix of at most /29.");
        }
        for (Space.Bucket.Stored s : c.space.bucket(subnet).byId.values()) {
            if (s.data().path("VpcId").asText().equals(vpcId)) {
                Cidr other = Cidr.parse(s.data().path("CidrBlock").asText());
                if (other != null && other.overlaps(cidr)) {
                    throw c.fail(
                            "InvalidParameterValue.SubnetConflict",
                            "CidrBlock " + text + " overlaps subnet "
                                    + s.data().path("SubnetId").asText() + " (" + other + ") of " + vpcId + ".");
                }
            }
        }
        checkZone(c, zone, "InvalidParameterValue.ZoneConflict");
        long total = 1L << (32 - cidr.prefix);
        ObjectNode data = F.objectNode();
        data.put("VpcId", vpcId);
        data.put("SubnetName", name);
        data.put("CidrBlock", cidr.toString());
        data.put("IsDefault", false);
        data.put("EnableBroadcast", false);
        data.put("Zone", zone);
        data.put("CreatedTime", TIME.format(c.now));
        data.put("TotalIpAddressCount", total);
        data.put("AvailableIpAddressCount", total - 3);
        data.set("TagSet", tags(c));
        ObjectNode stored = create(c, subnet, data, "LimitExceeded");
        ObjectNode out = answer(c);
        out.set("Subnet", stored);
        return out;
    }

    private ObjectNode createSecurityGroup(Call c) {
        String name = c.checkName(securityGroup, c.required("GroupName"), "InvalidParameterValue.TooLong");
        String description = c.required("GroupDescription");
        if (description.length() > 100) {
            throw c.fail("InvalidParameterValue.TooLong", "GroupDescription must have at most 100 characters.");
        }
        ObjectNode data = F.objectNode();
        data.put("SecurityGroupName", name);
        data.put("SecurityGroupDesc", description);
        data.put("ProjectId", c.text("ProjectId") == null ? "0" : c.text("ProjectId"));
        data.put("IsDefault", false);
        data.put("CreatedTime", TIME.format(c.now));
        data.put("UpdateTime", TIME.format(c.now));
        data.set("TagSet", tags(c));
        ObjectNode stored = create(c, securityGroup, data, "LimitExceeded");
        ObjectNode out = answer(c);
        out.set("SecurityGroup", stored);
        return out;
    }

    /** A zone of the request's region: {@code ap-guangzhou-3} in {@code ap-guangzhou}. */
    static void checkZone(Call c, String zone, String code) {
        String rest =
                zone.startsWith(c.region() + "-") ? zone.substring(c.region().length() + 1) : "";
        if (!rest.matches("[0-9]{1,2}")) {
            throw c.fail(
                    code,
                    "Zone " + zone + " is not a zone of region " + c.region() + " (such as " + c.region() + "-1).");
        }
    }

    /** The request's {@code Tags} ([{Key, Value}]) as a {@code TagSet}. */
    private static ArrayNode tags(Call c) {
        ArrayNode out = F.arrayNode();
        JsonNode tags = c.node("Tags");
        if (tags != null && tags.isArray()) {
            for (JsonNode t : tags) {
                if (t.isObject()) {
                    out.addObject()
                            .put("Key", t.path("Key").asText())
                            .put("Value", t.path("Value").asText());
                }
            }
        }
        return out;
    }

    /** An IPv4 CIDR block. */
    static final class Cidr {
        final long base;
        final int prefix;

        private Cidr(long base, int prefix) {
            this.base = base;
            this.prefix = prefix;
        }

        /** The block a text names, or null; the host bits must be zero. */
        static Cidr parse(String text) {
            if (text == null) {
                return null;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                            "(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})")
                    .matcher(text.trim());
            if (!m.matches()) {
                return null;
            }
            long ip = 0;
            for (int i = 1; i <= 4; i++) {
                int octet = Integer.parseInt(m.group(i));
                if (octet > 255) {
                    return null;
                }
                ip = ip << 8 | octet;
            }
            int prefix = Integer.parseInt(m.group(5));
            if (prefix > 32) {
                return null;
            }
            long mask = mask(prefix);
            return (ip & ~mask & 0xFFFFFFFFL) != 0 ? null : new Cidr(ip, prefix);
        }

        private static long mask(int prefix) {
            return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        }

        boolean contains(Cidr other) {
            return other.prefix >= prefix && (other.base & mask(prefix)) == base;
        }

        boolean overlaps(Cidr other) {
            return contains(other) || other.contains(this);
        }

        boolean isPrivateVpcRange() {
            return prefix >= 12
                    && prefix <= 28
                    && (parse("10.0.0.0/8").contains(this)
                            || parse("172.16.0.0/12").contains(this)
                            || parse("192.168.0.0/16").contains(this));
        }

        /** The n-th address of the block, as text. */
        String address(long n) {
            long ip = base + n;
            return (ip >> 24 & 255) + "." + (ip >> 16 & 255) + "." + (ip >> 8 & 255) + "." + (ip & 255);
        }

        @Override
        public String toString() {
            return address(0) + "/" + prefix;
        }
    }
}
