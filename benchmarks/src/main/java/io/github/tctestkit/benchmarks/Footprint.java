package io.github.tctestkit.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.ServiceRegistry;
import io.github.tctestkit.core.contract.ActionContract;
import io.github.tctestkit.core.contract.ServiceContract;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudEmulator;
import io.github.tctestkit.wiremock.internal.ApiHandle;
import io.github.tctestkit.wiremock.internal.GatewaySettings;
import io.github.tctestkit.wiremock.internal.StubServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * What serving every built-in service costs outside the per-request path: start-up (start, answer one request,
 * stop, as a class-scoped extension does), the first request to a service whose contract is not loaded yet, and the
 * heap all 156 contracts take. Each figure is measured against bare WireMock in the same run, interleaved.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.tctestkit.benchmarks.Footprint startup [iterations] [jvms]
 * java -cp benchmarks/target/benchmarks.jar io.github.tctestkit.benchmarks.Footprint first-request
 * java -cp benchmarks/target/benchmarks.jar io.github.tctestkit.benchmarks.Footprint heap
 * }</pre>
 *
 * <p>{@code first-request} and {@code heap} run in a fresh JVM of their own (started with the same {@code java} and
 * class path), so that nothing loaded before skews them.
 */
public final class Footprint {

    /** StreamLive's version, as the per-request benchmarks send. */
    static final String MDL_VERSION = "2020-03-26";

    static final String MDL_ACTION = "DescribeStreamLiveInputs";

    /** A CVM action no other service has (DescribeZones is shared with CBS's version 2017-03-12). */
    static final String CVM_ACTION = "DescribeInstancesStatus";

    /** Starts the machine-readable line a child prints last, for {@link Suite}. */
    static final String RESULT = "RESULT";

    /** The most a first request to a service not loaded yet may cost over the next one. */
    static final double FIRST_REQUEST_LIMIT_MS = 20;

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Footprint() {}

    /** One start, request and stop. */
    interface Cycle {
        void run() throws Exception;
    }

