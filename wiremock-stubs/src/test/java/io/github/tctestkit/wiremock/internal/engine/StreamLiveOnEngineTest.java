package io.github.tctestkit.wiremock.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.wiremock.StreamLiveResources;
import io.github.tctestkit.wiremock.StreamLiveResources.Kind;
import io.github.tctestkit.wiremock.internal.state.StateAnswer;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** How StreamLive sits on the engine: one account, a default region, its own id form, notes cleared with it. */
class StreamLiveOnEngineTest {

    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String A = "AKIDstreamliveA0000000000000000000000";
    static final String B = "AKIDstreamliveB0000000000000000000000";
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00.700Z"));
    final Engine engine = new Engine(now::get);
    final StreamLiveView live = new StreamLiveView(engine);

    StateAnswer call(String action, String account, String region, ObjectNode params) {
        return engine.handle("mdl", "2020-03-26", action, account, region, params)
                .orElseThrow();
    }

    static ObjectNode input(String name) {
        return F.objectNode().put("Name", name).put("Type", "RTMP_PUSH");
    }

    @Test
    void everySecretIdAndNoneActInTheOneAccount() {
        StateAnswer created = call("CreateStreamLiveInput", A, "ap-guangzhou", input("cam"));
        assertThat(created.isSuccess()).isTrue();
        String id = created.payload().path("Id").asText();
        for (String account : new String[] {A, B, null, ""}) {
            StateAnswer read = call(
                    "DescribeStreamLiveInput",
                    account,
                    "ap-guangzhou",
                    F.objectNode().put("Id", id));
            assertThat(read.isSuccess()).as(String.valueOf(account)).isTrue();
            assertThat(read.payload().at("/Info/Name").asText()).isEqualTo("cam");
        }
        assertThat(live.inputs()).extracting(StreamLiveResources.InputView::id).containsExactly(id);
        // a name is taken whoever asks
        assertThat(call("CreateStreamLiveInput", B, "ap-guangzhou", input("cam"))
                        .code())
                .isEqualTo("InvalidParameter.Name");
    }

    @Test
    void aRequestWithoutARegionActsInTheDefaultRegion() {
        String id = call("CreateStreamLiveInput", A, null, input("cam"))
                .payload()
                .path("Id")
                .asText();
        assertThat(call("DescribeStreamLiveInput", A, "", F.objectNode().put("Id", id))
                        .isSuccess())
                .isTrue();
        assertThat(call(
                                "DescribeStreamLiveInput",
                                A,
                                StreamLiveResources.DEFAULT_REGION,
                                F.objectNode().put("Id", id))
                        .isSuccess())
                .isTrue();
        assertThat(call(
                                "DescribeStreamLiveInput",
                                A,
                                "ap-singapore",
                                F.objectNode().put("Id", id))
                        .code())
                .isEqualTo("InvalidParameter.NotFound");
        // the engine's other services still want a region
        assertThat(engine.handle("vpc", "2017-03-12", "DescribeVpcs", A, null, F.objectNode())
                        .orElseThrow()
                        .code())
                .isEqualTo("MissingParameter");
    }

    @Test
    void streamLiveIsOnTheEngineButNotAmongItsPerAccountServices() {
        assertThat(engine.emulates("mdl", "2020-03-26", "CreateStreamLiveChannel"))
                .isTrue();
        assertThat(engine.emulates("mdl", "2020-03-26", "GetAbWatermarkPlayUrl"))
                .isFalse();
        assertThat(engine.emulates("mdl", "2017-03-12", "CreateStreamLiveChannel"))
                .isFalse();
        assertThat(engine.services()).containsExactly("vpc", "cvm", "cbs");
        assertThat(engine.types("mdl"))
                .containsExactly("InputSecurityGroup", "Input", "Channel", "Watermark", "WatermarkDetection");
        assertThat(StreamLiveView.emulatedActions()).hasSize(35).containsAll(engine.actions("mdl"));
    }

    @Test
    void idsHaveStreamLivesFormWithTheCreationSecond() {
        String id = call("CreateStreamLiveInput", A, "ap-guangzhou", input("cam"))
                .payload()
                .path("Id")
                .asText();
        assertThat(id).matches("[0-9A-F]{20}");
        assertThat(Long.parseLong(id.substring(0, 8), 16)).isEqualTo(now.get().getEpochSecond());
    }

    @Test
    void clearingStreamLiveForgetsItsPlansAndQuotasAndNothingElse() {
        engine.handle(
                        "vpc",
                        "2017-03-12",
                        "CreateVpc",
                        A,
                        "ap-guangzhou",
                        F.objectNode().put("VpcName", "main").put("CidrBlock", "10.0.0.0/16"))
                .orElseThrow();
        String channel = live.givenChannel("news", List.of()).id();
        ObjectNode plan = F.objectNode().put("ChannelId", channel);
        plan.putObject("Plan").put("EventName", "ev1");
        assertThat(call("CreateStreamLivePlan", A, "ap-guangzhou", plan).isSuccess())
                .isTrue();
        live.quota(Kind.CHANNEL, 3);
        Space space = engine.space(Product.ONE_ACCOUNT, "ap-guangzhou");
        assertThat(space.notes).containsKey("mdl plans " + channel);

        live.clear();
        assertThat(live.channels()).isEmpty();
        assertThat(space.notes).isEmpty();
        assertThat(live.quota(Kind.CHANNEL)).isEqualTo(StreamLiveResources.DEFAULT_QUOTA);
        assertThat(engine.list("vpc", "Vpc", A, "ap-guangzhou")).hasSize(1);
    }

    @Test
    void deletingAChannelForgetsItsPlans() {
        String channel = live.givenChannel("news", List.of()).id();
        ObjectNode plan = F.objectNode().put("ChannelId", channel);
        plan.putObject("Plan").put("EventName", "ev1");
        call("CreateStreamLivePlan", A, "ap-guangzhou", plan);
        assertThat(call("DeleteStreamLiveChannel", B, null, F.objectNode().put("Id", channel))
                        .isSuccess())
                .isTrue();
        assertThat(engine.space(Product.ONE_ACCOUNT, "ap-guangzhou").notes).doesNotContainKey("mdl plans " + channel);
    }

    @Test
    void theEnginesClearPutsStreamLivesQuotasBack() {
        live.quota(Kind.INPUT, 0);
        assertThat(call("CreateStreamLiveInput", A, null, input("cam")).code())
                .isEqualTo("InvalidParameter.ExceededQuantityLimit");
        engine.clear();
        assertThat(live.quota(Kind.INPUT)).isEqualTo(StreamLiveResources.DEFAULT_QUOTA);
        assertThat(call("CreateStreamLiveInput", A, null, input("cam")).isSuccess())
                .isTrue();
    }

    @Test
    void aViewNeedsAClock() {
        assertThatThrownBy(() -> new StreamLiveView((java.util.function.Supplier<Instant>) null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
