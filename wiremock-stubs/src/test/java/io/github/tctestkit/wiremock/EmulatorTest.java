package io.github.tctestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tctestkit.core.ApiResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emulator outside JUnit, and the stand-alone process. */
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

    @Test
    void standAloneProcessPrintsHowToReachItAndStopsOnSignal(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("emulator.log");
        int port;
        try (ServerSocket free = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(
                        javaBin,
                        "-cp",
                        System.getProperty("java.class.path"),
                        TencentCloudEmulator.class.getName(),
                        "--port",
                        String.valueOf(port),
                        "--strict")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline
                    && process.isAlive()
                    && !read(log).contains("Press Ctrl-C")) {
                Thread.sleep(50);
            }
            assertThat(read(log))
                    .contains("listening on http://127.0.0.1:" + port + "/")
                    .contains("http.setEndpoint(\"127.0.0.1:" + port + "\")")
                    .contains("Strict:  the gateway's checks are on")
                    .containsPattern(
                            "Answer:  HTTP 200 \\{\"Response\":\\{\"Infos\":\\[],\"RequestId\":\"[0-9a-f-]{36}\"}}");
        } finally {
            process.destroy(); // SIGTERM, as Ctrl-C ends it: the shutdown hook stops the server
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(read(log)).contains("tctestkit emulator stopped.");
    }

    static String read(Path file) throws java.io.IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void unknownArgumentsAreNamed() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        assertThatThrownBy(() -> io.github.tctestkit.wiremock.internal.EmulatorMain.run(
                        new String[] {"--prot", "1"}, new PrintStream(sink, true, StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "unknown argument \"--prot\"; usage: [--port N] [--strict] [--validate] [--stateless] [--quiet]");
        assertThatThrownBy(() -> io.github.tctestkit.wiremock.internal.EmulatorMain.run(
                        new String[] {"--port", "x"}, new PrintStream(sink, true, StandardCharsets.UTF_8)))
                .hasMessage("--port needs a number, but got \"x\"");
    }
}
