package io.github.tctestkit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's code examples are the tagged regions ({@code // tag::name[]} ... {@code // end::name[]}) of this
 * module's sources, compiled and run by the build. This test fails when the two drift apart.
 */
class ReadmeSnippetsTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path README = MODULE.resolveSibling("README.md");
    private static final Pattern TAG = Pattern.compile("\\s*// tag::([\\w-]+)\\[]\\s*");
    private static final Pattern END = Pattern.compile("\\s*// end::([\\w-]+)\\[]\\s*");
    private static final Pattern SNIPPET =
            Pattern.compile("<!-- snippet:([\\w-]+) -->\\n```java\\n(.*?)```\\n<!-- /snippet -->", Pattern.DOTALL);

    @Test
    void everyReadmeSnippetIsATaggedRegionOfTheSamples() throws IOException {
        Map<String, String> regions = taggedRegions();
        Map<String, String> snippets = new LinkedHashMap<>();
        Matcher m = SNIPPET.matcher(Files.readString(README));
        while (m.find()) {
            snippets.put(m.group(1), m.group(2));
        }

        assertThat(snippets)
                .as("README.md snippets (regenerate them from the tagged regions of samples/src)")
                .containsOnlyKeys(regions.keySet());
        snippets.forEach(
                (name, text) -> assertThat(text).as("README snippet %s", name).isEqualTo(regions.get(name)));
    }

    static Map<String, String> taggedRegions() throws IOException {
        Map<String, String> regions = new LinkedHashMap<>();
        List<Path> sources;
        // the samples module and the Spring Boot sample beside it
        try (Stream<Path> files = Stream.concat(
                Files.walk(MODULE.resolve("src")),
                Files.walk(MODULE.resolveSibling("samples-spring").resolve("src")))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path source : sources) {
            String open = null;
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(source)) {
                Matcher tag = TAG.matcher(line);
                Matcher end = END.matcher(line);
                if (tag.matches()) {
                    open = tag.group(1);
                    lines.clear();
                } else if (end.matches() && end.group(1).equals(open)) {
                    regions.put(open, dedent(lines));
                    open = null;
                } else if (open != null) {
                    lines.add(line);
                }
            }
        }
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
