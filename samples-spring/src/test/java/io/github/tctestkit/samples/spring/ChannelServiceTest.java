package io.github.tctestkit.samples.spring;

import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.wiremock.StreamLiveResources;
import io.github.tctestkit.wiremock.StreamLiveResources.ChannelView;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudEmulator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application against a fake Tencent Cloud that starts before the Spring context, the way Testcontainers
 * containers do: a strict, stateful emulator in a static field, its endpoint and test keys handed to Spring through
 * {@code @DynamicPropertySource}. The emulator stops after the class, and {@code @DirtiesContext} closes the context
 * then too, so that Spring's context cache keeps no client pointing at a port that no longer answers.
 */
@SpringBootTest
@DirtiesContext // the context goes with the emulator, instead of staying cached with a dead endpoint
class ChannelServiceTest {

    static final TencentCloudEmulator CLOUD =
            TencentCloudEmulator.builder().strict(true).stateful(true).start();
    static final TencentCloudApi api = CLOUD.api();

    @DynamicPropertySource
    static void pointTheClientAtTheFake(DynamicPropertyRegistry registry) {
        registry.add("tencent.cloud.endpoint", api::endpoint);
        registry.add("tencent.cloud.protocol", () -> "http://");
        registry.add("tencent.cloud.secret-id", () -> api.credentials().secretId());
        registry.add("tencent.cloud.secret-key", () -> api.credentials().secretKey());
    }

    @Autowired
    ChannelService service;

    @AfterEach
    void forgetTheTest() {
        api.reset(); // answers and recorded requests
        api.streamLive().clear(); // channels and inputs
    }

    @AfterAll
    static void stopTheFake() {
        CLOUD.close();
    }

    @Test
    void startsAnIdleChannel() {
        var input = api.streamLive().givenInput("studio_a", List.of());
        var news = api.streamLive().givenChannel("evening_news", List.of(input.id()));

        assertThat(service.goLive("evening_news").state()).isEqualTo("RUNNING");

        assertThat(api.lastRequest()).hasAction("StartStreamLiveChannel").hasParameter("Id", news.id());
        assertThat(api.streamLive().channels())
                .singleElement()
                .extracting(ChannelView::state)
                .isEqualTo("RUNNING");
    }

    @Test
    void listsTheChannelsOfTheConfiguredRegion() {
        var input = api.streamLive().givenInput("studio_a", List.of());
        var news = api.streamLive().givenChannel("evening_news", List.of(input.id()));
        api.streamLive().inRegion("ap-singapore").givenChannel("sg_news", List.of());

        assertThat(service.listChannels()).containsExactly(new Channel(news.id(), "evening_news", "IDLE"));

        assertThat(api.lastRequest())
                .hasAction("DescribeStreamLiveChannels")
                .hasVersion("2020-03-26")
                .hasRegion("ap-guangzhou");
        assertThat(api.rejections()).isEmpty(); // signed with the test keys, as the strict gateway checks
    }

    @Test
    void leavesARunningChannelAlone() {
        var input = api.streamLive().givenInput("studio_a", List.of());
        api.streamLive().givenChannel("evening_news", List.of(input.id()), StreamLiveResources.RUNNING);

        assertThat(service.goLive("evening_news").state()).isEqualTo("RUNNING");

        assertThat(api.requests("StartStreamLiveChannel")).isEmpty();
    }

    @Test
    void reportsTheCloudsErrorAndLeavesTheChannelIdle() {
        var input = api.streamLive().givenInput("studio_a", List.of());
        api.streamLive().givenChannel("evening_news", List.of(input.id()));
        api.givenError(CommonError.INTERNAL_ERROR).forAction("StartStreamLiveChannel");

        assertThatThrownBy(() -> service.goLive("evening_news"))
                .isInstanceOfSatisfying(StreamLiveException.class, e -> {
                    assertThat(e.code()).isEqualTo("InternalError");
                    assertThat(e.requestId()).isNotEmpty();
                });

        assertThat(api.streamLive().channels())
                .singleElement()
                .extracting(ChannelView::state)
                .isEqualTo("IDLE");
    }

    @Test
    void refusesAChannelNameTheRegionDoesNotHave() {
        assertThatThrownBy(() -> service.goLive("evening_news"))
                .isInstanceOfSatisfying(
                        StreamLiveException.class, e -> assertThat(e.code()).isEqualTo(StreamLiveException.NOT_FOUND));

        assertThat(api.requests()).extracting(r -> r.action()).containsExactly("DescribeStreamLiveChannels");
    }
}
