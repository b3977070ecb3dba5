package io.github.tctestkit.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A plain harness beside JMH for noisy machines: it sends the requests of all {@link DispatchBenchmark} cases in
 * short interleaved batches, in a shuffled order each round, so that a change of background load hits every case
 * alike, and it reports each ratio to bare WireMock as the median (and quartiles) of per-round ratios.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.tctestkit.benchmarks.Interleaved [rounds] [batch]
 * }</pre>
 */
public final class Interleaved {

    private Interleaved() {}

    interface Case {
        byte[] call() throws Exception;
    }

    /**
     * Runs the harness.
     *
     * @param args optional: rounds (default 60), requests per batch (default 200)
     * @throws Exception when a server cannot start or answers wrongly
     */
    public static void main(String[] args) throws Exception {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 60, args.length > 1 ? Integer.parseInt(args[1]) : 200);
    }

    /**
     * Runs the cases and prints the figures.
     *
     * @param rounds how many rounds
     * @param batch requests per case and round
     * @return each case's wall-clock ratio to bare WireMock: median, lower and upper quartile
     * @throws Exception when a server cannot start or answers wrongly
     */
    static Map<String, double[]> run(int rounds, int batch) throws Exception {
        DispatchBenchmark b = new DispatchBenchmark();
        b.setUp(); // starts the servers and checks one answer of each
        try {
            Map<String, Case> cases = new LinkedHashMap<>();
            cases.put("bareWireMockOneStub", b::bareWireMockOneStub);
            cases.put("bareWireMockOneStubJournal", b::bareWireMockOneStubJournal);
            cases.put("tctestkit400Actions", b::tctestkit400Actions);
            cases.put("tctestkit400ActionsRotating", b::tctestkit400ActionsRotating);
            cases.put("tctestkitStrict400Actions", b::tctestkitStrict400Actions);
            cases.put("tctestkitStrictContract", b::tctestkitStrictContract);
            cases.put("tctestkitStrictNoContract", b::tctestkitStrictNoContract);
            cases.put("bareWireMock400Stubs", b::bareWireMock400Stubs);
            return run(cases, "bareWireMockOneStub", rounds, batch);
        } finally {
            b.tearDown();
        }
    }

    /**
     * Runs any cases interleaved and prints each one's ratio to a baseline among them.
     *
     * @param cases by name, the baseline included
     * @param baseline the name of the case the others are divided by
     * @param rounds how many rounds
     * @param batch requests per case and round
     * @return each case's wall-clock ratio to the baseline: median, lower and upper quartile
     * @throws Exception when a case fails
     */
    static Map<String, double[]> run(Map<String, Case> cases, String baseline, int rounds, int batch) throws Exception {
        for (Case c : cases.values()) { // warm-up
            for (int i = 0; i < 2000; i++) {
                c.call();
            }
        }
        Map<String, double[]> micros = new LinkedHashMap<>();
        Map<String, double[]> cpu = new LinkedHashMap<>();
        cases.keySet().forEach(k -> {
            micros.put(k, new double[rounds]);
            cpu.put(k, new double[rounds]);
        });
        Map<String, long[]> processCpu = new LinkedHashMap<>();
        cases.keySet().forEach(k -> processCpu.put(k, new long[1]));
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        List<String> order = new ArrayList<>(cases.keySet());
        Random random = new Random(42);
        for (int r = 0; r < rounds; r++) {
            Collections.shuffle(order, random);
            for (String name : order) {
                Case c = cases.get(name);
                long processStart = os.getProcessCpuTime();
                long cpuStart = threadsCpuNanos();
                long start = System.nanoTime();
                for (int i = 0; i < batch; i++) {
                    c.call();
                }
                micros.get(name)[r] = (System.nanoTime() - start) / 1000.0 / batch;
                cpu.get(name)[r] = (threadsCpuNanos() - cpuStart) / 1000.0 / batch;
                processCpu.get(name)[0] += os.getProcessCpuTime() - processStart;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%d rounds x %d requests per case, interleaved (median per request, µs); ratios to %s%n",
                rounds,
                batch,
                baseline);
        System.out.println(" wall-clock time per request:");
        Map<String, double[]> wall = print(micros, rounds, baseline);
        System.out.println(" CPU time of the JVM's Java threads (client and servers; not GC or JIT) per request:");
        print(cpu, rounds, baseline);
        System.out.println(" CPU time of the whole process (GC and JIT included; clock ticks, so over all rounds):");
        double bareProcess = processCpu.get(baseline)[0];
        processCpu.forEach((name, total) -> System.out.printf(
                Locale.ROOT,
                "  %-28s %8.1f µs   ratio: %.3f%n",
                name,
                total[0] / 1000.0 / rounds / batch,
                total[0] / bareProcess));
        return wall;
    }

    /** Each case's median and its ratio to the baseline as the median (quartiles) of per-round ratios. */
    static Map<String, double[]> print(Map<String, double[]> micros, int rounds, String baseline) {
        Map<String, double[]> ratios = new LinkedHashMap<>();
        double[] bare = micros.get(baseline);
        for (Map.Entry<String, double[]> e : micros.entrySet()) {
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratio[r] = e.getValue()[r] / bare[r];
            }
            System.out.printf(
                    Locale.ROOT,
                    "  %-28s %8.1f µs   ratio: median %.3f (quartiles %.3f .. %.3f)%n",
                    e.getKey(),
                    quantile(e.getValue(), 0.5),
                    quantile(ratio, 0.5),
                    quantile(ratio, 0.25),
                    quantile(ratio, 0.75));
            ratios.put(e.getKey(), new double[] {quantile(ratio, 0.5), quantile(ratio, 0.25), quantile(ratio, 0.75)});
        }
        return ratios;
    }

    /** CPU time of every live Java thread, in nanoseconds (threads started or ended in between are not seen). */
    static long threadsCpuNanos() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long t : threads.getThreadCpuTime(threads.getAllThreadIds())) {
            if (t > 0) {
                sum += t;
            }
        }
        return sum;
    }

    static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }
}
