package io.github.tctestkit.wiremock.internal;

import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudEmulator;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/** The stand-alone emulator process behind {@link TencentCloudEmulator#main(String[])}. Not API. */
public final class EmulatorMain {

    static final int DEFAULT_PORT = 9183;

    private EmulatorMain() {}

    /**
     * Parses the arguments, starts the emulator, prints how to reach it and waits for Ctrl-C.
     *
     * @param args {@code --port N}
     * @param out where to print
     * @throws Exception when it cannot start
     */
    public static void run(String[] args, PrintStream out) throws Exception {
        int port = parsePort(args);
        TencentCloudEmulator emulator = TencentCloudEmulator.start(port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            emulator.close();
                            out.println("tctestkit emulator stopped.");
                            stopped.countDown();
                        },
                        "tctestkit-emulator-shutdown"));
        preload(emulator.api());
        printBanner(emulator.api(), out);
        stopped.await();
    }

    static int parsePort(String[] args) {
        int port = Integer.getInteger("tctestkit.port", DEFAULT_PORT);
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--port") && i + 1 < args.length) {
                try {
                    port = Integer.parseInt(args[++i]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--port needs a number, but got \"" + args[i] + "\"", e);
                }
            } else if (args[i].startsWith("--port=")) {
                return parsePort(new String[] {"--port", args[i].substring("--port=".length())});
            } else {
                throw new IllegalArgumentException("unknown argument \"" + args[i] + "\"; usage: [--port N]");
            }
        }
        return port;
    }

    /** Success for every StreamLive action, InvalidAction for anything else. */
    static void preload(TencentCloudApi api) {
        api.givenError(CommonError.INVALID_ACTION, "The action requested does not exist in StreamLive (tctestkit).");
        for (String action : ServiceDescription.streamLive().actions()) {
            api.givenSuccess(action);
        }
    }

    static void printBanner(TencentCloudApi api, PrintStream out) throws Exception {
        String curl = "curl -s -X POST " + api.baseUri() + " -H 'Content-Type: application/json'"
                + " -H 'X-TC-Action: DescribeStreamLiveChannels' -H 'X-TC-Version: 2020-03-26' -d '{}'";
        out.println("tctestkit emulator: a fake Tencent Cloud API 3.0 (StreamLive mdl 2020-03-26) is listening on "
                + api.baseUri());
        out.println("  SDK:     HttpProfile.setEndpoint(\"" + api.endpoint() + "\"); setProtocol(\"http://\")");
        out.println("  Answers: success for the "
                + ServiceDescription.streamLive().actions().size() + " StreamLive actions, InvalidAction for others;");
        out.println("           any error with the request header " + StubServer.CHOOSE_ERROR_HEADER
                + ": <code>, e.g. AuthFailure.SignatureFailure");
        out.println("  Example: " + curl);
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> answer = client.send(
                HttpRequest.newBuilder(api.baseUri())
                        .timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/json")
                        .header("X-TC-Action", "DescribeStreamLiveChannels")
                        .header("X-TC-Version", "2020-03-26")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        out.println("  Answer:  HTTP " + answer.statusCode() + " " + answer.body());
        out.println("Press Ctrl-C to stop.");
        api.reset();
        preload(api);
        out.flush();
    }
}
