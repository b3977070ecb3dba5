package io.github.tctestkit.wiremock.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.wiremock.StreamLiveResources.Kind;
import io.github.tctestkit.wiremock.internal.state.StateAnswer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;

/** Concurrent requests and seeding calls: every rule holds as if they came one after another. */
class StreamLiveConcurrencyTest {

    static final int THREADS = 8;
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    final StreamLiveView state = new StreamLiveView();
    final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    /** Runs {@code task(0..count-1)} on the pool, all released at once; returns the answers. */
    List<StateAnswer> race(int count, IntFunction<StateAnswer> task) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<StateAnswer>> futures = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            int k = n;
            futures.add(pool.submit(() -> {
                gate.await();
                return task.apply(k);
            }));
        }
        gate.countDown();
        List<StateAnswer> answers = new ArrayList<>();
        for (Future<StateAnswer> f : futures) {
            answers.add(f.get(30, TimeUnit.SECONDS));
        }
        return answers;
    }

    static Map<String, Integer> codes(List<StateAnswer> answers) {
        Map<String, Integer> out = new ConcurrentHashMap<>();
        answers.forEach(a -> out.merge(a.isSuccess() ? "OK" : a.code(), 1, Integer::sum));
        return out;
    }

    StateAnswer handle(String action, String region, ObjectNode p) {
        return state.handle(action, region, p).orElseThrow();
    }

    @RepeatedTest(20)
    void quotasNamesAttachmentsAndStatesHoldUnderConcurrentCalls() throws Exception {
        // quota: 80 creates race for 40 places
        state.quota(Kind.INPUT, 40);
        List<StateAnswer> inputs = race(
                80,
                n -> handle(
                        "CreateStreamLiveInput",
                        n % 2 == 0 ? "ap-guangzhou" : null, // the same region, named or not
                        F.objectNode().put("Name", "in_" + n).put("Type", "RTMP_PUSH")));
        assertThat(codes(inputs))
                .containsOnly(Map.entry("OK", 40), Map.entry("InvalidParameter.ExceededQuantityLimit", 40));
        assertThat(state.inputs()).hasSize(40);
        HashSet<String> ids = new HashSet<>();
        inputs.stream()
                .filter(StateAnswer::isSuccess)
                .forEach(a -> ids.add(a.payload().path("Id").asText()));
        assertThat(ids).hasSize(40).allMatch(id -> id.matches("[0-9A-F]{20}"));

        // a name: one winner
        List<StateAnswer> groups = race(
                16,
                n -> handle(
                        "CreateStreamLiveInputSecurityGroup",
                        null,
                        F.objectNode()
                                .put("Name", "same")
                                .set("Whitelist", F.arrayNode().add("1.1.1.1"))));
        assertThat(codes(groups)).containsOnly(Map.entry("OK", 1), Map.entry("InvalidParameter.Name", 15));

        // an input: attached to one channel only
        String input = state.inputs().get(0).id();
        List<StateAnswer> channels = race(16, n -> {
            ObjectNode p = F.objectNode().put("Name", "ch_" + n);
            p.putArray("AttachedInputs").addObject().put("Id", input);
            p.putArray("OutputGroups").addObject().put("Name", "out").put("Type", "HLS");
            return handle("CreateStreamLiveChannel", "ap-guangzhou", p);
        });
        assertThat(codes(channels))
                .containsOnly(Map.entry("OK", 1), Map.entry("InvalidParameter.AlreadyAssociatedChannel", 15));
        String channel = state.channels().get(0).id();

        // start: one winner; then stop and delete race: the channel ends IDLE or deleted, never half-way
        List<StateAnswer> starts = race(
                16, n -> handle("StartStreamLiveChannel", null, F.objectNode().put("Id", channel)));
        assertThat(codes(starts)).containsOnly(Map.entry("OK", 1), Map.entry("InvalidParameter.StateError", 15));
        AtomicInteger deleted = new AtomicInteger();
        List<StateAnswer> mixed = race(16, n -> {
            StateAnswer a = handle(
                    n % 2 == 0 ? "StopStreamLiveChannel" : "DeleteStreamLiveChannel",
                    null,
                    F.objectNode().put("Id", channel));
            if (n % 2 == 1 && a.isSuccess()) {
                deleted.incrementAndGet();
            }
            return a;
        });
        assertThat(codes(mixed).get("OK")).isBetween(1, 2); // one stop, and at most one delete after it
        assertThat(deleted.get()).isLessThanOrEqualTo(1);
        assertThat(state.channels()).hasSize(1 - deleted.get());

        // readers during writers always see whole resources
        List<StateAnswer> reads = race(
                40,
                n -> n % 4 == 0
                        ? handle(
                                "CreateStreamLiveInput",
                                null,
                                F.objectNode().put("Name", "late_" + n).put("Type", "RTMP_PUSH"))
                        : handle("DescribeStreamLiveInputs", null, F.objectNode()));
        assertThat(reads).allSatisfy(a -> {
            if (a.isSuccess() && a.payload().has("Infos")) {
                a.payload()
                        .path("Infos")
                        .forEach(i -> assertThat(i.path("Id").asText()).hasSize(20));
            }
        });
    }
}
