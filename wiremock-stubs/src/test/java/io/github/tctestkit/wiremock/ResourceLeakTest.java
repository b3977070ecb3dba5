package io.github.tctestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.tctestkit.wiremock.TencentCloudApiTest.Scope;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Servers started and stopped many times leave nothing behind: no listening port, no Jetty or WireMock thread, no
 * file descriptor. Isolated: no other test starts servers meanwhile, so the counts are this test's own.
 */
@Isolated
class ResourceLeakTest {

    static final int EMULATOR_CYCLES = 30;
    static final int FIXTURE_RUNS = 5;
    static final int FD_SLACK = 4;
    static final long THREAD_WAIT_MILLIS = 10_000;

    /** Names of the threads that Jetty and WireMock start (qtp...: Jetty's QueuedThreadPool and its acceptors, Connector-Scheduler-...). */
    static final Pattern SERVER_THREAD = Pattern.compile("^qtp\\d+.*|.*Scheduler-.*|(?i).*wiremock.*|(?i).*jetty.*");

    static final List<Integer> FIXTURE_PORTS = new CopyOnWriteArrayList<>();

    @TencentCloudApiTest(services = "mdl", service = TestService.class)
    static class ClassScopeTestCases {
        @RepeatedTest(3)
        void answers(TencentCloudApi api) throws IOException {
            FIXTURE_PORTS.add(api.port());
            api.givenSuccess("Leak");
            assertThat(RawHttp.exchange(api.port(), RawHttp.post(api.port(), "Leak", "{}"))
                            .status())
                    .isEqualTo(200);
        }
    }

    @TencentCloudApiTest(services = "mdl", service = TestService.class, scope = Scope.METHOD, strict = true)
    static class MethodScopeTestCases {
        @RepeatedTest(3)
        void answers(TencentCloudApi api) throws IOException {
            FIXTURE_PORTS.add(api.port());
            assertThat(RawHttp.exchange(api.port(), RawHttp.post(api.port(), "Leak", "{}"))
                            .body())
                    .contains("AuthFailure");
        }
    }

    static Set<String> serverThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(n -> SERVER_THREAD.matcher(n).matches())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> allThreadNames() {
        return Thread.getAllStackTraces().keySet().stream()
                .map(Thread::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static long openFileDescriptors() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return -1;
        }
        try (Stream<Path> list = Files.list(fds)) {
            return list.count();
        }
    }

    static void assertRefused(int port) {
        assertThatThrownBy(() -> RawHttp.connect(port).close())
                .as("port %d after its server stopped", port)
                .isInstanceOf(ConnectException.class);
    }

    static void runFixtures() {
        EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.conditions.deactivate", "*")
                .selectors(selectClass(ClassScopeTestCases.class), selectClass(MethodScopeTestCases.class))
                .execute()
                .testEvents()
                .assertStatistics(s -> s.succeeded(6).failed(0));
    }

    static int oneEmulatorCycle() throws IOException {
        int port;
        try (TencentCloudEmulator emulator = TencentCloudEmulator.builder()
                .services(TestService.withStreamLive())
                .start()) {
            port = emulator.api().port();
            emulator.api().givenSuccess("Leak");
            assertThat(RawHttp.exchange(port, RawHttp.post(port, "Leak", "{}")).status())
                    .isEqualTo(200);
        }
        assertRefused(port);
        return port;
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void startingAndStoppingServersLeavesNoPortThreadOrFileDescriptorBehind() throws Exception {
        // warm-up: class loading opens jar files once and for all
        oneEmulatorCycle();
        runFixtures();
        FIXTURE_PORTS.clear();
        Set<String> threadsBefore = serverThreads();
        long fdsBefore = openFileDescriptors();
        Set<String> namesBefore = allThreadNames();

        Set<String> seenWhileRunning = new TreeSet<>();
        long start = System.nanoTime();
        for (int i = 0; i < EMULATOR_CYCLES; i++) {
            try (TencentCloudEmulator emulator = TencentCloudEmulator.builder()
                    .services(TestService.withStreamLive())
                    .start()) {
                int port = emulator.api().port();
                assertThat(RawHttp.exchange(port, RawHttp.post(port, "Leak", "{}"))
                                .status())
                        .isEqualTo(200);
                if (i == 0) {
                    seenWhileRunning.addAll(allThreadNames());
                    seenWhileRunning.removeAll(namesBefore);
                }
                emulator.close();
                assertRefused(port);
            }
        }
        long emulatorMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        for (int i = 0; i < FIXTURE_RUNS; i++) {
            runFixtures();
        }
        assertThat(FIXTURE_PORTS).hasSize(FIXTURE_RUNS * 6);
        FIXTURE_PORTS.forEach(ResourceLeakTest::assertRefused);

        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(THREAD_WAIT_MILLIS);
        Set<String> threadsAfter = serverThreads();
        while (threadsAfter.size() > threadsBefore.size() && System.nanoTime() < deadline) {
            Thread.sleep(50); // bounded wait for stopped thread pools to wind down
            threadsAfter = serverThreads();
        }
        long waitedMillis =
                THREAD_WAIT_MILLIS - TimeUnit.NANOSECONDS.toMillis(Math.max(0, deadline - System.nanoTime()));
        long fdsAfter = openFileDescriptors();

        System.out.printf(
                "FIGURES ResourceLeakTest: emulator cycles=%d in %d ms (%.1f ms each), fixture runs=%d (%d servers);"
                        + " server threads before=%d after=%d (waited %d ms); fds before=%d after=%d;"
                        + " threads seen while one emulator ran: %s%n",
                EMULATOR_CYCLES,
                emulatorMillis,
                emulatorMillis / (double) EMULATOR_CYCLES,
                FIXTURE_RUNS,
                FIXTURE_RUNS * 4,
                threadsBefore.size(),
                threadsAfter.size(),
                waitedMillis,
                fdsBefore,
                fdsAfter,
                seenWhileRunning);

        assertThat(seenWhileRunning)
                .as("a running server's threads are recognised by the pattern this test counts")
                .anyMatch(n -> SERVER_THREAD.matcher(n).matches());
        assertThat(threadsAfter.size())
                .as("Jetty/WireMock threads left running: %s (before: %s)", threadsAfter, threadsBefore)
                .isLessThanOrEqualTo(threadsBefore.size());
        if (fdsBefore >= 0) {
            assertThat(fdsAfter).as("open file descriptors").isLessThanOrEqualTo(fdsBefore + FD_SLACK);
        }
    }
}
