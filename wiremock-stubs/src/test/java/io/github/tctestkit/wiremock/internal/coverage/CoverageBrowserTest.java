package io.github.tctestkit.wiremock.internal.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page in a real browser: headless Chromium loads {@code coverage.html} without a console message or error and
 * shows the grid. Skipped, saying why, only when no Chromium binary is found ({@code .ci/run} installs one).
 */
class CoverageBrowserTest {

    private static final List<String> NAMES =
            List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

    static Path chromium;

    @BeforeAll
    static void findChromium() {
        Optional<Path> found = find();
        Assumptions.assumeTrue(
                found.isPresent(),
                "no Chromium binary found (looked at $CHROME_BIN and for " + String.join(", ", NAMES)
                        + " on the PATH): install it, e.g. apt-get install -y chromium, as .ci/run does");
        chromium = found.get();
    }

    private static Optional<Path> find() {
        String env = System.getenv("CHROME_BIN");
        if (env != null && !env.isBlank() && Files.isExecutable(Paths.get(env))) {
            return Optional.of(Paths.get(env));
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : NAMES) {
            for (String d : path.split(File.pathSeparator)) {
                Path p = Paths.get(d, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private record Result(int exit, String stdout, List<String> console) {}

    private static Result chromium(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox", // CI runs as root
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile"),
                "--enable-logging=stderr",
                "--v=0"));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 90 s: " + command);
        }
        List<String> console = Files.readAllLines(err, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught"))
                .toList();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), console);
    }

    @Test
    void loadsWithoutConsoleMessagesAndShowsTheGrid(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("coverage.html");
        Files.writeString(page, CoverageHtmlTest.page(), StandardCharsets.UTF_8);

        Result r = chromium(dir, "--dump-dom", page.toUri().toString());

        assertThat(r.exit()).isZero();
        assertThat(r.console()).as("console messages and errors").isEmpty();
        String dom = r.stdout();
        assertThat(dom).contains("<table class=\"grid\" data-service=\"demo\">");
        assertThat(dom).contains("<table class=\"grid\" data-service=\"mdl\">");
        assertThat(dom).contains("BreakThing").contains("MakeThing").contains("never called");
        assertThat(dom).contains("<a href=\"#c0-1-0\">3</a>"); // BreakThing's success cell
        // the test name is text in the DOM, not markup
        assertThat(dom).contains("<li>Weird.test [&lt;script&gt;alert(\"x\")&lt;/script&gt; 'q' &amp; ü 名");
        assertThat(dom.toLowerCase()).doesNotContain("<script");
    }

    @Test
    void theConsoleCheckSeesAScriptError(@TempDir Path dir) throws Exception {
        // the control: were the page to log or throw, the check above would see it
        Path page = dir.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><p>x</p><script>throw new Error(\"tctestkit-boom\")</script>");

        Result r = chromium(dir, "--dump-dom", page.toUri().toString());

        assertThat(r.console()).anySatisfy(l -> assertThat(l).contains("Uncaught Error: tctestkit-boom"));
    }

    @Test
    void rendersAScreenshot(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("coverage.html");
        Files.writeString(page, CoverageHtmlTest.page(), StandardCharsets.UTF_8);
        Path png = Paths.get("target", "tctestkit-browser", "coverage.png").toAbsolutePath();
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);

        Result r = chromium(
                dir,
                "--screenshot=" + png,
                "--window-size=1400,900",
                "--hide-scrollbars",
                page.toUri().toString());

        assertThat(r.exit()).isZero();
        assertThat(r.console()).isEmpty();
        assertThat(png).isRegularFile();
        assertThat(Files.size(png)).as("a screenshot with something on it").isGreaterThan(20_000);
    }
}
