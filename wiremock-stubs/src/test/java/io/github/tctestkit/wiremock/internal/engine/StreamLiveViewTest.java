package io.github.tctestkit.wiremock.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.tctestkit.wiremock.StreamLiveResources;
import io.github.tctestkit.wiremock.StreamLiveResources.ChannelView;
import io.github.tctestkit.wiremock.StreamLiveResources.InputSecurityGroupView;
import io.github.tctestkit.wiremock.StreamLiveResources.InputView;
import io.github.tctestkit.wiremock.StreamLiveResources.Kind;
import io.github.tctestkit.wiremock.internal.state.StateAnswer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public seeding and reading API, and how it meets the API's requests. */
class StreamLiveViewTest {

    final StreamLiveView state = new StreamLiveView();
    final StreamLiveResources live = state;

    @Test
    void seededResourcesAreWhatTheApiSees() {
        InputSecurityGroupView g = live.givenInputSecurityGroup("office", List.of("10.0.0.0/8"));
        InputView i = live.givenInput("camera_1", List.of(g.id()));
        ChannelView c = live.givenChannel("news", List.of(i.id()));

        assertThat(g.id()).matches("[0-9A-F]{20}");
        assertThat(g.occupiedInputIds()).isEmpty();
        assertThat(i).isEqualTo(new InputView(i.id(), "camera_1", "RTMP_PUSH", List.of(g.id()), List.of()));
        assertThat(c).isEqualTo(new ChannelView(c.id(), "news", "IDLE", List.of(i.id())));

        StateAnswer a = state.handle(
                        "StartStreamLiveChannel",
                        null,
                        JsonNodeFactory.instance.objectNode().put("Id", c.id()))
                .orElseThrow();
        assertThat(a.isSuccess()).isTrue();
        assertThat(live.channels()).extracting(ChannelView::state).containsExactly("RUNNING");
        assertThat(live.inputs()).extracting(InputView::attachedChannelIds).containsExactly(List.of(c.id()));
        assertThat(live.inputSecurityGroups())
                .extracting(InputSecurityGroupView::occupiedInputIds)
                .containsExactly(List.of(i.id()));
        assertThat(state.handle("DescribeStreamLiveChannels", "ap-guangzhou", null)
                        .orElseThrow()
                        .payload()
                        .at("/Infos/0/Name")
                        .asText())
                .isEqualTo("news");
    }

    @Test
    void aRunningChannelCanBeSeeded() {
        ChannelView c = live.givenChannel("live_now", List.of(), StreamLiveResources.RUNNING);
        assertThat(c.state()).isEqualTo("RUNNING");
        assertThatThrownBy(() -> live.givenChannel("x", List.of(), "STARTING"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void regionsAreSeparate() {
        StreamLiveResources singapore = live.inRegion("ap-singapore");
        assertThat(singapore.region()).isEqualTo("ap-singapore");
        assertThat(live.region()).isEqualTo(StreamLiveResources.DEFAULT_REGION);
        assertThat(live.inRegion(null).region()).isEqualTo("ap-guangzhou");
        InputView sgInput = singapore.givenInput("cam", List.of());
        live.givenInput("cam", List.of()); // same name, other region
        assertThat(live.inputs(("ap-singapore"))).containsExactly(sgInput);
        assertThat(live.channels("ap-singapore")).isEmpty();
        assertThatThrownBy(() -> live.givenChannel("c", List.of(sgInput.id())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("InvalidParameter.NotFound: ");
        assertThat(state.handle("DescribeStreamLiveInputs", "ap-singapore", null)
                        .orElseThrow()
                        .payload()
                        .path("Infos"))
                .hasSize(1);
    }

    @Test
    void seedingFailsAsTheApiWould() {
        InputView i = live.givenInput("cam", List.of());
        live.givenChannel("first", List.of(i.id()));
        assertThatThrownBy(() -> live.givenChannel("second", List.of(i.id())))
                .hasMessageStartingWith("InvalidParameter.AlreadyAssociatedChannel: ")
                .hasMessageContaining(i.id());
        assertThatThrownBy(() -> live.givenInput("bad-name", List.of()))
                .hasMessageStartingWith("InvalidParameter.Name: ");
        assertThatThrownBy(() -> live.givenInputSecurityGroup("g", List.of()))
                .hasMessageStartingWith("InvalidParameter.Whitelist: ");
        live.quota(Kind.INPUT_SECURITY_GROUP, 0);
        assertThat(live.quota(Kind.INPUT_SECURITY_GROUP)).isZero();
        assertThatThrownBy(() -> live.givenInputSecurityGroup("g", List.of("1.1.1.1")))
                .hasMessageStartingWith("InvalidParameter.ExceededQuantityLimit: ");
    }

    @Test
    void clearForgetsEverythingAndRestoresQuotas() {
        live.inRegion("ap-singapore").givenInput("cam", List.of());
        live.givenChannel("c", List.of(live.givenInput("cam", List.of()).id()));
        live.quota(Kind.CHANNEL, 3);
        live.clear();
        assertThat(live.channels()).isEmpty();
        assertThat(live.inputs()).isEmpty();
        assertThat(live.inputs("ap-singapore")).isEmpty();
        assertThat(live.quota(Kind.CHANNEL)).isEqualTo(StreamLiveResources.DEFAULT_QUOTA);
        assertThat(live.toString()).contains("ap-guangzhou");
    }

    @Test
    void viewsAreImmutableSnapshots() {
        ChannelView c =
                live.givenChannel("c", List.of(live.givenInput("cam", List.of()).id()));
        assertThatThrownBy(() -> c.attachedInputIds().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> live.channels().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
