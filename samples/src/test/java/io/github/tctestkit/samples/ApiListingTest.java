package io.github.tctestkit.samples;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.tctestkit.assertions.TencentCloudAssertions;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.wiremock.TencentCloudApi;
import java.io.IOException;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The public API of each published module matches its committed listing ({@code <module>/api/<artifactId>.api},
 * see {@link ApiListing} for what it covers). A change of the public API fails this test with the lines added and
 * removed; to accept it, run the test with {@code -Dtctestkit.api.update=true} (it rewrites the listings and passes)
 * and commit the listings with the change:
 *
 * <pre>
 * ./mvnw -q -pl samples -am test -Dtest=ApiListingTest -Dsurefire.failIfNoSpecifiedTests=false -Dtctestkit.api.update=true
 * </pre>
 */
class ApiListingTest {

    /** A published module: its artifact, its directory in the repository and one of its classes. */
    record Module(String artifactId, String directory, Class<?> anchor) {

        Path listing(Path root) {
            return root.resolve(directory).resolve("api").resolve(artifactId + ".api");
        }

        @Override
        public String toString() {
            return artifactId;
        }
    }

    static final List<Module> MODULES = List.of(
            new Module("tctestkit-core", "core", ApiResponse.class),
            new Module("tctestkit-assertions", "assertions", TencentCloudAssertions.class),
            new Module("tctestkit-wiremock", "wiremock-stubs", TencentCloudApi.class));

    static final String UPDATE_PROPERTY = "tctestkit.api.update";

    static final String UPDATE_COMMAND = "./mvnw -q -pl samples -am test -Dtest=ApiListingTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE_PROPERTY + "=true";

    /** The repository root: tests run in the samples directory. */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @ParameterizedTest
    @FieldSource("MODULES")
    void publicApiMatchesTheCommittedListing(Module module) throws Exception {
        List<String> current = ApiListing.of(ApiBoundaryTest.publicTypes(module.anchor()));
        assertThat(current).as("listing of %s", module).hasSizeGreaterThan(10);

        String outcome = check(module, current, module.listing(ROOT), Boolean.getBoolean(UPDATE_PROPERTY));
        System.out.println("FIGURES ApiListingTest(" + module + "): " + current.size() + " lines, " + outcome);
    }

