package io.github.tctestkit.wiremock.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.ServiceRegistry;
import io.github.tctestkit.wiremock.internal.state.StateAnswer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The declarations hold up: every lifecycle refusal is a documented code, shapes follow the contract, paging. */
class EngineDeclarationTest {

    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String A = "AKIDdeclarations00000000000000000000";
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    final Engine engine = new Engine(now::get);

    StateAnswer call(String service, String action, ObjectNode params) {
        return engine.handle(service, "2017-03-12", action, A, "ap-guangzhou", params)
                .orElseThrow();
    }

    @Test
    void everyCvmStateRefusalIsDocumentedByItsAction() {
        ServiceDescription cvm =
                ServiceRegistry.builtIn().find("cvm", "2017-03-12").orElseThrow();
        List<String> states = List.of(
                "PENDING", "RUNNING", "STARTING", "STOPPING", "STOPPED", "REBOOTING", "TERMINATING", "SHUTDOWN");
        Cvm.LIFECYCLE.steps().forEach((action, step) -> {
            Set<String> documented = new java.util.HashSet<>();
            cvm.errorsOf(action).forEach(e -> documented.add(e.code()));
            for (String state : states) {
                if (!step.from().contains(state)
                        && !(action.equals("TerminateInstances") && state.equals("SHUTDOWN"))) {
                    assertThat(documented)
                            .as(action + " in " + state)
                            .contains("UnsupportedOperation.InstanceState" + Product.camel(state));
                }
            }
        });
    }

    @Test
    void describeAnswersEveryAlwaysReturnedMemberWithWhatWasCreated() {
        ObjectNode create = F.objectNode().put("VpcName", "main").put("CidrBlock", "10.0.0.0/16");
        String id = call("vpc", "CreateVpc", create).payload().at("/Vpc/VpcId").asText();
        ObjectNode vpc = engine.find("vpc", "Vpc", A, "ap-guangzhou", id).orElseThrow();
        assertThat(vpc.path("VpcName").asText()).isEqualTo("main");
        assertThat(vpc.path("IsDefault").isBoolean()).isTrue();
        ServiceDescription d =
                ServiceRegistry.builtIn().find("vpc", "2017-03-12").orElseThrow();
        d.contract().orElseThrow().structure("Vpc").members().stream()
                .filter(m -> m.isAlwaysReturned() && !m.isDisabled())
                .forEach(m -> assertThat(vpc.has(m.name())).as(m.name()).isTrue());
    }

    @Test
    void pagesFollowCreationOrderAndTotalCountCountsAll() {
        for (int i = 0; i < 30; i++) {
            engine.put("vpc", "SecurityGroup", A, "ap-guangzhou", F.objectNode().put("SecurityGroupName", "g" + i));
        }
        ObjectNode page = call(
                        "vpc",
                        "DescribeSecurityGroups",
                        F.objectNode().put("Offset", "10").put("Limit", "5"))
                .payload();
        assertThat(page.path("TotalCount").asLong()).isEqualTo(30);
        assertThat(page.path("SecurityGroupSet").size()).isEqualTo(5);
        assertThat(page.at("/SecurityGroupSet/0/SecurityGroupName").asText()).isEqualTo("g10");
        assertThat(call("vpc", "DescribeSecurityGroups", F.objectNode().put("Limit", "101"))
                        .code())
                .isEqualTo("InvalidParameterValue.Range");
    }

    @Test
    void tenThousandResourcesAnswerByIdAndFarPagesExactly() {
        // what each costs is measured by the benchmarks (StatefulBenchmark); here: the answers are right
        String last = null;
        for (int i = 0; i < 10_000; i++) {
            last = engine.put(
                            "cvm", "Instance", A, "ap-guangzhou", F.objectNode().put("InstanceName", "i" + i))
                    .path("InstanceId")
                    .asText();
        }
        ObjectNode byId = F.objectNode();
        byId.putArray("InstanceIds").add(last);
        ObjectNode one = call("cvm", "DescribeInstances", byId).payload();
        assertThat(one.path("TotalCount").asLong()).isEqualTo(1);
        assertThat(one.at("/InstanceSet/0/InstanceName").asText()).isEqualTo("i9999");

        ObjectNode firstPage = call("cvm", "DescribeInstances", F.objectNode().put("Limit", 10))
                .payload();
        assertThat(firstPage.path("TotalCount").asLong()).isEqualTo(10_000);
        assertThat(firstPage.path("InstanceSet").size()).isEqualTo(10);
        ObjectNode farPage = call(
                        "cvm",
                        "DescribeInstances",
                        F.objectNode().put("Offset", 9_995).put("Limit", 10))
                .payload();
        assertThat(farPage.path("TotalCount").asLong()).isEqualTo(10_000);
        assertThat(farPage.path("InstanceSet").findValuesAsText("InstanceName"))
                .containsExactly("i9995", "i9996", "i9997", "i9998", "i9999");
    }

