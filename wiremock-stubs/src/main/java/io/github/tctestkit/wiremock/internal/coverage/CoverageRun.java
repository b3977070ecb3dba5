package io.github.tctestkit.wiremock.internal.coverage;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/**
 * Writes the contract coverage report at the end of the run. The extension puts one instance into the store of the
 * root context the first time it runs; JUnit Jupiter closes that store when the engine has run every test, and the
 * close writes {@code coverage.json} and {@code coverage.html}, prints one summary line and checks the gate. Nothing
 * from the JUnit Platform launcher is needed. Not API.
 *
 * <p>Configuration parameters (e.g. in {@code junit-platform.properties}, or system properties):
 *
 * <ul>
 *   <li>{@value #ENABLED}: {@code false} switches it all off (default {@code true});
 *   <li>{@value #DIR}: the directory (default {@value #DEFAULT_DIR}, relative to the working directory);
 *   <li>{@value CoverageGate#PARAMETER}: the gate, see {@link CoverageGate};
 *   <li>{@value #RUN}: the run id; JVMs with the same id merge their records into one report. By default the JVMs
 *       forked by one Surefire or Failsafe process share an id; any other JVM has its own.
 * </ul>
 *
 * <p>Each JVM writes its own record to {@code parts/} (replacing its earlier one: the record of a JVM only grows), then,
 * under a file lock, deletes parts of other runs and merges the rest into the report. Engine runs nested in another (as
 * with {@code EngineTestKit}) and writing to the same directory leave the writing to the outer run.
 */
@SuppressWarnings("deprecation")
public final class CoverageRun implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    static final String ENABLED = "tctestkit.coverage.enabled";
    static final String DIR = "tctestkit.coverage.dir";
    static final String RUN = "tctestkit.coverage.run";
    static final String DEFAULT_DIR = "target/tctestkit";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CoverageRun.class);

    /** The engine runs of this JVM that are under way, per report directory. */
    private static final Map<Path, Integer> ACTIVE = new HashMap<>();

    /** This JVM, as named in the report. */
    static final String JVM = ProcessHandle.current().pid() + "@"
            + Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime())
                    .truncatedTo(ChronoUnit.MILLIS);

    private final Path dir;
    private final String shownDir;
    private final String run;
    private final CoverageGate gate;
    private final PrintStream out;
    private boolean closed;

    CoverageRun(Path dir, String run, CoverageGate gate, PrintStream out) {
        this.dir = dir.toAbsolutePath().normalize();
        this.shownDir = dir.toString().replace('\\', '/');
        this.run = run;
        this.gate = gate;
        this.out = out;
        synchronized (ACTIVE) {
            ACTIVE.merge(this.dir, 1, Integer::sum);
        }
    }

    /**
     * Makes sure the run's report will be written: the first call in a run puts the writer into the root store.
     *
     * @param context any context of the run
     * @throws ExtensionConfigurationException when the gate's syntax is wrong
     */
    public static void register(ExtensionContext context) {
        ExtensionContext root = context.getRoot();
        Object value = root.getStore(NAMESPACE).getOrComputeIfAbsent("report", k -> create(root));
        if (value instanceof ExtensionConfigurationException e) {
            throw e; // the same clear error for every class, rather than a silent run without the gate
        }
    }

    private static Object create(ExtensionContext root) {
        if (root.getConfigurationParameter(ENABLED)
                .map(v -> v.strip().equalsIgnoreCase("false"))
                .orElse(false)) {
            return "disabled";
        }
        CoverageGate gate = null;
        Optional<String> spec = root.getConfigurationParameter(CoverageGate.PARAMETER);
        if (spec.isPresent() && !spec.get().isBlank()) {
            try {
                gate = CoverageGate.parse(spec.get());
            } catch (IllegalArgumentException e) {
                return new ExtensionConfigurationException(e.getMessage(), e);
            }
        }
        Path dir = Paths.get(root.getConfigurationParameter(DIR)
                .filter(s -> !s.isBlank())
                .orElse(DEFAULT_DIR)
                .strip());
        String run =
                root.getConfigurationParameter(RUN).filter(s -> !s.isBlank()).orElseGet(CoverageRun::defaultRun);
        return new CoverageRun(dir, run, gate, System.out);
    }

    /**
     * The run id when none is configured: the parent process for a Surefire or Failsafe fork (all forks of one build
     * share it), else this JVM.
     *
     * @return the id
     */
    static String defaultRun() {
        boolean forked = System.getProperty("surefire.real.class.path") != null
                || System.getProperty("surefire.test.class.path") != null;
        if (forked) {
            Optional<ProcessHandle> parent = ProcessHandle.current().parent();
            if (parent.isPresent()) {
                String start = parent.get()
                        .info()
                        .startInstant()
                        .map(i -> i.truncatedTo(ChronoUnit.SECONDS).toString())
                        .orElse("?");
                return "surefire:" + parent.get().pid() + "@" + start;
            }
        }
        return "jvm:" + JVM;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        boolean last;
        synchronized (ACTIVE) {
            int left = ACTIVE.merge(dir, -1, Integer::sum);
            if (left <= 0) {
                ACTIVE.remove(dir);
            }
            last = left <= 0;
        }
        String html = shownDir + "/coverage.html";
        CoverageReport report = CoverageReport.of(Coverage.snapshot(), Coverage.services(), run, JVM, now());
        if (last) {
            try {
                report = write(report);
                out.println(report.summary(html));
            } catch (IOException | RuntimeException e) {
                System.err.println("tctestkit coverage: could not write the report to " + dir + ": " + e);
            }
        }
        if (gate != null) {
            List<CoverageGate.Missing> missing;
            try {
                missing = gate.missing(report);
            } catch (IllegalArgumentException e) {
                throw new ExtensionConfigurationException(e.getMessage(), e);
            }
            if (!missing.isEmpty()) {
                throw new AssertionFailedError(gate.failure(missing, html));
            }
        }
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** This JVM's part, then the merge of the run's parts into the report; under a lock, for forks writing at once. */
    private CoverageReport write(CoverageReport mine) throws IOException {
        Path parts = dir.resolve("parts");
        Files.createDirectories(parts);
        synchronized (CoverageRun.class) { // one JVM's threads: a file lock is held by the JVM, not the thread
            try (FileChannel channel = FileChannel.open(
                            dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = channel.lock()) {
                writeAtomically(parts.resolve(JVM.replaceAll("[^A-Za-z0-9.-]", "_") + ".json"), mine.toJson());
                List<CoverageReport> reports = new ArrayList<>();
                try (DirectoryStream<Path> files = Files.newDirectoryStream(parts, "*.json")) {
                    for (Path f : files) {
                        CoverageReport r;
                        try {
                            r = CoverageReport.read(f);
                        } catch (IOException | RuntimeException e) {
                            System.err.println("tctestkit coverage: ignoring unreadable part " + f + ": " + e);
                            continue;
                        }
                        if (run.equals(r.run())) {
                            reports.add(r);
                        } else {
                            Files.deleteIfExists(f); // a part of an earlier run
                        }
                    }
                }
                reports.sort((a, b) -> a.jvms().toString().compareTo(b.jvms().toString()));
                CoverageReport merged = reports.isEmpty() ? mine : CoverageReport.merge(reports, now());
                String html = shownDir + "/coverage.html";
                writeAtomically(dir.resolve("coverage.json"), merged.toJson());
                writeAtomically(dir.resolve("coverage.html"), CoverageHtml.render(merged, merged.summary(html)));
                return merged;
            }
        }
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
