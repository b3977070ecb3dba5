package io.github.tctestkit.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link DispatchBenchmark} and prints each score and the ratio of tctestkit to bare WireMock with one stub,
 * with bounds taken from the 99.9% confidence intervals JMH reports.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.tctestkit.benchmarks.Ratio [--rounds N] [JMH options, e.g. -i 5]
 * }</pre>
 *
 * <p>JMH runs one benchmark after the other, so a background load that changes between them skews one ratio. With
 * {@code --rounds N} the whole set runs N times and the median and range of each ratio over the rounds are printed
 * last.
 */
public final class Ratio {

    /** The ratio tctestkit with 400 actions / bare WireMock with one stub must stay within. */
    public static final double LIMIT = 1.2;

    private Ratio() {}

    /**
     * Runs the benchmarks and prints the summary.
     *
     * @param args JMH command-line options, which override the annotations of {@link DispatchBenchmark}
     * @throws RunnerException when JMH fails
     * @throws CommandLineOptionException when an option is not understood
     */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        List<String> jmhArgs = new ArrayList<>(Arrays.asList(args));
        int rounds = 1;
        int at = jmhArgs.indexOf("--rounds");
        if (at >= 0) {
            rounds = Integer.parseInt(jmhArgs.get(at + 1));
            jmhArgs.subList(at, at + 2).clear();
        }
        CommandLineOptions cli = new CommandLineOptions(jmhArgs.toArray(new String[0]));
        OptionsBuilder options = new OptionsBuilder();
        options.parent(cli);
        if (cli.getIncludes().isEmpty()) {
            options.include(DispatchBenchmark.class.getName());
        }
        Map<String, List<Double>> ratios = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            Collection<RunResult> results = new Runner(options.build()).run();
            System.out.println();
            System.out.println("Round " + round + " of " + rounds + ":");
            print(results, System.out)
                    .forEach((name, ratio) ->
                            ratios.computeIfAbsent(name, k -> new ArrayList<>()).add(ratio));
        }
        if (rounds > 1) {
            System.out.println();
            System.out.println("Over " + rounds + " rounds (median, min .. max):");
            ratios.forEach((name, list) -> {
                double[] sorted =
                        list.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                int n = sorted.length;
                double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
                System.out.printf(
                        Locale.ROOT,
                        "  ratio %s / bareWireMockOneStub: %.3f (%.3f .. %.3f)%n",
                        name,
                        median,
                        sorted[0],
                        sorted[n - 1]);
            });
        }
    }

    /** Prints the scores and the ratios to bare WireMock with one stub, and returns the ratios by benchmark. */
    static Map<String, Double> print(Collection<RunResult> results, PrintStream out) {
        Map<String, Result<?>> byName = new LinkedHashMap<>();
        for (RunResult r : results) {
            String benchmark = r.getParams().getBenchmark();
            byName.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), r.getPrimaryResult());
        }
        out.println("Summary (mean ± 99.9% error):");
        byName.forEach((name, r) -> out.printf(
                Locale.ROOT, "  %-28s %9.2f ± %7.2f %s%n", name, r.getScore(), r.getScoreError(), r.getScoreUnit()));
        Map<String, Double> ratios = new LinkedHashMap<>();
        Result<?> bare = byName.get("bareWireMockOneStub");
        if (bare == null) {
            return ratios;
        }
        for (String name : new String[] {
            "tctestkit400Actions", "tctestkit400ActionsRotating", "tctestkitStrict400Actions", "bareWireMock400Stubs"
        }) {
            Result<?> r = byName.get(name);
            if (r != null) {
                out.println("  " + describe(name, r, bare));
                ratios.put(name, r.getScore() / bare.getScore());
            }
        }
        return ratios;
    }

    /** For example: {@code tctestkit400Actions / bareWireMockOneStub = 1.04 (0.97 .. 1.12): within 1.2}. */
    static String describe(String name, Result<?> r, Result<?> bare) {
        double ratio = r.getScore() / bare.getScore();
        String head = String.format(Locale.ROOT, "ratio %s / bareWireMockOneStub = %.3f", name, ratio);
        if (Double.isNaN(r.getScoreError()) || Double.isNaN(bare.getScoreError())) {
            return head + " (no error bounds: too few measurement iterations)";
        }
        double low = (r.getScore() - r.getScoreError()) / (bare.getScore() + bare.getScoreError());
        double high = bare.getScore() > bare.getScoreError()
                ? (r.getScore() + r.getScoreError()) / (bare.getScore() - bare.getScoreError())
                : Double.POSITIVE_INFINITY;
        String verdict;
        if (high <= LIMIT) {
            verdict = "within " + LIMIT;
        } else if (low > LIMIT) {
            verdict = "above " + LIMIT;
        } else {
            verdict = "undecided against " + LIMIT + " (the bounds straddle it)";
        }
        return head + String.format(Locale.ROOT, " (%.3f .. %.3f): %s", low, high, verdict);
    }
}
