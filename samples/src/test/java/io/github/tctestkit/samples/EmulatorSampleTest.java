package io.github.tctestkit.samples;

// docs/emulator.md shows this file whole, from the tag on.
// tag::emulator-programmatic[]
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudEmulator;
import org.junit.jupiter.api.Test;

/** The fake cloud without the JUnit extension, as other test frameworks and benchmarks use it. */
class EmulatorSampleTest {

    @Test
    void runsWithoutTheJUnitExtension() {
        try (TencentCloudEmulator emulator = TencentCloudEmulator.start()) {
            TencentCloudApi api = emulator.api();
            api.givenSuccess("DescribeStreamLiveChannels", """
                    {"Infos": [{"Id": "5F1E2A", "Name": "news", "State": "IDLE"}]}""");
            HttpChannels channels = new HttpChannels(api.baseUri(), api.credentials(), "ap-guangzhou");

            assertThat(channels.listChannels()).containsExactly(new Channel("5F1E2A", "news", "IDLE"));
            assertThat(api.lastRequest().action()).isEqualTo("DescribeStreamLiveChannels");
        }
    }
}
// end::emulator-programmatic[]
