package io.github.tctestkit.samples.spring;

// docs/spring-boot.md shows this file whole, from the tag on.
// tag::spring-boot[]
import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudEmulator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A fake cloud for a Spring Boot test; {@code ChannelServiceTest} has more tests in the same shape. */
@SpringBootTest
@DirtiesContext // the context goes when the fake cloud goes
class SpringBootQuickStartTest {

    static final TencentCloudEmulator CLOUD =
            TencentCloudEmulator.builder().strict(true).stateful(true).start();
    static final TencentCloudApi api = CLOUD.api();

    @DynamicPropertySource
    static void pointTheClientAtTheFake(DynamicPropertyRegistry registry) {
        registry.add("tencent.cloud.endpoint", api::endpoint); // known before the context starts
        registry.add("tencent.cloud.protocol", () -> "http://");
        registry.add("tencent.cloud.secret-id", () -> api.credentials().secretId());
        registry.add("tencent.cloud.secret-key", () -> api.credentials().secretKey());
    }

    @AfterAll
    static void stopTheFake() {
        CLOUD.close();
    }

    @Autowired
    ChannelService service;

    @Test
    void startsAnIdleChannel() {
        var input = api.streamLive().givenInput("studio_a", List.of());
        var news = api.streamLive().givenChannel("evening_news", List.of(input.id()));

        assertThat(service.goLive("evening_news").state()).isEqualTo("RUNNING");

        assertThat(api.lastRequest()).hasAction("StartStreamLiveChannel").hasParameter("Id", news.id());
    }
}
// end::spring-boot[]
