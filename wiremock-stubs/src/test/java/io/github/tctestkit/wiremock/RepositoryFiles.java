package io.github.tctestkit.wiremock;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files of this repository for tests that check committed lists against what the code finds. The tests run in
 * different working directories: the module's (Maven), the repository's (an IDE), or a compatibility module's
 * ({@code compat/junit5.10} runs these same sources), so the repository is found by walking up.
 */
public final class RepositoryFiles {

    private RepositoryFiles() {}

    /**
     * A file of the repository.
     *
     * @param path relative to the repository's root, for example {@code "docs/inferred-state.md"}
     * @return the path, which need not exist yet (a test may be asked to write it)
     * @throws IllegalStateException when no parent of the working directory is this repository
     */
    public static Path inRepository(String path) {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("core/src")) && Files.isDirectory(dir.resolve("wiremock-stubs/src"))) {
                return dir.resolve(path);
            }
        }
        throw new IllegalStateException("no directory above " + start + " is the tctestkit repository (with core/src"
                + " and wiremock-stubs/src), so " + path + " cannot be found");
    }
}
