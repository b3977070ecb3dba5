package io.github.tctestkit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code examples of README.md and of every Markdown page under docs/ are tagged regions of the samples' sources,
 * which the build compiles and runs. This test fails when the two drift apart, and when an example would not compile
 * as shown.
 *
 * <p>In a source file (Java or JavaScript) a region is the lines between {@code // tag::NAME[]} and {@code //
 * end::NAME[]}, dedented; region names are unique across the samples. In a Markdown file an example is
 *
 * <pre>
 * &lt;!-- snippet:NAME --&gt;
 * ```java
 * (the region's text)
 * ```
 * &lt;!-- /snippet --&gt;
 * </pre>
 *
 * <p>The checks:
 *
 * <ul>
 *   <li>every snippet names a region, its fence names the region's language, and its text is the region's text;
 *   <li>every region is shown somewhere, and every snippet marker is well formed;
 *   <li>every {@code ```java} block of the documentation is a snippet: no Java example goes unchecked;
 *   <li>the Java snippets of one page compile together, each in its source file's package, against the libraries and
 *       the samples' application code ({@code samples/src/main}) but not against the samples' test sources: a snippet
 *       compiles as shown, with its imports, and any test helper it uses is shown on the same page. Regions of
 *       {@code samples-spring} are compiled by that module's build (its Spring Boot classpath is not this one's).
 * </ul>
 */
class ReadmeSnippetsTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path ROOT = MODULE.getParent();
    private static final Pattern TAG = Pattern.compile("\\s*// tag::([\\w-]+)\\[]\\s*");
    private static final Pattern END = Pattern.compile("\\s*// end::([\\w-]+)\\[]\\s*");
    private static final Pattern SNIPPET =
            Pattern.compile("<!-- snippet:([\\w-]+) -->\\n```(\\w+)\\n(.*?)```\\n<!-- /snippet -->", Pattern.DOTALL);
    private static final Pattern JAVA_FENCE = Pattern.compile("(?m)^\\s*```java\\s*$");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");

    /** A tagged region: its text, the file it is in and that file's language. */
    record Region(String text, Path source, String language) {}

    /** One example on a page. */
    record Snippet(Path page, String name, String language, String text) {}

    @Test
    void everySnippetOfTheDocumentationIsATaggedRegionOfTheSamples() throws IOException {
        Map<String, Region> regions = taggedRegions();
        List<Snippet> snippets = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path page : pages()) {
            snippets.addAll(snippetsOf(page, problems));
        }

        for (Snippet s : snippets) {
            Region region = regions.get(s.name());
            String where = ROOT.relativize(s.page()) + ", snippet " + s.name();
            if (region == null) {
                problems.add(
                        where + ": no region tagged " + s.name() + " in the samples; the regions: " + regions.keySet());
            } else if (!region.language().equals(s.language())) {
                problems.add(where + ": fenced as " + s.language() + ", but the region is " + region.language() + " ("
                        + ROOT.relativize(region.source()) + ")");
            }
        }
        Set<String> shown = snippets.stream().map(Snippet::name).collect(Collectors.toSet());
        regions.forEach((name, region) -> {
            if (!shown.contains(name)) {
                problems.add("region " + name + " of " + ROOT.relativize(region.source())
                        + " is shown on no page (README.md or docs/)");
            }
        });
        assertThat(problems).as("snippets of README.md and docs/").isEmpty();

        for (Snippet s : snippets) {
            assertThat(s.text())
                    .as(
                            "%s, snippet %s (copy the tagged region of %s)",
                            ROOT.relativize(s.page()),
                            s.name(),
                            ROOT.relativize(regions.get(s.name()).source()))
                    .isEqualTo(regions.get(s.name()).text());
        }
    }

    @Test
    void theJavaSnippetsOfEachPageCompileAsShown(@TempDir Path work) throws IOException {
        Map<String, Region> regions = taggedRegions();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK with javac").isNotNull();
        Path testClasses = MODULE.resolve("target").resolve("test-classes");
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().normalize().equals(testClasses))
                .collect(Collectors.joining(File.pathSeparator));

        List<String> failures = new ArrayList<>();
        int page = 0;
        for (Path md : pages()) {
            Map<String, Region> shown = new LinkedHashMap<>();
            for (Snippet s : snippetsOf(md, new ArrayList<>())) {
                Region region = regions.get(s.name());
                if (region != null
                        && region.language().equals("java")
                        && region.source().startsWith(MODULE.resolve("src"))) {
                    shown.put(s.name(), region);
                }
            }
            if (shown.isEmpty()) {
                continue;
            }
            Path src = work.resolve("page" + page).resolve("src");
            Path out = work.resolve("page" + page++).resolve("out");
            Files.createDirectories(out);
            List<String> args = new ArrayList<>(List.of("-proc:none", "-d", out.toString(), "-cp", classPath));
            Set<Path> files = new LinkedHashSet<>();
            for (Map.Entry<String, Region> e : shown.entrySet()) {
                Region region = e.getValue();
                Matcher pkg = PACKAGE.matcher(Files.readString(region.source()));
                String packageName = pkg.find() ? pkg.group(1) : "";
                Path file = src.resolve(packageName.replace('.', '/'))
                        .resolve(region.source().getFileName().toString());
                if (!files.add(file)) {
                    failures.add(ROOT.relativize(md) + ": two snippets of " + ROOT.relativize(region.source())
                            + " on one page; show one region per source file");
                    continue;
                }
                Files.createDirectories(file.getParent());
                Files.writeString(
                        file, (packageName.isEmpty() ? "" : "package " + packageName + ";\n\n") + region.text());
                args.add(file.toString());
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int exit = javac.run(null, output, output, args.toArray(String[]::new));
            if (exit != 0) {
                failures.add(ROOT.relativize(md) + ": the Java snippets " + shown.keySet()
                        + " do not compile as shown (with the libraries and samples/src/main only):\n"
                        + output.toString(StandardCharsets.UTF_8));
            }
        }
        assertThat(failures).as("Java snippets that do not compile as shown").isEmpty();
    }

    /** README.md and every Markdown file under docs/. */
    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** The snippets of one page; malformed markers and Java blocks outside snippets go to {@code problems}. */
    static List<Snippet> snippetsOf(Path page, List<String> problems) throws IOException {
        String text = Files.readString(page);
        List<Snippet> snippets = new ArrayList<>();
        StringBuilder outside = new StringBuilder();
        Matcher m = SNIPPET.matcher(text);
        int last = 0;
        while (m.find()) {
            snippets.add(new Snippet(page, m.group(1), m.group(2), m.group(3)));
            outside.append(text, last, m.start()).append('\n');
            last = m.end();
        }
        outside.append(text.substring(last));
        String rest = outside.toString();
        String name = ROOT.relativize(page).toString();
        int markers = rest.split("<!-- snippet:", -1).length - 1 + rest.split("<!-- /snippet", -1).length - 1;
        if (markers > 0) {
            problems.add(name + ": " + markers + " snippet marker(s) not of the form <!-- snippet:NAME -->, a fenced"
                    + " block, <!-- /snippet --> (each on its own line)");
        }
        Matcher java = JAVA_FENCE.matcher(rest);
        while (java.find()) {
            problems.add(name + ": a ```java block that is not a snippet (tag the code in the samples and show it"
                    + " with <!-- snippet:NAME -->): " + firstLines(rest.substring(java.end())));
        }
        return snippets;
    }

    private static String firstLines(String text) {
        return text.lines().limit(2).collect(Collectors.joining(" ")).strip();
    }

    /** Every tagged region of the samples' Java and JavaScript sources, by name. */
    static Map<String, Region> taggedRegions() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (Path dir :
                List.of(MODULE.resolve("src"), ROOT.resolve("samples-spring").resolve("src"), MODULE.resolve("node"))) {
            if (Files.isDirectory(dir)) {
                Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                        String n = d.getFileName().toString();
                        return n.equals("node_modules") || n.equals("target")
                                ? FileVisitResult.SKIP_SUBTREE
                                : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                        if (f.toString().endsWith(".java") || f.toString().endsWith(".js")) {
                            sources.add(f);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            }
        }
        sources.sort(null);
        Map<String, Region> regions = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path source : sources) {
            String language = source.toString().endsWith(".java") ? "java" : "js";
            String open = null;
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(source)) {
                Matcher tag = TAG.matcher(line);
                Matcher end = END.matcher(line);
                if (tag.matches()) {
                    if (open != null) {
                        problems.add(source + ": tag " + tag.group(1) + " opens inside " + open);
                    }
                    open = tag.group(1);
                    lines.clear();
                } else if (end.matches()) {
                    if (!end.group(1).equals(open)) {
                        problems.add(source + ": end " + end.group(1) + " closes no open tag (open: " + open + ")");
                    } else if (regions.put(open, new Region(dedent(lines), source, language)) != null) {
                        problems.add(source + ": region " + open + " is tagged twice in the samples");
                    }
                    open = null;
                } else if (open != null) {
                    lines.add(line);
                }
            }
            if (open != null) {
                problems.add(source + ": tag " + open + " is never closed");
            }
        }
        assertThat(problems).as("tagged regions of the samples").isEmpty();
        return regions;
    }

    static String dedent(List<String> lines) {
        int indent = lines.stream()
                .filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length())
                .min()
                .orElse(0);
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
        }
        return sb.toString().stripTrailing() + "\n";
    }
}
