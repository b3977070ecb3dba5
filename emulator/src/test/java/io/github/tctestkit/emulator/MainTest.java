package io.github.tctestkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tctestkit.core.signing.ApiCredentials;
import io.github.tctestkit.wiremock.TencentCloudEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private final ByteArrayOutputStream sink = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(sink, true, StandardCharsets.UTF_8);

    private String printed() {
        return sink.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryOptionOneLineEachAndReturns() throws Exception {
        Main.run(new String[] {"--help"}, Map.of(), out);
        String help = printed();
        for (String option : Main.OPTIONS.keySet()) {
            assertThat(help).contains("\n  " + option + " ");
        }
        assertThat(help.lines().filter(l -> l.startsWith("  -"))).hasSize(Main.OPTIONS.size());
        sink.reset();
        Main.run(new String[] {"-h"}, Map.of(), out);
        assertThat(printed()).isEqualTo(help);
    }

    @Test
    void helpListsTheControlApiOneLinePerEndpoint() throws Exception {
        Main.run(new String[] {"--help"}, Map.of(), out);
        String help = printed();
        assertThat(help).contains("Control API, on the same port");
        for (String endpoint : Main.CONTROL.keySet()) {
            assertThat(help.lines().filter(l -> l.startsWith("  " + endpoint + " ")))
                    .hasSize(1);
        }
        assertThat(Main.CONTROL).hasSize(7);
    }

    @Test
    void inferStateKeepsTheNamedServicesResourcesAndRefusesAServiceWithout() throws Exception {
        Main.Options options =
                Main.Options.parse(new String[] {"--port", "0", "--infer-state", "tcaplusdb, tke"}, Map.of());
        assertThat(options.inferState()).containsExactly("tcaplusdb", "tke");
        try (TencentCloudEmulator emulator = Main.start(options, out)) {
            emulator.api().reset();
            assertThat(emulator.api().service("tcaplusdb").resources("Cluster").list())
                    .isEmpty();
            assertThat(emulator.api().service("tke").resources("Cluster").list())
                    .isEmpty();
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Main.start(
                        Main.Options.parse(new String[] {"--port", "0", "--infer-state=apigateway"}, Map.of()), out))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No state can be inferred for apigateway");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Main.Options.parse(new String[] {"--stateless", "--infer-state", "all"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wiremockAdminIsOffUnlessTheFlagTurnsItOn() throws Exception {
        assertThat(Main.Options.parse(new String[0], Map.of()).wiremockAdmin()).isFalse();
        for (boolean on : new boolean[] {false, true}) {
            Main.Options options = Main.Options.parse(
                    on ? new String[] {"--port", "0", "--wiremock-admin"} : new String[] {"--port", "0"}, Map.of());
            try (TencentCloudEmulator emulator = Main.start(options, out)) {
                java.net.http.HttpResponse<String> admin = java.net.http.HttpClient.newHttpClient()
                        .send(
                                java.net.http.HttpRequest.newBuilder(
                                                emulator.api().baseUri().resolve("/__admin/mappings"))
                                        .build(),
                                java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(admin.statusCode()).isEqualTo(on ? 200 : 403);
                if (!on) {
                    assertThat(admin.body()).contains("--wiremock-admin");
                }
            }
        }
    }

    @Test
    void theBannerNeverUndoesWhatAClientConfiguresOnceItListens() throws Exception {
        Main.Options options = Main.Options.parse(new String[] {"--port", "0"}, Map.of());
        try (TencentCloudEmulator emulator = Main.start(options, out)) {
            io.github.tctestkit.wiremock.TencentCloudApi api = emulator.api();
            // A client that acts as soon as it reads "listening on", as samples/node/support/emulator.js does.
            PrintStream client = new PrintStream(sink, true, StandardCharsets.UTF_8) {
                @Override
                public void println(String line) {
                    if (line.contains("listening on")) {
                        assertThat(api.requestCount()).isZero();
                        api.givenError(io.github.tctestkit.core.CommonError.INTERNAL_ERROR)
                                .forAction("DescribeStreamLiveRegions");
                    }
                    super.println(line);
                }
            };
            Main.printBanner(api, options, client);

            assertThat(printed())
                    .contains("  Control: " + api.baseUri() + "_tctestkit/")
                    .contains("  Admin:   WireMock's admin API (/__admin) is off");
            java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(api.baseUri())
                                    .header("Content-Type", "application/json")
                                    .header("X-TC-Action", "DescribeStreamLiveRegions")
                                    .header("X-TC-Version", "2020-03-26")
                                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.body()).contains("\"Code\":\"InternalError\"");
            assertThat(api.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void unknownArgumentsAndMissingValuesAreNamed() {
        assertThatThrownBy(() -> Main.run(new String[] {"--prot", "1"}, Map.of(), out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown argument \"--prot\"; --help lists the options");
        assertThatThrownBy(() -> Main.run(new String[] {"--port", "x"}, Map.of(), out))
                .hasMessage("--port needs a number, but got \"x\"");
        assertThatThrownBy(() -> Main.run(new String[] {"--services"}, Map.of(), out))
                .hasMessage("--services needs a value; --help lists the options");
    }

    @Test
    void aHalfKeyPairIsRefusedNamingWhatIsMissing() {
        assertThatThrownBy(() -> Main.Options.parse(new String[] {"--secret-id", "AKIDxyz"}, Map.of()))
                .hasMessageStartingWith("give both a SecretId and a SecretKey")
                .hasMessageEndingWith("only the SecretId was given");
        assertThatThrownBy(() -> Main.Options.parse(new String[0], Map.of(Main.SECRET_KEY_VARIABLE, "k")))
                .hasMessageEndingWith("only the SecretKey was given");
    }

    @Test
    void theKeyPairComesFromFlagsElseTheSdkEnvironmentVariablesElseTheTestPair() {
        assertThat(Main.Options.parse(new String[0], Map.of()).credentials())
                .isEqualTo(TencentCloudEmulator.TEST_CREDENTIALS);
        Map<String, String> env = Map.of(Main.SECRET_ID_VARIABLE, "AKIDfromenv", Main.SECRET_KEY_VARIABLE, "envkey");
        assertThat(Main.Options.parse(new String[0], env).credentials())
                .isEqualTo(ApiCredentials.of("AKIDfromenv", "envkey"));
        assertThat(Main.Options.parse(new String[] {"--secret-id=AKIDflag", "--secret-key", "flagkey"}, env)
                        .credentials())
                .isEqualTo(ApiCredentials.of("AKIDflag", "flagkey"));
    }

    @Test
    void strictQuietStillSaysWhichKeyPairToSignWith() throws Exception {
        Main.Options options = Main.Options.parse(
                new String[] {"--port", "0", "--strict", "--quiet", "--services", "cvm,vpc"},
                Map.of(Main.SECRET_ID_VARIABLE, "AKIDmine", Main.SECRET_KEY_VARIABLE, "minekey"));
        try (TencentCloudEmulator emulator = Main.start(options, out)) {
            Main.printBanner(emulator.api(), options, out);
        }
        assertThat(printed().lines())
                .hasSize(2)
                .last()
                .asString()
                .contains("sign with SecretId AKIDmine and SecretKey minekey (as given)");
        assertThat(printed()).containsPattern("\\(2 services, 2 service versions, \\d+ actions\\) is listening on");
    }

    @Test
    void aRefusalsLogLineCarriesTheHintThatFixesIt() throws Exception {
        java.util.List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (TencentCloudEmulator emulator = TencentCloudEmulator.builder()
                .port(0)
                .strict(true)
                .onRefusal(r -> lines.add(Main.refusalLine(r)))
                .start()) {
            var api = emulator.api();
            var unsigned = io.github.tctestkit.core.signing.SignableRequest.jsonPost(api.endpoint(), "{}")
                    .withHeader("X-TC-Action", "DescribeStreamLiveChanels")
                    .withHeader("X-TC-Version", "2020-03-26");
            var signed = io.github.tctestkit.core.signing.Tc3Signer.sign(
                    unsigned, api.credentials(), "mdl", api.clock().now().getEpochSecond());
            var request = java.net.http.HttpRequest.newBuilder(api.baseUri())
                    .header("Content-Type", io.github.tctestkit.core.signing.SignableRequest.JSON_CONTENT_TYPE)
                    .header("X-TC-Action", "DescribeStreamLiveChanels")
                    .header("X-TC-Version", "2020-03-26")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"));
            signed.headers().forEach(request::header);
            String body = java.net.http.HttpClient.newHttpClient()
                    .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString())
                    .body();
            assertThat(body).contains("InvalidAction");
        }
        assertThat(lines)
                .singleElement()
                .asString()
                .startsWith("refused InvalidAction DescribeStreamLiveChanels: no service served here has action")
                .contains("(did you mean DescribeStreamLiveChannels");
    }

    @Test
    void anUnknownServiceNameIsRefusedWithTheClosestNames() {
        Main.Options options = Main.Options.parse(new String[] {"--port", "0", "--services", "cvmm"}, Map.of());
        assertThatThrownBy(() -> Main.start(options, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no service \"cvmm\" is built in; closest: cvm");
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
                        Main.class.getName(),
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
        return java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
    }
}