    @Test
    void timedTransitionsWaitForTheClock() {
        engine.transitionDelay("cbs", Duration.ofSeconds(10));
        String instance = engine.put(
                        "cvm",
                        "Instance",
                        A,
                        "ap-guangzhou",
                        F.objectNode()
                                .put("InstanceState", "RUNNING")
                                .set("Placement", F.objectNode().put("Zone", "ap-guangzhou-3")))
                .path("InstanceId")
                .asText();
        ObjectNode create = F.objectNode()
                .put("DiskType", "CLOUD_SSD")
                .put("DiskChargeType", "POSTPAID_BY_HOUR")
                .put("DiskSize", 20);
        create.putObject("Placement").put("Zone", "ap-guangzhou-3");
        String disk =
                call("cbs", "CreateDisks", create).payload().at("/DiskIdSet/0").asText();
        ObjectNode attach = F.objectNode().put("InstanceId", instance);
        attach.putArray("DiskIds").add(disk);
        assertThat(call("cbs", "AttachDisks", attach).isSuccess()).isTrue();
        assertThat(engine.find("cbs", "Disk", A, "ap-guangzhou", disk)
                        .orElseThrow()
                        .path("DiskState")
                        .asText())
                .isEqualTo("ATTACHING");
        ObjectNode detach = F.objectNode();
        detach.putArray("DiskIds").add(disk);
        assertThat(call("cbs", "DetachDisks", detach).code()).isEqualTo("ResourceBusy");
        now.set(now.get().plusSeconds(10));
        assertThat(engine.find("cbs", "Disk", A, "ap-guangzhou", disk)
                        .orElseThrow()
                        .path("DiskState")
                        .asText())
                .isEqualTo("ATTACHED");
        assertThat(engine.find("cvm", "Instance", A, "ap-guangzhou", instance)
                        .orElseThrow()
                        .at("/DataDisks/0/DiskId")
                        .asText())
                .isEqualTo(disk);
    }

    @Test
    void aBatchPastTheQuotaIsRefusedBeforeAnyOfItIsCreated() {
        for (int i = 0; i < 98; i++) {
            engine.put("cvm", "Instance", A, "ap-guangzhou", F.objectNode().put("InstanceName", "i" + i));
        }
        ObjectNode three = F.objectNode().put("InstanceCount", 3);
        three.putObject("Placement").put("Zone", "ap-guangzhou-3");
        StateAnswer refused = call("cvm", "RunInstances", three);
        assertThat(refused.code()).isEqualTo("LimitExceeded.InstanceQuota");
        assertThat(refused.message())
                .isEqualTo("The quota of 100 instances per region would be exceeded in ap-guangzhou.");
        assertThat(engine.list("cvm", "Instance", A, "ap-guangzhou")).hasSize(98);

        ObjectNode two = F.objectNode().put("InstanceCount", 2);
        two.putObject("Placement").put("Zone", "ap-guangzhou-3");
        assertThat(call("cvm", "RunInstances", two).isSuccess()).isTrue();
        assertThat(engine.list("cvm", "Instance", A, "ap-guangzhou")).hasSize(100);
    }

    @Test
    void aCreatePastTheQuotaGetsTheDocumentedCode() {
        for (int i = 0; i < 20; i++) {
            engine.put("vpc", "Vpc", A, "ap-guangzhou", F.objectNode().put("VpcName", "v" + i));
        }
        StateAnswer refused = call(
                "vpc", "CreateVpc", F.objectNode().put("VpcName", "one more").put("CidrBlock", "10.0.0.0/16"));
        assertThat(refused.code()).isEqualTo("LimitExceeded");
        assertThat(refused.message()).contains("20");
        assertThat(engine.handle(
                                "vpc",
                                "2017-03-12",
                                "CreateVpc",
                                A,
                                "ap-shanghai",
                                F.objectNode().put("VpcName", "elsewhere").put("CidrBlock", "10.0.0.0/16"))
                        .orElseThrow()
                        .isSuccess())
                .as("the quota is per region")
                .isTrue();
    }

    @Test
    void badInputNeverFailsInside() {
        assertThat(call("cvm", "StartInstances", F.objectNode()).code()).isEqualTo("MissingParameter");
        assertThat(call("cvm", "RunInstances", F.objectNode()).code()).isEqualTo("MissingParameter");
        assertThat(call("cvm", "DescribeInstances", F.objectNode().put("Filters", "x"))
                        .code())
                .isEqualTo("InvalidFilter");
        assertThat(call("cvm", "DescribeInstances", F.objectNode().put("Limit", "lots"))
                        .code())
                .isEqualTo("InvalidParameterValue");
        assertThat(call("vpc", "CreateSubnet", F.objectNode().put("VpcId", "vpc-00000000"))
                        .code())
                .isEqualTo("MissingParameter");
        assertThat(call("cbs", "CreateDisks", F.objectNode().put("DiskType", "FLOPPY"))
                        .code())
                .isEqualTo("MissingParameter");
        assertThat(engine.handle("cvm", "2017-03-12", "StartInstances", A, null, F.objectNode())
                        .orElseThrow()
                        .code())
                .isEqualTo("MissingParameter");
        assertThat(engine.handle("cvm", "2017-03-12", "ResizeInstanceDisks", A, "ap-guangzhou", F.objectNode()))
                .isEmpty();
    }
}
