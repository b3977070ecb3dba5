package io.github.tctestkit.wiremock.internal;

import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.signing.SignableRequest;
import io.github.tctestkit.core.signing.Tc3Signature;
import io.github.tctestkit.core.signing.Tc3Signer;
import io.github.tctestkit.wiremock.Rejection;
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
    static final String USAGE = "usage: [--port N] [--strict] [--validate] [--stateless] [--quiet]";

    private EmulatorMain() {}

    /**
     * Parses the arguments, starts the emulator, prints how to reach it and waits for Ctrl-C.
     *
     * @param args see {@link #USAGE}
     * @param out where to print
     * @throws Exception when it cannot start
     */
    public static void run(String[] args, PrintStream out) throws Exception {
        Options options = Options.parse(args);
        TencentCloudEmulator.Builder builder = TencentCloudEmulator.builder()
                .port(options.port)
                .strict(options.strict)
                .validateRequests(options.validate)
                .stateful(!options.stateless);
        if (!options.quiet) {
            builder.onRefusal(r -> out.println(refusalLine(r)));
        }
        TencentCloudEmulator emulator = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            emulator.close();
                            out.println("tctestkit emulator stopped.");
                            out.flush();
                            stopped.countDown();
                        },
                        "tctestkit-emulator-shutdown"));
        printBanner(emulator.api(), options, out);
        stopped.await();
    }

    /** One line per refused request: code, action and the reason's first line. */
    static String refusalLine(Rejection r) {
        String reason = r.reason();
        int nl = reason.indexOf('\n');
        return "refused " + r.code() + " "
                + (r.request().action().isEmpty() ? "(no action)" : r.request().action()) + ": "
                + (nl < 0 ? reason : reason.substring(0, nl));
    }

    /** Command-line options; the port also from {@code -Dtctestkit.port}. */
    record Options(int port, boolean strict, boolean validate, boolean stateless, boolean quiet) {
        static Options parse(String[] args) {
            int port = Integer.getInteger("tctestkit.port", DEFAULT_PORT);
            boolean strict = Boolean.getBoolean("tctestkit.strict");
            boolean validate = Boolean.getBoolean("tctestkit.validate");
            boolean quiet = Boolean.getBoolean("tctestkit.quiet");
            boolean stateless = Boolean.getBoolean("tctestkit.stateless");
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--strict")) {
                    strict = true;
                } else if (arg.equals("--validate")) {
                    validate = true;
                } else if (arg.equals("--stateless")) {
                    stateless = true;
                } else if (arg.equals("--quiet")) {
                    quiet = true;
                } else if (arg.equals("--port") || arg.startsWith("--port=")) {
                    String value = arg.equals("--port") ? (i + 1 < args.length ? args[++i] : "") : arg.substring(7);
                    try {
                        port = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--port needs a number, but got \"" + value + "\"", e);
                    }
                } else {
                    throw new IllegalArgumentException("unknown argument \"" + arg + "\"; " + USAGE);
                }
            }
            return new Options(port, strict, validate, stateless, quiet);
        }
    }

    static void printBanner(TencentCloudApi api, Options options, PrintStream out) throws Exception {
        String endpoint = api.endpoint();
        out.println("tctestkit emulator: a fake Tencent Cloud API 3.0 (StreamLive mdl 2020-03-26) is listening on "
                + api.baseUri());
        if (options.quiet) {
            out.flush();
            return;
        }
        out.println("  Java:    HttpProfile http = new HttpProfile(); http.setEndpoint(\"" + endpoint
                + "\"); http.setProtocol(\"http://\");");
        // The Node.js SDK reads signMethod and httpProfile.reqMethod from a plain-object profile without defaults.
        out.println("  Node.js: new MdlClient(credential, \"ap-guangzhou\", { signMethod: \"HmacSHA256\", httpProfile:"
                + " { endpoint: \"" + endpoint + "\", protocol: \"http://\", reqMethod: \"POST\" } })");
        out.println("  Python:  HttpProfile(endpoint=\"" + endpoint + "\", protocol=\"http\")");
        out.println("  Go:      cpf.HttpProfile.Endpoint = \"" + endpoint + "\"; cpf.HttpProfile.Scheme = \"HTTP\"");
        out.println(
                options.stateless
                        ? "  Answers: the documented success answer for the "
                                + ServiceDescription.streamLive().actions().size()
                                + " StreamLive actions, InvalidAction for others;"
                        : "  Answers: an in-memory StreamLive: what you create lives until the emulator stops (per region);"
                                + " InvalidAction for unknown actions;");
        out.println("           any error with the request header " + StubServer.CHOOSE_ERROR_HEADER
                + ": <code>, e.g. AuthFailure.SignatureFailure");
        if (options.strict) {
            out.println("  Strict:  the gateway's checks are on (signatures, timestamps, actions, versions, regions,"
                    + " rate limits, parameters); sign with SecretId "
                    + api.credentials().secretId()
                    + " and SecretKey " + api.credentials().secretKey() + " (test credentials, not a secret)");
        } else if (options.validate) {
            out.println("  Checks:  requests are checked against StreamLive's contract (unknown, missing and"
                    + " mistyped parameters)");
        }
        String curl = "curl -s -X POST " + api.baseUri() + " -H 'Content-Type: application/json'"
                + " -H 'X-TC-Action: DescribeStreamLiveChannels' -H 'X-TC-Version: 2020-03-26' -d '{}'";
        out.println("  Example: " + curl
                + (options.strict
                        ? "\n           (unsigned, so strict mode refuses it; the answer below is for the same request"
                                + " signed with the test credentials)"
                        : ""));
        HttpRequest.Builder request = HttpRequest.newBuilder(api.baseUri())
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", SignableRequest.JSON_CONTENT_TYPE)
                .header("X-TC-Action", "DescribeStreamLiveChannels")
                .header("X-TC-Version", "2020-03-26")
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        if (options.strict) {
            SignableRequest signable = SignableRequest.jsonPost(endpoint, "{}")
                    .withHeader("X-TC-Action", "DescribeStreamLiveChannels")
                    .withHeader("X-TC-Version", "2020-03-26");
            Tc3Signature signature = Tc3Signer.sign(
                    signable, api.credentials(), "127", api.clock().now().getEpochSecond());
            signature.headers().forEach(request::header);
        }
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        out.println("  Answer:  HTTP " + answer.statusCode() + " " + answer.body());
        out.println("Press Ctrl-C to stop.");
        api.reset();
        out.flush();
    }
}
