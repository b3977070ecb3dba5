package io.github.tctestkit.emulator;

import io.github.tctestkit.core.ServiceRegistry;
import io.github.tctestkit.core.signing.ApiCredentials;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The stand-alone emulator: {@code java -jar tctestkit-emulator-VERSION.jar [options]}, a fake Tencent Cloud API 3.0
 * for clients in any language. {@code --help} lists the options. A bad argument or a port in use ends it with exit
 * status 2 and a one-line reason.
 */
public final class Main {

    static final int DEFAULT_PORT = 9183;

    /** The environment variables the official SDKs' environment credential providers read. */
    static final String SECRET_ID_VARIABLE = "TENCENTCLOUD_SECRET_ID";

    static final String SECRET_KEY_VARIABLE = "TENCENTCLOUD_SECRET_KEY";

    /** Each option and what it does, in the order {@code --help} lists them. */
    static final Map<String, String> OPTIONS = options();

    private static Map<String, String> options() {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("--port N", "listen on 127.0.0.1:N (default " + DEFAULT_PORT + ", 0 for any free port)");
        o.put("--services a,b,...", "serve only these services (default: every built-in service)");
        o.put(
                "--strict",
                "run every check of the real gateway (signatures, timestamps, actions, versions, regions,"
                        + " rate limits, parameters)");
        o.put("--validate", "check parameters against the contracts without the other strict checks");
        o.put("--stateless", "answer every action with its documented default answer, keep no state");
        o.put(
                "--infer-state a,b,...|all",
                "keep state by convention (CreateX / DescribeXs / DeleteX) for these services, or all that have such"
                        + " resources (docs/inferred-state.md lists them)");
        o.put(
                "--state-file FILE",
                "load the state (GET /_tctestkit/state's document) from FILE at start, if it exists, and save it there"
                        + " on exit");
        o.put(
                "--secret-id ID",
                "the SecretId to sign with in strict mode (default: $" + SECRET_ID_VARIABLE
                        + ", else the fixed test pair)");
        o.put("--secret-key KEY", "the SecretKey to sign with (default: $" + SECRET_KEY_VARIABLE + ")");
        o.put("--quiet", "print only where it listens (and, in strict mode, the key pair), no line per refusal");
        o.put(
                "--wiremock-admin",
                "let WireMock's own admin API (/__admin) answer; off by default (every admin request gets 403),"
                        + " use the control API instead");
        o.put("-h, --help", "print this help and exit");
        return java.util.Collections.unmodifiableMap(o);
    }

    /** The control API's endpoints and what each does, in the order {@code --help} lists them. */
    static final Map<String, String> CONTROL = control();

