package io.github.tctestkit.benchmarks;

import java.io.PrintStream;
import java.util.Collection;
import java.util.LinkedHashMap;
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
 * java -cp benchmarks/target/benchmarks.jar io.github.tctestkit.benchmarks.Ratio [JMH options, e.g. -wi 3 -i 5 -r 2s]
 * }</pre>
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
        CommandLineOptions cli = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(cli);
        if (cli.getIncludes().isEmpty()) {
            options.include(DispatchBenchmark.class.getName());
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        print(results, System.out);
    }

    static void print(Collection<RunResult> results, PrintStream out) {
        Map<String, Result<?>> byName = new LinkedHashMap<>();
        for (RunResult r : results) {
            String benchmark = r.getParams().getBenchmark();
            byName.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), r.getPrimaryResult());
        }
        out.println();
        out.println("Summary (mean ± 99.9% error):");
        byName.forEach((name, r) -> out.printf(
                Locale.ROOT, "  %-28s %9.2f ± %7.2f %s%n", name, r.getScore(), r.getScoreError(), r.getScoreUnit()));
        Result<?> bare = byName.get("bareWireMockOneStub");
        if (bare == null) {
            return;
        }
        for (String name :
                new String[] {"tctestkit400Actions", "tctestkit400ActionsRotating", "bareWireMock400Stubs"}) {
            Result<?> r = byName.get(name);
            if (r != null) {
                out.println("  " + describe(name, r, bare));
            }
        }
    }

    /** For example: {@code tctestkit400Actions / bareWireMockOneStub = 1.04 (0.97 .. 1.12): within 1.2}. */
    static String describe(String name, Result<?> r, Result<?> bare) {
        double ratio = r.getScore() / bare.getScore();
        double low = (r.getScore() - err(r)) / (bare.getScore() + err(bare));
        double high =
                bare.getScore() > err(bare) ? (r.getScore() + err(r)) / (bare.getScore() - err(bare)) : Double.NaN;
        String verdict;
        if (high <= LIMIT) {
            verdict = "within " + LIMIT;
        } else if (low > LIMIT) {
            verdict = "above " + LIMIT;
        } else {
            verdict = "undecided against " + LIMIT + " (interval crosses it)";
        }
        return String.format(
                Locale.ROOT,
                "ratio %s / bareWireMockOneStub = %.3f (%.3f .. %.3f): %s",
                name,
                ratio,
                low,
                high,
                verdict);
    }

    private static double err(Result<?> r) {
        double e = r.getScoreError();
        return Double.isNaN(e) ? 0 : e;
    }
}