    /**
     * Runs one part, or all parts in turn.
     *
     * @param args {@code startup [iterations] [jvms]}, {@code first-request}, {@code heap}, or the child modes
     * @throws Exception when a server cannot start or answers wrongly
     */
    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "all";
        switch (mode) {
            case "startup" -> startup(intArg(args, 1, 40), intArg(args, 2, 10));
            case "first-request" -> System.out.print(child("first-request-child"));
            case "heap" -> System.out.print(child("heap-child"));
            case "all" -> {
                startup(intArg(args, 1, 40), intArg(args, 2, 10));
                System.out.print(child("first-request-child"));
                System.out.print(child("heap-child"));
            }
            case "once" -> once(args[1]); // child: one cycle in a fresh JVM, prints its milliseconds
            case "first-request-child" -> firstRequest();
            case "heap-child" -> heap();
            default ->
                throw new IllegalArgumentException(
                        "unknown mode " + mode + "; use startup [iterations] [jvms], first-request, heap or all");
        }
        System.exit(0); // WireMock's and the client's threads
    }

    static int intArg(String[] args, int at, int otherwise) {
        return args.length > at ? Integer.parseInt(args[at]) : otherwise;
    }

    // ---------------------------------------------------------------------------------------------------- start-up

    /** The cycles compared, by name; the first is the reference. */
    static Map<String, Cycle> cycles() {
        Map<String, Cycle> cycles = new LinkedHashMap<>();
        cycles.put("bareWireMock", Footprint::bareCycle);
        cycles.put("tctestkitClass", () -> classCycle(false));
        cycles.put("tctestkitClassCvm", () -> classCycle(true));
        cycles.put("tctestkitEmulator", Footprint::emulatorCycle);
        return cycles;
    }

    /** Bare WireMock as tctestkit configures its server, less the dispatcher: start, one stub, one request, stop. */
    static void bareCycle() throws Exception {
        WireMockServer server = new WireMockServer(wireMockConfig()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .disableRequestJournal()
                .notifier(new Slf4jNotifier(false)));
        server.start();
        try {
            server.stubFor(post(urlEqualTo("/")).willReturn(okJson(DispatchBenchmark.envelope(0))));
            expect(send(server.baseUrl(), MDL_ACTION, MDL_VERSION), "\"RequestId\"");
        } finally {
            server.stop();
        }
    }

    /**
     * What {@code @TencentCloudApiTest} (class scope, every built-in service) does for a class with one test: start
     * the server, configure one answer, one request, stop. StreamLive's {@value #MDL_ACTION}, or with {@code cvm}
     * CVM's {@value #CVM_ACTION} through {@code api.service("cvm")}. The test's lease (a look at the stub list and a reset of
     * WireMock's journal) is left out: it is package-private.
     */
    static void classCycle(boolean cvm) throws Exception {
        StubServer server = StubServer.start("the server of class StartupTest", true, GatewaySettings.OFF);
        try {
            TencentCloudApi api = ApiHandle.unbound(server);
            if (cvm) {
                api.service("cvm").givenSuccess(CVM_ACTION);
                expect(send(api.baseUri().toString(), CVM_ACTION, "2017-03-12"), "\"RequestId\"");
            } else {
                api.givenSuccess(MDL_ACTION);
                expect(send(api.baseUri().toString(), MDL_ACTION, MDL_VERSION), "\"Infos\"");
            }
        } finally {
            server.close();
        }
    }

    /** {@code TencentCloudEmulator.start()}: every service, stateful StreamLive, control API; its default answer. */
    static void emulatorCycle() throws Exception {
        try (TencentCloudEmulator emulator = TencentCloudEmulator.start()) {
            expect(send(emulator.api().baseUri().toString(), MDL_ACTION, MDL_VERSION), "\"Infos\"");
        }
    }

    /**
     * Measures start-up warm and, with {@code jvms > 0}, in fresh JVMs, and prints the figures.
     *
     * @return by "warm", "fresh" (the cycle itself) and "process" (the whole java process): each case's ratio to bare
     *     WireMock as median, lower and upper quartile
     */
    static Map<String, Map<String, double[]>> startup(int iterations, int jvms) throws Exception {
        Map<String, Map<String, double[]>> result = new LinkedHashMap<>();
        Map<String, Cycle> cycles = cycles();
        List<String> names = new ArrayList<>(cycles.keySet());
        System.out.println("Start-up: start, configure one answer, one request, stop (ms)");
        // Warm: the same JVM, after warm-up cycles, in a shuffled order each round.
        for (int i = 0; i < 5; i++) {
            for (Cycle c : cycles.values()) {
                c.run();
            }
        }
        Map<String, double[]> warm = new LinkedHashMap<>();
        names.forEach(n -> warm.put(n, new double[iterations]));
        Random random = new Random(7);
        for (int r = 0; r < iterations; r++) {
            Collections.shuffle(names, random);
            for (String n : names) {
                long t = System.nanoTime();
                cycles.get(n).run();
                warm.get(n)[r] = (System.nanoTime() - t) / 1e6;
            }
        }
        result.put("warm", report("warm JVM, " + iterations + " rounds", warm));

        // Fresh: one JVM per cycle; the cycle's own time (class loading included) and the whole process's.
        if (jvms <= 0) {
            return result;
        }
        Map<String, double[]> inside = new LinkedHashMap<>();
        Map<String, double[]> process = new LinkedHashMap<>();
        names = new ArrayList<>(cycles.keySet());
        names.forEach(n -> {
            inside.put(n, new double[jvms]);
            process.put(n, new double[jvms]);
        });
        for (int r = 0; r < jvms; r++) {
            Collections.shuffle(names, random);
            for (String n : names) {
                long t = System.nanoTime();
                String out = child("once", n);
                process.get(n)[r] = (System.nanoTime() - t) / 1e6;
                inside.get(n)[r] = Double.parseDouble(out.trim());
            }
        }
        result.put(
                "fresh",
                report("fresh JVM per cycle, " + jvms + " rounds, the cycle itself (class loading included)", inside));
        result.put("process", report("fresh JVM per cycle, " + jvms + " rounds, the whole java process", process));
        return result;
    }

    /** Child: one cycle in this fresh JVM; prints its time in milliseconds. */
    static void once(String name) throws Exception {
        Cycle c = cycles().get(name);
        long t = System.nanoTime();
        c.run();
        System.out.println((System.nanoTime() - t) / 1e6);
    }

    /** Medians, and each case's ratio to the first as the median (quartiles) of per-round ratios. */
    static Map<String, double[]> report(String title, Map<String, double[]> millis) {
        Map<String, double[]> ratios = new LinkedHashMap<>();
        System.out.println("  " + title + ":");
        double[] ref = millis.values().iterator().next();
        millis.forEach((name, v) -> {
            double[] ratio = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                ratio[i] = v[i] / ref[i];
            }
            System.out.printf(
                    Locale.ROOT,
                    "    %-20s median %8.1f ms (quartiles %.1f .. %.1f)   ratio: median %.2f (quartiles %.2f .. %.2f)%n",
                    name,
                    Interleaved.quantile(v, 0.5),
                    Interleaved.quantile(v, 0.25),
                    Interleaved.quantile(v, 0.75),
                    Interleaved.quantile(ratio, 0.5),
                    Interleaved.quantile(ratio, 0.25),
                    Interleaved.quantile(ratio, 0.75));
            ratios.put(name, new double[] {
                Interleaved.quantile(ratio, 0.5), Interleaved.quantile(ratio, 0.25), Interleaved.quantile(ratio, 0.75)
            });
        });
        return ratios;
    }

    // ----------------------------------------------------------------------------------------------- first request

    /**
     * Child: for every built-in service version, a fresh emulator (every service, default answers) and two requests
     * to one action only that service has: the first loads the contract and builds the default answer, the second
     * does not. Prints the extra time of the first.
     */
    static void firstRequest() throws Exception {
        ServiceRegistry all = ServiceRegistry.builtIn();
        // Warm the path with a service set aside, so that the first figures are not the JVM's own warm-up.
        List<ServiceDescription> services = new ArrayList<>(all.services());
        List<String> warmUp = List.of("mdl", "cvm", "vpc");
        for (int i = 0; i < 30; i++) {
            try (TencentCloudEmulator e = TencentCloudEmulator.start()) {
                ServiceDescription s = all.versionsOf(warmUp.get(i % 3)).get(0);
                String action = uniqueAction(all, s);
                send(e.api().baseUri().toString(), action, s.version());
                send(e.api().baseUri().toString(), action, s.version());
            }
        }
        services.removeIf(s -> warmUp.contains(s.name()));
        List<double[]> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (ServiceDescription s : services) {
            String action = uniqueAction(all, s);
            if (action == null) {
                continue;
            }
            try (TencentCloudEmulator e = TencentCloudEmulator.start()) {
                String base = e.api().baseUri().toString();
                long t0 = System.nanoTime();
                String first = send(base, action, s.version());
                long t1 = System.nanoTime();
                String second = send(base, action, s.version());
                long t2 = System.nanoTime();
                if (!first.startsWith("{\"Response\"") || !second.startsWith("{\"Response\"")) {
                    throw new IllegalStateException("unexpected answer to " + action + ": " + first);
                }
                rows.add(new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6});
                labels.add(s.name() + " " + s.version() + " " + action);
            }
        }
        double[] extra = new double[rows.size()];
        double[] firsts = new double[rows.size()];
        double[] seconds = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            firsts[i] = rows.get(i)[0];
            seconds[i] = rows.get(i)[1];
            extra[i] = firsts[i] - seconds[i];
        }
        System.out.printf(
                Locale.ROOT,
                "First request to a service not loaded yet (fresh JVM; %d service versions, a fresh emulator each, its"
                        + " default answer):%n",
                rows.size());
        System.out.printf(
                Locale.ROOT,
                "  first  median %.2f ms (quartiles %.2f .. %.2f, max %.2f)%n",
                Interleaved.quantile(firsts, 0.5),
                Interleaved.quantile(firsts, 0.25),
                Interleaved.quantile(firsts, 0.75),
                Interleaved.quantile(firsts, 1));
        System.out.printf(
                Locale.ROOT,
                "  second median %.2f ms (quartiles %.2f .. %.2f, max %.2f)%n",
                Interleaved.quantile(seconds, 0.5),
                Interleaved.quantile(seconds, 0.25),
                Interleaved.quantile(seconds, 0.75),
                Interleaved.quantile(seconds, 1));
        System.out.printf(
                Locale.ROOT,
                "  first - second: median %.2f ms (quartiles %.2f .. %.2f, 90th %.2f, max %.2f)%n",
                Interleaved.quantile(extra, 0.5),
                Interleaved.quantile(extra, 0.25),
                Interleaved.quantile(extra, 0.75),
                Interleaved.quantile(extra, 0.9),
                Interleaved.quantile(extra, 1));
        Integer[] order = new Integer[rows.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(extra[b], extra[a]));
        int within = 0;
        for (double e : extra) {
            within += e <= FIRST_REQUEST_LIMIT_MS ? 1 : 0;
        }
        System.out.printf(
                Locale.ROOT,
                "  within %.0f ms: %d of %d service versions%n",
                FIRST_REQUEST_LIMIT_MS,
                within,
                extra.length);
        System.out.println("  largest:");
        for (int i = 0; i < Math.min(5, order.length); i++) {
            int k = order[i];
            System.out.printf(
                    Locale.ROOT,
                    "    %-50s +%.2f ms (%.2f then %.2f)%n",
                    labels.get(k),
                    extra[k],
                    firsts[k],
                    seconds[k]);
        }
        System.out.printf(
                Locale.ROOT,
                "%s first-request %.3f %.3f%n",
                RESULT,
                Interleaved.quantile(extra, 0.5),
                Interleaved.quantile(extra, 1));
    }

    /** An action of the service that no other service version has, so that the request routes to it alone. */
    static String uniqueAction(ServiceRegistry all, ServiceDescription s) {
        for (String a : s.actions()) {
            if (all.withAction(a).size() == 1) {
                return a;
            }
        }
        return null;
    }

    // -------------------------------------------------------------------------------------------------------- heap

    /** Child: used heap after full GCs before the registry, after its index, after every contract. */
    static void heap() {
        long start = usedAfterGc();
        ServiceRegistry all = ServiceRegistry.builtIn();
        int actions = all.actionCount();
        long index = usedAfterGc();
        int contracts = 0;
        for (ServiceDescription s : all.services()) {
            if (s.contract().isPresent()) {
                contracts++;
            }
        }
        long loaded = usedAfterGc();
        int answers = 0;
        for (ServiceDescription s : all.services()) {
            s.errors();
            ServiceContract c = s.contract().orElseThrow();
            for (String a : c.actionNames()) {
                ActionContract action = c.action(a);
                action.defaultAnswer();
                s.errorsOf(a);
                answers++;
            }
        }
        long everything = usedAfterGc();
        System.out.printf(
                Locale.ROOT,
                "Heap (used after full GCs, fresh JVM, max heap %d MB):%n",
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "  at start                                   %7.1f MB%n", mb(start));
        System.out.printf(
                Locale.ROOT,
                "  registry index read (%d service versions, %d actions) %7.1f MB (+%.1f)%n",
                all.services().size(),
                actions,
                mb(index),
                mb(index - start));
        System.out.printf(
                Locale.ROOT,
                "  all %d contracts loaded                 %7.1f MB (+%.1f over the index, +%.1f over the start)%n",
                contracts,
                mb(loaded),
                mb(loaded - index),
                mb(loaded - start));
        System.out.printf(
                Locale.ROOT,
                "  and all %d default answers and error lists built %7.1f MB (+%.1f over the start)%n",
                answers,
                mb(everything),
                mb(everything - start));
        System.out.printf(Locale.ROOT, "%s heap %.3f %.3f%n", RESULT, mb(loaded), mb(everything));
        if (all.services().isEmpty()) {
            throw new IllegalStateException("keeps the registry reachable");
        }
    }

    static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    // ------------------------------------------------------------------------------------------------------ common

    /** Runs this class in a fresh JVM with the given arguments; returns what it printed. */
    static String child(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Footprint.class.getName());
        Collections.addAll(command, args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.startsWith("SLF4J")) {
                    out.append(line).append('\n');
                }
            }
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException("child " + String.join(" ", args) + " failed:\n" + out);
        }
        return out.toString();
    }

    static String send(String baseUrl, String action, String version) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/"))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-TC-Action", action)
                .header("X-TC-Version", version)
                .header("X-TC-Region", "ap-guangzhou")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "HTTP " + response.statusCode() + " for " + action + ": " + response.body());
        }
        return response.body();
    }

    static void expect(String body, String part) {
        if (!body.contains(part) || body.contains("\"Error\"")) {
            throw new IllegalStateException("unexpected answer: " + body);
        }
    }
}
