package io.github.tctestkit.benchmarks;

import java.util.Locale;
import java.util.Map;

/**
 * Every performance figure in one command, each against bare WireMock in the same run, and a summary against the
 * targets: per-request latency ({@link Interleaved}: plain with 400 actions, strict), start-up, the first request to
 * a service not loaded yet and the heap of every contract ({@link Footprint}).
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.tctestkit.benchmarks.Suite [rounds] [batch] [startups] [jvms]
 * }</pre>
 *
 * <p>Defaults: 60 rounds of 200 requests per case, 40 warm start-ups per case, 10 fresh JVMs per case; about 6
 * minutes on an idle 2-core machine.
 */
public final class Suite {

    static final double PLAIN_LIMIT = 1.05;
    static final double STRICT_LIMIT = 1.25;
    static final double STARTUP_LIMIT = 1.5;
    /** A stateful request against a stateless default answer (issue 15). */
    static final double STATEFUL_LIMIT = 1.3;
    /** A far page against the first: paging linear in the page, not in the store (1.0 with some slack for noise). */
    static final double FAR_PAGE_LIMIT = 1.2;

    static final double HEAP_LIMIT_MB = 150;

    private Suite() {}

    /**
     * Runs everything and prints the summary.
     *
     * @param args optional: rounds, batch, warm start-ups, fresh JVMs per start-up case
     * @throws Exception when a server cannot start or answers wrongly
     */
    public static void main(String[] args) throws Exception {
        int rounds = Footprint.intArg(args, 0, 60);
        int batch = Footprint.intArg(args, 1, 200);
        int startups = Footprint.intArg(args, 2, 40);
        int jvms = Footprint.intArg(args, 3, 10);
        long t0 = System.nanoTime();
        System.out.println("== per request (" + load() + ")");
        Map<String, double[]> perRequest = Interleaved.run(rounds, batch);
        System.out.println("== stateful (" + load() + ")");
        Map<String, double[]> stateful = StatefulBenchmark.run(rounds, batch);
        System.out.println("== start-up (" + load() + ")");
        Map<String, Map<String, double[]>> startup = Footprint.startup(startups, jvms);
        System.out.println("== first request (" + load() + ")");
        String first = Footprint.child("first-request-child");
        System.out.print(first);
        System.out.println("== heap (" + load() + ")");
        String heap = Footprint.child("heap-child");
        System.out.print(heap);
        double[] firstRequest = result(first, "first-request");
        double[] heapMb = result(heap, "heap");

        System.out.printf(Locale.ROOT, "%n== summary (%.0f s, %s)%n", (System.nanoTime() - t0) / 1e9, load());
        line("plain, 400 actions / bare (wall, median of rounds)", perRequest.get("tctestkit400Actions"), PLAIN_LIMIT);
        line("strict, 400 actions / bare", perRequest.get("tctestkitStrict400Actions"), STRICT_LIMIT);
        line(
                "stateful by id among 10,000 / stateless answer",
                stateful.get("statefulDescribeOneOf10000"),
                STATEFUL_LIMIT);
        line(
                "stateful page 20 at offset 9,000 / first page",
                ratio(stateful, "statefulPageAtOffset9000", "statefulFirstPageOf10000"),
                FAR_PAGE_LIMIT);
        line("start-up, class scope, warm JVM", startup.get("warm").get("tctestkitClass"), STARTUP_LIMIT);
        if (startup.containsKey("fresh")) {
            line("start-up, class scope, fresh JVM", startup.get("fresh").get("tctestkitClass"), STARTUP_LIMIT);
            line(
                    "start-up, class scope, fresh JVM, whole process",
                    startup.get("process").get("tctestkitClass"),
                    STARTUP_LIMIT);
        }
        System.out.printf(
                Locale.ROOT,
                "  %-50s median +%.1f ms, max +%.1f ms   %s%n",
                "first request to a service, over the second",
                firstRequest[0],
                firstRequest[1],
                verdict(firstRequest[1] <= Footprint.FIRST_REQUEST_LIMIT_MS, "max", Footprint.FIRST_REQUEST_LIMIT_MS)
                        + "; "
                        + verdict(
                                firstRequest[0] <= Footprint.FIRST_REQUEST_LIMIT_MS,
                                "median",
                                Footprint.FIRST_REQUEST_LIMIT_MS));
        System.out.printf(
                Locale.ROOT,
                "  %-50s %.1f MB (%.1f MB with every default answer)   %s%n",
                "heap, all 156 contracts loaded",
                heapMb[0],
                heapMb[1],
                verdict(heapMb[1] < HEAP_LIMIT_MB, "", HEAP_LIMIT_MB));
    }

    /** One case's ratio over another's, from their ratios to the same baseline (medians only: no quartiles). */
    private static double[] ratio(Map<String, double[]> ratios, String a, String b) {
        double r = ratios.get(a)[0] / ratios.get(b)[0];
        return new double[] {r, r, r};
    }

    private static void line(String what, double[] ratio, double limit) {
        System.out.printf(
                Locale.ROOT,
                "  %-50s %.3f (quartiles %.3f .. %.3f)   %s%n",
                what,
                ratio[0],
                ratio[1],
                ratio[2],
                verdict(ratio[0] <= limit, "median", limit)
                        + (ratio[2] > limit && ratio[0] <= limit ? " (upper quartile above)" : ""));
    }

    private static String verdict(boolean ok, String which, double limit) {
        return (which.isEmpty() ? "" : which + " ") + (ok ? "within " : "ABOVE ") + limit;
    }

    /** The numbers of a child's {@code RESULT <name> a b} line. */
    private static double[] result(String output, String name) {
        for (String line : output.split("\n")) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 4 && parts[0].equals(Footprint.RESULT) && parts[1].equals(name)) {
                return new double[] {Double.parseDouble(parts[2]), Double.parseDouble(parts[3])};
            }
        }
        throw new IllegalStateException("no " + name + " result in:\n" + output);
    }

    /** The load average, to note what else ran. */
    static String load() {
        return String.format(
                Locale.ROOT,
                "load average %.2f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
    }
}