    private static Map<String, String> control() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("GET  /_tctestkit/health", "services served, version, uptime, the checks that are on");
        c.put("POST /_tctestkit/reset", "forget answers, recorded requests and state (?service=mdl: one service's)");
        c.put("GET  /_tctestkit/requests", "the recorded requests as JSON (?service=...&action=... to filter)");
        c.put("GET  /_tctestkit/rejections", "the gateway's refusals with their reasons (?service=...&action=...)");
        c.put(
                "POST /_tctestkit/answers",
                "configure an error, a success, a fault or an HTTP answer, e.g."
                        + " {\"action\":\"StartStreamLiveChannel\",\"error\":\"InvalidParameter.StateError\"}");
        c.put("GET  /_tctestkit/state", "the stateful resources (StreamLive; VPC, CVM, CBS per SecretId and region)");
        c.put("PUT  /_tctestkit/state", "replace them with a document of the same shape");
        return java.util.Collections.unmodifiableMap(c);
    }

    private Main() {}

    /**
     * Runs the emulator until Ctrl-C or SIGTERM.
     *
     * @param args command-line arguments, see {@code --help}
     * @throws Exception when it is interrupted while it waits
     */
    public static void main(String[] args) throws Exception {
        try {
            run(args, System.getenv(), System.out);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("tctestkit emulator: " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * Parses the arguments, starts the emulator, prints how to reach it and waits for Ctrl-C.
     *
     * @param args the arguments
     * @param env the environment, for the credentials' variables
     * @param out where to print
     * @throws Exception when it cannot start
     */
    static void run(String[] args, Map<String, String> env, PrintStream out) throws Exception {
        Options options = Options.parse(args, env);
        if (options.help) {
            out.print(help());
            out.flush();
            return;
        }
        TencentCloudEmulator emulator = start(options, out);
        if (options.stateFile != null) {
            try {
                StateFile.load(emulator.api(), options.stateFile);
            } catch (RuntimeException e) {
                emulator.close();
                throw e;
            }
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            if (options.stateFile != null) {
                                try {
                                    StateFile.save(emulator.api(), options.stateFile);
                                    out.println("tctestkit emulator: state saved to " + options.stateFile + ".");
                                } catch (RuntimeException e) {
                                    out.println("tctestkit emulator: could not save the state to " + options.stateFile
                                            + ": " + e.getMessage());
                                }
                            }
                            emulator.close();
                            out.println("tctestkit emulator stopped.");
                            out.flush();
                            stopped.countDown();
                        },
                        "tctestkit-emulator-shutdown"));
        printBanner(emulator.api(), options, out);
        stopped.await();
    }

    static TencentCloudEmulator start(Options options, PrintStream out) {
        TencentCloudEmulator.Builder builder = TencentCloudEmulator.builder()
                .port(options.port)
                .strict(options.strict)
                .validateRequests(options.validate)
                .stateful(!options.stateless)
                .credentials(options.credentials)
                .wiremockAdmin(options.wiremockAdmin);
        if (options.services.length > 0) {
            builder.services(options.services);
        }
        if (options.inferState.length > 0) {
            builder.inferState(options.inferState);
        }
        if (!options.quiet) {
            builder.onRefusal(r -> out.println(refusalLine(r)));
        }
        return builder.start();
    }

    static String help() {
        StringBuilder b =
                new StringBuilder("tctestkit emulator: a fake Tencent Cloud API 3.0 for clients in any language.\n"
                        + "usage: java -jar tctestkit-emulator.jar [options]\n");
        int width = OPTIONS.keySet().stream().mapToInt(String::length).max().orElse(0);
        OPTIONS.forEach((k, v) -> b.append("  ")
                .append(k)
                .append(" ".repeat(width - k.length() + 2))
                .append(v)
                .append('\n'));
        b.append("Every option can also be given as a system property: -Dtctestkit.port=N, -Dtctestkit.strict=true,"
                + " ...\n");
        b.append("Control API, on the same port (JSON in and out; docs/control-api.md describes it):\n");
        int cwidth = CONTROL.keySet().stream().mapToInt(String::length).max().orElse(0);
        CONTROL.forEach((k, v) -> b.append("  ")
                .append(k)
                .append(" ".repeat(cwidth - k.length() + 2))
                .append(v)
                .append('\n'));
        return b.toString();
    }

    /** The diagnostics lines that say how to fix a refusal, shown in its log line. */
    static final java.util.List<String> HINTS =
            java.util.List.of("did you mean", "regions offered", "sign with", "choose one");

    /** One line per refused request: code, action, the reason's first line and the hints that say how to fix it. */
    static String refusalLine(Rejection r) {
        String reason = r.reason();
        int nl = reason.indexOf('\n');
        StringBuilder detail = new StringBuilder();
        for (String line : r.diagnostics().split("\n")) {
            if (HINTS.stream().anyMatch(line::startsWith)) {
                detail.append(" (").append(line).append(')');
            }
        }
        return "refused " + r.code() + " "
                + (r.request().action().isEmpty() ? "(no action)" : r.request().action()) + ": "
                + (nl < 0 ? reason : reason.substring(0, nl)) + detail;
    }

    /** Command-line options; each also from a {@code -Dtctestkit.NAME} system property. */
    record Options(
            int port,
            boolean strict,
            boolean validate,
            boolean stateless,
            boolean quiet,
            boolean wiremockAdmin,
            boolean help,
            String[] services,
            String[] inferState,
            ApiCredentials credentials,
            java.nio.file.Path stateFile) {

        static Options parse(String[] args, Map<String, String> env) {
            int port = Integer.getInteger("tctestkit.port", DEFAULT_PORT);
            boolean strict = Boolean.getBoolean("tctestkit.strict");
            boolean validate = Boolean.getBoolean("tctestkit.validate");
            boolean quiet = Boolean.getBoolean("tctestkit.quiet");
            boolean stateless = Boolean.getBoolean("tctestkit.stateless");
            boolean wiremockAdmin = Boolean.getBoolean("tctestkit.wiremockAdmin");
            boolean help = false;
            String services = System.getProperty("tctestkit.services", "");
            String secretId = System.getProperty("tctestkit.secretId", env.getOrDefault(SECRET_ID_VARIABLE, ""));
            String secretKey = System.getProperty("tctestkit.secretKey", env.getOrDefault(SECRET_KEY_VARIABLE, ""));
            String stateFile = System.getProperty("tctestkit.stateFile", "");
            String inferState = System.getProperty("tctestkit.inferState", "");
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                switch (name) {
                    case "--strict" -> strict = true;
                    case "--validate" -> validate = true;
                    case "--stateless" -> stateless = true;
                    case "--quiet" -> quiet = true;
                    case "--wiremock-admin" -> wiremockAdmin = true;
                    case "-h", "--help" -> help = true;
                    case "--port" -> {
                        String value = value(args, i, arg);
                        i += arg.contains("=") ? 0 : 1;
                        try {
                            port = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--port needs a number, but got \"" + value + "\"", e);
                        }
                    }
                    case "--services" -> {
                        services = value(args, i, arg);
                        i += arg.contains("=") ? 0 : 1;
                    }
                    case "--secret-id" -> {
                        secretId = value(args, i, arg);
                        i += arg.contains("=") ? 0 : 1;
                    }
                    case "--secret-key" -> {
                        secretKey = value(args, i, arg);
                        i += arg.contains("=") ? 0 : 1;
                    }
                    case "--state-file" -> {
                        stateFile = value(args, i, arg);
                        i += arg.contains("=") ? 0 : 1;
                    }
                    case "--infer-state" -> {
                        inferState = value(args, i, arg);
                        i += arg.contains("=") ? 0 : 1;
                    }
                    default ->
                        throw new IllegalArgumentException(
                                "unknown argument \"" + arg + "\"; --help lists the options");
                }
            }
            if (secretId.isEmpty() != secretKey.isEmpty()) {
                throw new IllegalArgumentException("give both a SecretId and a SecretKey (--secret-id and"
                        + " --secret-key, or $" + SECRET_ID_VARIABLE + " and $" + SECRET_KEY_VARIABLE + "), or"
                        + " neither for the fixed test pair; only the "
                        + (secretId.isEmpty() ? "SecretKey" : "SecretId") + " was given");
            }
            ApiCredentials credentials =
                    secretId.isEmpty() ? TencentCloudEmulator.TEST_CREDENTIALS : ApiCredentials.of(secretId, secretKey);
            String[] names = services.isBlank()
                    ? new String[0]
                    : Arrays.stream(services.split(","))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toArray(String[]::new);
            String[] inferred = Arrays.stream(inferState.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toArray(String[]::new);
            if (inferred.length > 0 && stateless) {
                throw new IllegalArgumentException(
                        "--infer-state keeps state, but --stateless keeps none; give one of them");
            }
            if (!stateFile.isBlank() && stateless) {
                throw new IllegalArgumentException(
                        "--state-file saves and loads the state, but --stateless keeps none;" + " give one of them");
            }
            return new Options(
                    port,
                    strict,
                    validate,
                    stateless,
                    quiet,
                    wiremockAdmin,
                    help,
                    names,
                    inferred,
                    credentials,
                    stateFile.isBlank() ? null : java.nio.file.Path.of(stateFile));
        }

        private static String value(String[] args, int i, String arg) {
            if (arg.contains("=")) {
                return arg.substring(arg.indexOf('=') + 1);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(arg + " needs a value; --help lists the options");
            }
            return args[i + 1];
        }
    }

    /**
     * Prints where the emulator listens and how to reach it. The example request is sent, and forgotten again, before
     * the first line is printed: a client that starts as soon as it reads "listening on" finds an emulator that has
     * received nothing, and nothing it configures through the control API is reset afterwards.
     */
    static void printBanner(TencentCloudApi api, Options options, PrintStream out) throws Exception {
        String endpoint = api.endpoint();
        ServiceRegistry served = api.services();
        String[] example = options.quiet ? null : example(api, options);
        out.println("tctestkit emulator: a fake Tencent Cloud API 3.0 ("
                + served.names().size() + " services, "
                + served.services().size() + " service versions, " + served.actionCount()
                + " actions) is listening on " + api.baseUri());
        if (options.strict) {
            out.println("  Strict:  the gateway's checks are on; sign with SecretId "
                    + api.credentials().secretId() + " and SecretKey "
                    + api.credentials().secretKey()
                    + (options.credentials.equals(TencentCloudEmulator.TEST_CREDENTIALS)
                            ? " (test credentials, not a secret)"
                            : " (as given)"));
        }
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
                        ? "  Answers: each action's documented success answer; InvalidAction for unknown actions;"
                        : "  Answers: in-memory StreamLive, VPC, CVM and CBS (what you create lives until the emulator"
                                + " stops, per SecretId and region"
                                + (options.stateFile == null ? "" : ", saved to " + options.stateFile + " on exit")
                                + "), every other action's documented success answer; InvalidAction for unknown"
                                + " actions;");
        out.println("           any error with the request header " + TencentCloudEmulator.CHOOSE_ERROR_HEADER
                + ": <code>, e.g. AuthFailure.SignatureFailure");
        if (!options.strict && options.validate) {
            out.println("  Checks:  requests are checked against the services' contracts (unknown, missing and"
                    + " mistyped parameters)");
        }
        out.println("  Control: " + api.baseUri() + "_tctestkit/ (GET health, POST reset, GET requests, GET"
                + " rejections, POST answers, GET|PUT state; --help lists them, docs/control-api.md describes them)");
        out.println(
                options.wiremockAdmin
                        ? "  Admin:   WireMock's admin API answers on " + api.baseUri() + "__admin/ (--wiremock-admin)"
                        : "  Admin:   WireMock's admin API (/__admin) is off; --wiremock-admin turns it on");
        out.println("  Example: " + example[0]);
        out.println("  Answer:  " + example[1]);
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }

    /** The example request as a curl command line, and the emulator's answer to it; the emulator forgets it. */
    private static String[] example(TencentCloudApi api, Options options) throws Exception {
        String endpoint = api.endpoint();
        ServiceRegistry served = api.services();
        String example = served.find("mdl", "2020-03-26").isPresent()
                ? "mdl 2020-03-26 DescribeStreamLiveChannels"
                : served.services().get(0).name() + " "
                        + served.services().get(0).version() + " "
                        + served.services().get(0).actions().iterator().next();
        String[] parts = example.split(" ");
        String service = parts[0];
        String version = parts[1];
        String action = parts[2];
        String curl = "curl -s -X POST " + api.baseUri() + " -H 'Content-Type: application/json'" + " -H 'X-TC-Action: "
                + action + "' -H 'X-TC-Version: " + version + "' -d '{}'"
                + (options.strict
                        ? "\n           (unsigned, so strict mode refuses it; the answer below is for the same request"
                                + " signed with the credentials above)"
                        : "");
        HttpRequest.Builder request = HttpRequest.newBuilder(api.baseUri())
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", SignableRequest.JSON_CONTENT_TYPE)
                .header("X-TC-Action", action)
                .header("X-TC-Version", version)
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        if (options.strict) {
            SignableRequest signable = SignableRequest.jsonPost(endpoint, "{}")
                    .withHeader("X-TC-Action", action)
                    .withHeader("X-TC-Version", version);
            Tc3Signature signature = Tc3Signer.sign(
                    signable, api.credentials(), service, api.clock().now().getEpochSecond());
            signature.headers().forEach(request::header);
        }
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        api.reset();
        return new String[] {curl, "HTTP " + answer.statusCode() + " " + answer.body()};
    }
}
