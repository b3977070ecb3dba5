package io.github.tctestkit.emulator;

import io.github.tctestkit.wiremock.TencentCloudApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * {@code --state-file FILE}: the emulator's state saved on exit and loaded on start, through its own control API
 * ({@code GET} and {@code PUT /_tctestkit/state}), so that the file is the document docs/control-api.md describes.
 *
 * <pre>{@code
 * StateFile.load(emulator.api(), Path.of("state.json"));   // nothing happens when the file does not exist
 * StateFile.save(emulator.api(), Path.of("state.json"));   // written whole or not at all
 * }</pre>
 */
final class StateFile {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private StateFile() {}

    /**
     * Seeds the emulator with the file's document, if the file exists and is not empty.
     *
     * @throws IllegalArgumentException when the file cannot be read or the emulator refuses the document, naming why
     */
    static void load(TencentCloudApi api, Path file) {
        if (!Files.exists(file)) {
            return;
        }
        String document;
        try {
            document = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("--state-file " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (document.isBlank()) {
            return;
        }
        HttpResponse<String> answer = send(
                api,
                HttpRequest.newBuilder(api.baseUri().resolve("/_tctestkit/state"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(document, StandardCharsets.UTF_8)));
        if (answer.statusCode() != 200) {
            throw new IllegalArgumentException("--state-file " + file + " cannot be loaded: " + answer.body());
        }
    }

    /** Writes the emulator's state document to the file, through a temporary file beside it. */
    static void save(TencentCloudApi api, Path file) {
        HttpResponse<String> answer = send(
                api,
                HttpRequest.newBuilder(api.baseUri().resolve("/_tctestkit/state"))
                        .GET());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET /_tctestkit/state answered " + answer.statusCode() + ": " + answer.body());
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, answer.body() + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> send(TencentCloudApi api, HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
