package io.github.tctestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tctestkit.core.ApiResponse;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The emulator outside JUnit (the stand-alone process is tested in the emulator module). */
class EmulatorTest {

    @Test
    void programmaticEmulatorAnswersWhatItIsTold() throws Exception {
        try (TencentCloudEmulator emulator = TencentCloudEmulator.start()) {
            TencentCloudApi api = emulator.api();
            api.givenSuccess("DescribeStreamLiveRegions", "{\"Info\":{}}");

            ApiResponse answer = ApiResponse.parse(
                    HandleBehaviourTest.call(api, "DescribeStreamLiveRegions").body());

            assertThat(answer.field("Info")).isPresent();
            assertThat(api.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void aTakenPortIsNamedWithTheFix() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> TencentCloudEmulator.start(taken.getLocalPort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("could not start its WireMock server on 127.0.0.1:" + taken.getLocalPort())
                    .hasMessageContaining("Is the port already taken?");
        }
        assertThatThrownBy(() -> TencentCloudEmulator.start(70000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("port must be between 0 and 65535, but was 70000");
    }

    static String read(Path file) throws java.io.IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
