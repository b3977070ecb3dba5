package io.github.tctestkit.samples.spring;

import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.wiremock.StreamLiveResources.ChannelView;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import io.github.tctestkit.wiremock.TencentCloudApiTest.Scope;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same application with the JUnit extension instead of a hand-started emulator. {@link Scope#GLOBAL} is what
 * makes this work with Spring's context cache: the server lives as long as the test run, like the cached context that
 * points at it. The extension starts the server in its {@code beforeAll}, {@code @BeforeAll} receives the handle, and
 * Spring creates the context (and reads {@code @DynamicPropertySource}) only when it prepares the first test instance,
 * after both. The extension forgets each test's answers, requests and resources itself.
 *
 * <p>Keep JUnit's default lifecycle: with {@code @TestInstance(PER_CLASS)} the instance, and so the context, is made
 * before the extension's {@code beforeAll}, and binding {@code tencent.cloud.endpoint} fails on a null handle.
 */
@SpringBootTest
@TencentCloudApiTest(scope = Scope.GLOBAL, strict = true, stateful = true)
class ChannelServiceExtensionTest {

    static TencentCloudApi cloud;

    @BeforeAll
    static void rememberTheFake(TencentCloudApi api) {
        cloud = api; // the server is running; the Spring context does not exist yet
    }

    @DynamicPropertySource
    static void pointTheClientAtTheFake(DynamicPropertyRegistry registry) {
        registry.add("tencent.cloud.endpoint", () -> cloud.endpoint());
        registry.add("tencent.cloud.protocol", () -> "http://");
        registry.add("tencent.cloud.secret-id", () -> cloud.credentials().secretId());
        registry.add("tencent.cloud.secret-key", () -> cloud.credentials().secretKey());
    }

    @Autowired
    ChannelService service;

    @Test
    void startsAnIdleChannel(TencentCloudApi api) {
        var input = api.streamLive().givenInput("studio_a", List.of());
        var news = api.streamLive().givenChannel("evening_news", List.of(input.id()));

        assertThat(service.goLive("evening_news").state()).isEqualTo("RUNNING");

        assertThat(api.lastRequest()).hasAction("StartStreamLiveChannel").hasParameter("Id", news.id());
    }

    @Test
    void reportsTheCloudsErrorAndLeavesTheChannelIdle(TencentCloudApi api) {
        var input = api.streamLive().givenInput("studio_a", List.of());
        api.streamLive().givenChannel("evening_news", List.of(input.id()));
        api.givenError(CommonError.INTERNAL_ERROR).forAction("StartStreamLiveChannel");

        assertThatThrownBy(() -> service.goLive("evening_news"))
                .isInstanceOfSatisfying(
                        StreamLiveException.class, e -> assertThat(e.code()).isEqualTo("InternalError"));

        assertThat(api.streamLive().channels())
                .singleElement()
                .extracting(ChannelView::state)
                .isEqualTo("IDLE");
        assertThat(api.rejections()).isEmpty();
    }

    @Test
    void startsWithNoChannels(TencentCloudApi api) {
        assertThat(service.listChannels()).isEmpty(); // whatever the other tests seeded is gone

        assertThat(api.requests())
                .singleElement()
                .satisfies(r ->
                        assertThat(r).hasAction("DescribeStreamLiveChannels").hasRegion("ap-guangzhou"));
    }

    /** Same configuration, so Spring hands out the cached context, which still points at the running server. */
    @Nested
    class InANestedClass {

        @Autowired
        ApplicationContext context;

        @Test
        void reusesTheContextAndTheServer(TencentCloudApi api, @Autowired ChannelService sameService) {
            api.streamLive().givenChannel("late_news", List.of());

            assertThat(sameService).isSameAs(service);
            assertThat(sameService.listChannels()).extracting(Channel::name).containsExactly("late_news");
            assertThat(context.getEnvironment().getProperty("tencent.cloud.endpoint"))
                    .isEqualTo(api.endpoint());
        }
    }
}
