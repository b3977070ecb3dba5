package io.github.tctestkit.wiremock.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.wiremock.internal.state.StateAnswer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many threads creating, describing and deleting in one account and region of the engine. */
class EngineConcurrencyTest {

    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String ACCOUNT = "AKIDconcurrency000000000000000000000";
    static final String REGION = "ap-guangzhou";
    static final int THREADS = 8;
    static final int ROUNDS = 150;

    final Engine engine = new Engine(Instant::now);

    StateAnswer call(String service, String action, ObjectNode params) {
        return engine.handle(service, "2017-03-12", action, ACCOUNT, REGION, params)
                .orElseThrow();
    }

    static ObjectNode o() {
        return F.objectNode();
    }

    @Test
    void concurrentCreatesDescribesAndDeletesStayConsistent() throws Exception {
        String vpc = call("vpc", "CreateVpc", o().put("VpcName", "main").put("CidrBlock", "10.0.0.0/16"))
                .payload()
                .at("/Vpc/VpcId")
                .asText();
        String subnet = call(
                        "vpc",
                        "CreateSubnet",
                        o().put("VpcId", vpc)
                                .put("SubnetName", "web")
                                .put("CidrBlock", "10.0.0.0/20")
                                .put("Zone", "ap-guangzhou-3"))
                .payload()
                .at("/Subnet/SubnetId")
                .asText();
        Set<String> everCreated = ConcurrentHashMap.newKeySet();
        List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < ROUNDS; i++) {
                    StateAnswer sg = call(
                            "vpc",
                            "CreateSecurityGroup",
                            o().put("GroupName", "g" + thread + "-" + i).put("GroupDescription", "d"));
                    if (!sg.isSuccess()) {
                        problems.add("CreateSecurityGroup: " + sg.code() + " " + sg.message());
                        continue;
                    }
                    String sgId =
                            sg.payload().at("/SecurityGroup/SecurityGroupId").asText();
                    if (!everCreated.add(sgId)) {
                        problems.add("duplicate id " + sgId);
                    }
                    ObjectNode run = o().put("InstanceName", "i" + thread + "-" + i);
                    run.putObject("Placement").put("Zone", "ap-guangzhou-3");
                    run.putObject("VirtualPrivateCloud").put("VpcId", vpc).put("SubnetId", subnet);
                    run.putArray("SecurityGroupIds").add(sgId);
                    StateAnswer ins = call("cvm", "RunInstances", run);
                    if (!ins.isSuccess()) {
                        problems.add("RunInstances: " + ins.code() + " " + ins.message());
                        continue;
                    }
                    String id = ins.payload().at("/InstanceIdSet/0").asText();
                    ObjectNode byId = o();
                    byId.putArray("InstanceIds").add(id);
                    StateAnswer d = call("cvm", "DescribeInstances", byId);
                    if (d.payload().path("TotalCount").asLong() != 1
                            || !d.payload()
                                    .at("/InstanceSet/0/InstanceState")
                                    .asText()
                                    .equals("RUNNING")) {
                        problems.add("describe of " + id + ": " + d.payload());
                    }
                    StateAnswer inUse = call("vpc", "DeleteSecurityGroup", o().put("SecurityGroupId", sgId));
                    if (!"ResourceInUse".equals(inUse.code())) {
                        problems.add("delete of a used group: " + inUse.code());
                    }
                    ObjectNode terminate = o();
                    terminate.putArray("InstanceIds").add(id);
                    StateAnswer term = call("cvm", "TerminateInstances", terminate);
                    if (!term.isSuccess()) {
                        problems.add("TerminateInstances: " + term.code() + " " + term.message());
                    }
                    StateAnswer del = call("vpc", "DeleteSecurityGroup", o().put("SecurityGroupId", sgId));
                    if (!del.isSuccess()) {
                        problems.add("DeleteSecurityGroup: " + del.code() + " " + del.message());
                    }
                    ObjectNode gone = o();
                    gone.putArray("SecurityGroupIds").add(sgId);
                    if (!"ResourceNotFound"
                            .equals(call("vpc", "DescribeSecurityGroups", gone).code())) {
                        problems.add("deleted group " + sgId + " still described");
                    }
                }
                return null;
            }));
        }
        futures.add(pool.submit(
                () -> { // a reader paging through everything meanwhile
                    start.await();
                    for (int i = 0; i < ROUNDS * 2; i++) {
                        StateAnswer page = call("cvm", "DescribeInstances", o().put("Limit", 100));
                        Set<String> ids = new HashSet<>();
                        page.payload()
                                .path("InstanceSet")
                                .forEach(x -> ids.add(x.path("InstanceId").asText()));
                        if (ids.size() != page.payload().path("InstanceSet").size()) {
                            problems.add("a page listed an instance twice");
                        }
                        if (page.payload().path("InstanceSet").size() > THREADS) {
                            problems.add("more instances alive than threads: " + ids.size());
                        }
                    }
                    return null;
                }));
        start.countDown();
        for (Future<?> f : futures) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(problems).isEmpty();
        assertThat(everCreated).hasSize(THREADS * ROUNDS);
        assertThat(engine.list("cvm", "Instance", ACCOUNT, REGION)).isEmpty();
        assertThat(engine.list("vpc", "SecurityGroup", ACCOUNT, REGION)).isEmpty();
        assertThat(engine.find("vpc", "Subnet", ACCOUNT, REGION, subnet)
                        .orElseThrow()
                        .path("AvailableIpAddressCount")
                        .asLong())
                .isEqualTo(4096 - 3);
    }
}
