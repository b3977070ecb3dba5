package io.github.tctestkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The executable jar, run as users run it: {@code java -jar tctestkit-emulator-VERSION.jar ...}. */
class EmulatorJarIT {

    static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");

    private Process process;
    private Path log;

    @AfterEach
    void stop() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Starts the jar on a free port; returns the port once the banner says where it listens. */
    int start(String... args) throws Exception {
        String jar = System.getProperty("tctestkit.emulator.jar");
        assertThat(jar).as("the jar's path, from the build").isNotNull();
        assertThat(Path.of(jar)).exists();
        log = Files.createTempFile("emulator", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar, "--port", "0"));
        command.addAll(List.of(args));
        long started = System.nanoTime();
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(read());
            if (m.find()) {
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                System.out.println("emulator jar listening after " + millis + " ms");
                return Integer.parseInt(m.group(1));
            }
            assertThat(process.isAlive()).as(read()).isTrue();
            Thread.sleep(20);
        }
        throw new AssertionError("the emulator did not say where it listens within 60 s:\n" + read());
    }

    String read() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** Waits for the banner's last line, so that the output is complete. */
    void awaitReady() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!read().contains("Press Ctrl-C to stop.") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(read()).contains("Press Ctrl-C to stop.");
    }

    static Socket connect(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
        socket.setSoTimeout(10_000);
        return socket;
    }

    static String post(int port, String action, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String request = "POST / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                + "Content-Type: application/json; charset=utf-8\r\nX-TC-Action: " + action + "\r\n"
                + "X-TC-Version: 2020-03-26\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n"
                + body;
        try (Socket socket = connect(port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void startsQuietlyAndTellsEachSdkHowToReachIt() throws Exception {
        int port = start();
        awaitReady();

        String out = read();
        assertThat(out)
                .contains("HttpProfile http = new HttpProfile(); http.setEndpoint(\"127.0.0.1:" + port + "\")")
                .contains("Node.js: new MdlClient(credential, \"ap-guangzhou\", { signMethod: \"HmacSHA256\","
                        + " httpProfile: { endpoint: \"127.0.0.1:" + port
                        + "\", protocol: \"http://\", reqMethod: \"POST\" } })")
                .contains("Python:  HttpProfile(endpoint=\"127.0.0.1:" + port + "\", protocol=\"http\")")
                .contains("Go:      cpf.HttpProfile.Endpoint = \"127.0.0.1:" + port + "\"")
                .doesNotContain("SLF4J")
                .doesNotContain("INFO");
        assertThat(post(port, "DescribeStreamLiveChannels", "{}")).contains("\"Infos\":[]");
    }

    @Test
    void logsOneLinePerRefusedRequestInStrictMode() throws Exception {
        int port = start("--strict");
        awaitReady();
        int before = read().split("\n").length;

        assertThat(post(port, "DescribeStreamLiveChannels", "{}")).contains("AuthFailure.SignatureFailure");

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (read().split("\n").length == before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        List<String> added = List.of(read().split("\n")).subList(before, read().split("\n").length);
        assertThat(added)
                .singleElement()
                .asString()
                .startsWith("refused AuthFailure.SignatureFailure DescribeStreamLiveChannels: ");
    }

    @Test
    void quietPrintsOnlyWhereItListensAndInStrictModeTheKeyPair() throws Exception {
        int port = start("--quiet", "--strict");
        post(port, "DescribeStreamLiveChannels", "{}");
        Thread.sleep(500);

        String[] lines = read().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).contains("listening on");
        assertThat(lines[1]).contains("sign with SecretId AKIDtctestkit00000000000000000000000");
    }

    /** 100 clients that send half a request and stall must not keep the others waiting. */
    @Test
    void stalledConnectionsDoNotStarveOthers() throws Exception {
        int port = start();
        awaitReady();
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                Socket s = connect(port);
                OutputStream o = s.getOutputStream();
                o.write(("POST / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                                + "X-TC-Action: DescribeStreamLiveChannels\r\nContent-Length: 1000\r\n\r\n{\"Na")
                        .getBytes(StandardCharsets.US_ASCII));
                o.flush();
                stalled.add(s);
            }
            Thread.sleep(200); // let the server take them all

            long t0 = System.nanoTime();
            String answer = post(port, "DescribeStreamLiveChannels", "{}");
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);

            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"Infos\"");
            System.out.println("answered beside 100 stalled connections in " + millis + " ms");
            assertThat(millis).as("answered while 100 connections stall").isLessThan(5_000);
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
    }

    @Test
    void theStateFileIsSavedOnSigtermAndLoadedAtTheNextStart() throws Exception {
        Path file = Files.createTempDirectory("emulator-state").resolve("state.json");
        int port = start("--state-file", file.toString());
        awaitReady();
        assertThat(post(
                        port,
                        "CreateStreamLiveInputSecurityGroup",
                        "{\"Name\":\"office\",\"Whitelist\":[\"10.0.0.0/8\"]}"))
                .startsWith("HTTP/1.1 200")
                .doesNotContain("\"Error\"");
        process.destroy(); // SIGTERM, as Ctrl-C
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(read()).contains("state saved to " + file);
        assertThat(Files.readString(file)).contains("\"office\"");

        port = start("--state-file", file.toString());
        awaitReady();
        assertThat(post(port, "DescribeStreamLiveInputSecurityGroups", "{}")).contains("\"office\"");
    }

    @Test
    void garbageDoesNotKillItAndItStopsCleanlyOnSigterm() throws Exception {
        int port = start();
        awaitReady();
        for (String junk : List.of("\u0000\u0001\u0002\r\n\r\n", "GET / HTTP/9.9\r\n\r\n", "POST\r\n\r\n")) {
            try (Socket s = connect(port)) {
                s.getOutputStream().write(junk.getBytes(StandardCharsets.ISO_8859_1));
                s.shutdownOutput();
                InputStream in = s.getInputStream();
                in.readAllBytes();
            } catch (IOException closedByServer) {
                // a reset is a fine answer to garbage
            }
        }
        assertThat(post(port, "DescribeStreamLiveChannels", "{}")).startsWith("HTTP/1.1 200");

        process.destroy(); // SIGTERM, as Ctrl-C
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(read()).contains("tctestkit emulator stopped.");
    }

    @Test
    void aBadArgumentIsNamed() throws Exception {
        String jar = System.getProperty("tctestkit.emulator.jar");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar, "--prot")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isNotZero();
        assertThat(out).contains("unknown argument \"--prot\"; --help lists the options");
    }
}
