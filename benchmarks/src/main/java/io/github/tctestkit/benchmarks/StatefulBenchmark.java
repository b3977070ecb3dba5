package io.github.tctestkit.benchmarks;

import io.github.tctestkit.wiremock.Resources;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudEmulator;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the resource engine costs per call, over loopback with the JDK client on one kept-alive connection:
 *
 * <ul>
 *   <li>{@link #statelessDescribeInstances}: a stateless emulator's documented default answer, the baseline;
 *   <li>{@link #statefulDescribeOneOf10000}: a stateful emulator holding {@value #RESOURCES} instances, asked for one
 *       by id (a hash look-up, so it should not grow with the count);
 *   <li>{@link #statefulFirstPageOf10000}: the same emulator's first page of 20, with {@code TotalCount};
 *   <li>{@link #statefulPageAtOffset9000}: the page of 20 at offset 9,000 (the engine finds a page's start in
 *       O(log n), so this should cost what the first page costs).
 * </ul>
 *
 * <p>{@link #main} runs the same four interleaved ({@link Interleaved}), each as a ratio to the stateless answer; the
 * {@link Suite} runs it too.
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am package -DskipTests &amp;&amp; java -jar benchmarks/target/benchmarks.jar StatefulBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StatefulBenchmark {

    /** Instances the stateful emulator holds. */
    public static final int RESOURCES = 10_000;

    private HttpClient client;
    private TencentCloudEmulator stateless;
    private TencentCloudEmulator stateful;
    private HttpRequest statelessRequest;
    private HttpRequest byIdRequest;
    private HttpRequest firstPageRequest;
    private HttpRequest farPageRequest;

    /** Starts both emulators, seeds the stateful one and checks one answer of each. */
    @Setup
    public void setUp() throws IOException, InterruptedException {
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        stateless =
                TencentCloudEmulator.builder().stateful(false).services("cvm").start();
        stateful = TencentCloudEmulator.builder().services("cvm").start();
        TencentCloudApi api = stateful.api();
        Resources instances = api.service("cvm").resources("Instance");
        String middle = null;
        for (int i = 0; i < RESOURCES; i++) {
            String id = instances.put("{\"InstanceName\":\"i" + i + "\",\"InstanceState\":\"RUNNING\","
                    + "\"Placement\":{\"Zone\":\"ap-guangzhou-3\"}}");
            if (i == RESOURCES / 2) {
                middle = id;
            }
        }
        statelessRequest = describe(stateless.api(), "{\"InstanceIds\":[\"ins-00000000\"]}");
        byIdRequest = describe(api, "{\"InstanceIds\":[\"" + middle + "\"]}");
        firstPageRequest = describe(api, "{\"Limit\":20}");
        farPageRequest = describe(api, "{\"Offset\":9000,\"Limit\":20}");
        check(statelessRequest, "\"TotalCount\"");
        check(byIdRequest, middle);
        check(firstPageRequest, "\"TotalCount\":" + RESOURCES);
        check(farPageRequest, "\"InstanceName\":\"i9000\"");
    }

    /** Stops the emulators. */
    @TearDown
    public void tearDown() {
        stateless.close();
        stateful.close();
    }

    /**
     * The stateless emulator's documented default answer to DescribeInstances.
     *
     * @return the body, consumed by JMH
     */
    @Benchmark
    public byte[] statelessDescribeInstances() throws IOException, InterruptedException {
        return send(statelessRequest);
    }

    /**
     * DescribeInstances of one instance by id among 10,000.
     *
     * @return the body, consumed by JMH
     */
    @Benchmark
    public byte[] statefulDescribeOneOf10000() throws IOException, InterruptedException {
        return send(byIdRequest);
    }

    /**
     * The first page of 20 of 10,000 instances.
     *
     * @return the body, consumed by JMH
     */
    @Benchmark
    public byte[] statefulFirstPageOf10000() throws IOException, InterruptedException {
        return send(firstPageRequest);
    }

    /**
     * The page of 20 at offset 9,000 of 10,000 instances.
     *
     * @return the body, consumed by JMH
     */
    @Benchmark
    public byte[] statefulPageAtOffset9000() throws IOException, InterruptedException {
        return send(farPageRequest);
    }

    /**
     * The four cases interleaved, each as a ratio to the stateless answer.
     *
     * @param args optional: rounds (default 60), requests per batch (default 200)
     * @throws Exception when an emulator cannot start or answers wrongly
     */
    public static void main(String[] args) throws Exception {
        run(Footprint.intArg(args, 0, 60), Footprint.intArg(args, 1, 200));
    }

    /**
     * Runs the four cases interleaved.
     *
     * @param rounds how many rounds
     * @param batch requests per case and round
     * @return each case's wall-clock ratio to the stateless answer: median, lower and upper quartile
     * @throws Exception when an emulator cannot start or answers wrongly
     */
    static Map<String, double[]> run(int rounds, int batch) throws Exception {
        StatefulBenchmark b = new StatefulBenchmark();
        b.setUp();
        try {
            Map<String, Interleaved.Case> cases = new LinkedHashMap<>();
            cases.put("statelessDescribeInstances", b::statelessDescribeInstances);
            cases.put("statefulDescribeOneOf10000", b::statefulDescribeOneOf10000);
            cases.put("statefulFirstPageOf10000", b::statefulFirstPageOf10000);
            cases.put("statefulPageAtOffset9000", b::statefulPageAtOffset9000);
            return Interleaved.run(cases, "statelessDescribeInstances", rounds, batch);
        } finally {
            b.tearDown();
        }
    }

    private static HttpRequest describe(TencentCloudApi api, String body) {
        return HttpRequest.newBuilder(api.baseUri())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-TC-Action", "DescribeInstances")
                .header("X-TC-Version", "2017-03-12")
                .header("X-TC-Region", "ap-guangzhou")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private byte[] send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " from " + request.uri());
        }
        return response.body();
    }

    private void check(HttpRequest request, String expected) throws IOException, InterruptedException {
        String body = new String(send(request), StandardCharsets.UTF_8);
        if (body.contains("\"Error\"") || !body.contains(expected)) {
            throw new IllegalStateException("unexpected answer: " + body);
        }
    }
}