    /**
     * Compares a listing with the committed file; on a difference, rewrites the file when {@code update} is set and
     * fails otherwise.
     *
     * @return what happened, for the log
     * @throws AssertionError naming the added and removed lines and how to accept them
     */
    static String check(Module module, List<String> current, Path file, boolean update) throws IOException {
        List<String> committed = Files.exists(file) ? read(file) : List.of();
        List<String> diff = ApiListing.diff(committed, current);
        if (diff.isEmpty()) {
            return "unchanged";
        }
        if (update) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, render(module, current), StandardCharsets.UTF_8);
            Path shown = file.toAbsolutePath().startsWith(ROOT) ? ROOT.relativize(file.toAbsolutePath()) : file;
            String done = "UPDATED " + shown + " (" + count(diff, "+ ") + " lines added, " + count(diff, "- ")
                    + " removed): commit it with the change";
            System.out.println(done);
            return done;
        }
        throw new AssertionError(message(module, file, committed.isEmpty() && !Files.exists(file), diff));
    }

    static String message(Module module, Path file, boolean missing, List<String> diff) {
        int shown = Math.min(diff.size(), 200);
        StringBuilder b = new StringBuilder();
        b.append("The public API of ").append(module).append(" differs from ").append(file);
        if (missing) {
            b.append(" (which does not exist)");
        }
        b.append(": ")
                .append(count(diff, "+ "))
                .append(" lines added (+), ")
                .append(count(diff, "- "))
                .append(" removed (-)\n");
        diff.subList(0, shown).forEach(line -> b.append("  ").append(line).append('\n'));
        if (shown < diff.size()) {
            b.append("  ... and ").append(diff.size() - shown).append(" more\n");
        }
        b.append("If the change is intended, accept it by running\n  ")
                .append(UPDATE_COMMAND)
                .append(
                        "\nand commit the rewritten listing with the change (CONTRIBUTING.md, \"Public API changes\").");
        return b.toString();
    }

    /** The file: a comment header, then the lines. */
    static String render(Module module, List<String> lines) {
        StringBuilder b = new StringBuilder();
        b.append("# Public API of ")
                .append(module.artifactId())
                .append(": one line per public type and public or protected member, sorted.\n");
        b.append("# Checked by samples/src/test/java/io/github/tctestkit/samples/ApiListingTest.java. Do not edit;\n");
        b.append("# regenerate with: ").append(UPDATE_COMMAND).append('\n');
        lines.forEach(line -> b.append(line).append('\n'));
        return b.toString();
    }

    /** The lines of a listing file, without comments and blank lines. */
    static List<String> read(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static long count(List<String> diff, String sign) {
        return diff.stream().filter(l -> l.startsWith(sign)).count();
    }

    // ------------------------------------------------------------------ the check can fail

    @Test
    void aRemovedAndAnAddedLineFailTheCheckWithBothLinesAndTheUpdateCommand(@TempDir Path dir) throws Exception {
        Module core = MODULES.get(0);
        List<String> current = ApiListing.of(ApiBoundaryTest.publicTypes(core.anchor()));
        String gone = current.get(current.size() / 2);
        String extra = "io.github.tctestkit.core.ApiResponse: public static void notThereYet()";
        List<String> committed = new ArrayList<>(current);
        committed.remove(gone);
        committed.add(extra);
        Path file = dir.resolve("core/api/tctestkit-core.api");
        Files.createDirectories(file.getParent());
        Files.writeString(file, render(core, committed.stream().sorted().toList()));

        assertThat(ApiListing.diff(committed, current)).containsExactlyInAnyOrder("+ " + gone, "- " + extra);
        Throwable failure = catchThrowable(() -> check(core, current, file, false));
        assertThat(failure)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("The public API of tctestkit-core differs")
                .hasMessageContaining("1 lines added (+), 1 removed (-)")
                .hasMessageContaining("  + " + gone + "\n")
                .hasMessageContaining("  - " + extra + "\n")
                .hasMessageContaining("-Dtctestkit.api.update=true");

        assertThat(check(core, current, file, true)).startsWith("UPDATED");
        assertThat(read(file)).containsExactlyElementsOf(current);
        assertThat(Files.readString(file)).startsWith("# Public API of tctestkit-core");
        assertThat(check(core, current, file, false)).isEqualTo("unchanged");
    }

    @Test
    void aMissingListingFailsListingEveryLineAsAdded(@TempDir Path dir) throws Exception {
        Module wiremock = MODULES.get(2);
        List<String> current = ApiListing.of(ApiBoundaryTest.publicTypes(wiremock.anchor()));
        Throwable failure = catchThrowable(() -> check(wiremock, current, dir.resolve("missing.api"), false));
        assertThat(failure)
                .hasMessageContaining("(which does not exist)")
                .hasMessageContaining(current.size() + " lines added (+), 0 removed (-)");
    }

    @Test
    void theListingIsSortedAndStable() throws Exception {
        for (Module module : MODULES) {
            List<String> once = ApiListing.of(ApiBoundaryTest.publicTypes(module.anchor()));
            List<String> twice = ApiListing.of(ApiBoundaryTest.publicTypes(module.anchor()));
            assertThat(once).isSorted().doesNotHaveDuplicates().isEqualTo(twice);
            // an annotation member's default may name an internal class, as @ExtendWith and @ArgumentsSource values do
            assertThat(once)
                    .noneMatch(l ->
                            l.replaceAll(" default [\\w.$]+\\.class$", "").contains(".internal.") || l.contains("\n"));
        }
    }

    @Test
    void everySuperTypeOfOursIsListedItselfSoNoInheritedMemberIsMissed() throws Exception {
        for (Module module : MODULES) {
            List<Class<?>> types = ApiBoundaryTest.publicTypes(module.anchor());
            for (Class<?> type : types) {
                List<Class<?>> supers = new ArrayList<>(List.of(type.getInterfaces()));
                if (type.getSuperclass() != null) {
                    supers.add(type.getSuperclass());
                }
                assertThat(supers)
                        .as("super types of %s", type.getName())
                        .filteredOn(s -> s.getName().startsWith(ApiBoundaryTest.ROOT_PACKAGE))
                        .allSatisfy(s -> assertThat(ApiBoundaryTest.isVisible(s) && !ApiBoundaryTest.isInternal(s))
                                .as("%s is public API", s.getName())
                                .isTrue());
            }
        }
    }

    // ------------------------------------------------------------------ what a listing says

    /** A type with a bit of everything. */
    public static class Fixture<T extends Comparable<T>> extends ArrayList<T> implements Runnable {
        public static final String CONSTANT = "c";
        protected int counter;
        private int hidden;

        public Fixture(List<? extends T> items) {}

        protected Fixture() {}

        @Deprecated
        public <R> Map<String, List<R>> map(Function<? super T, R> f, String... names) throws IOException {
            return Map.of();
        }

        @Override
        public void run() {}

        void packagePrivate() {}
    }

    /** An enum with a method. */
    public enum Colour {
        RED,
        GREEN;

        public boolean warm() {
            return this == RED;
        }
    }

    /** An annotation with defaults. */
    @Retention(RUNTIME)
    @Target({METHOD, TYPE})
    public @interface Marker {
        String value() default "x";

        Class<?>[] types() default {};

        int count();
    }

    /** A record. */
    public record Pair<A>(A left, int right) implements Comparable<Pair<A>> {
        @Override
        public int compareTo(Pair<A> o) {
            return Integer.compare(right, o.right);
        }
    }

    @Test
    void linesCarryFullGenericSignaturesEnumConstantsAndAnnotationMembers() {
        String t = ApiListingTest.class.getName();
        assertThat(ApiListing.linesOf(Fixture.class))
                .containsExactlyInAnyOrder(
                        t + "$Fixture: public static class " + t
                                + "$Fixture<T extends java.lang.Comparable<T>> extends java.util.ArrayList<T>"
                                + " implements java.lang.Runnable",
                        t + "$Fixture: public static final java.lang.String CONSTANT",
                        t + "$Fixture: protected int counter",
                        t + "$Fixture: public Fixture(java.util.List<? extends T>)",
                        t + "$Fixture: protected Fixture()",
                        t + "$Fixture: @java.lang.Deprecated public <R> java.util.Map<java.lang.String,"
                                + " java.util.List<R>> map(java.util.function.Function<? super T, R>,"
                                + " java.lang.String...) throws java.io.IOException",
                        t + "$Fixture: public void run()");
        assertThat(ApiListing.linesOf(Colour.class))
                .containsExactlyInAnyOrder(
                        t + "$Colour: public enum " + t + "$Colour",
                        t + "$Colour: enum constant RED",
                        t + "$Colour: enum constant GREEN",
                        t + "$Colour: public static " + t + "$Colour[] values()",
                        t + "$Colour: public static " + t + "$Colour valueOf(java.lang.String)",
                        t + "$Colour: public boolean warm()");
        assertThat(ApiListing.linesOf(Marker.class))
                .containsExactlyInAnyOrder(
                        t + "$Marker: @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)"
                                + " @java.lang.annotation.Target({java.lang.annotation.ElementType.METHOD,"
                                + " java.lang.annotation.ElementType.TYPE}) public @interface " + t + "$Marker",
                        t + "$Marker: public abstract java.lang.String value() default \"x\"",
                        t + "$Marker: public abstract java.lang.Class<?>[] types() default {}",
                        t + "$Marker: public abstract int count()");
        assertThat(ApiListing.linesOf(Pair.class))
                .contains(
                        t + "$Pair: public record " + t + "$Pair<A> implements java.lang.Comparable<" + t + "$Pair<A>>",
                        t + "$Pair: public Pair(A, int)",
                        t + "$Pair: public A left()",
                        t + "$Pair: public int compareTo(" + t + "$Pair<A>)")
                .noneMatch(l -> l.contains("compareTo(java.lang.Object)"));
    }
}
