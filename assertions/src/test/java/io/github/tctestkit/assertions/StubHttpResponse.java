package io.github.tctestkit.assertions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/** A canned {@link HttpResponse}, so that tests need no network. */
record StubHttpResponse(int statusCode, String body, HttpRequest request) implements HttpResponse<String> {

    static final URI ENDPOINT = URI.create("https://mdl.tencentcloudapi.com/");

    static StubHttpResponse of(int status, String body) {
        return new StubHttpResponse(
                status,
                body,
                HttpRequest.newBuilder(ENDPOINT)
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build());
    }

    @Override
    public Optional<HttpResponse<String>> previousResponse() {
        return Optional.empty();
    }

    @Override
    public HttpHeaders headers() {
        return HttpHeaders.of(Map.of("Content-Type", java.util.List.of("application/json")), (name, value) -> true);
    }

    @Override
    public Optional<SSLSession> sslSession() {
        return Optional.empty();
    }

    @Override
    public URI uri() {
        return ENDPOINT;
    }

    @Override
    public HttpClient.Version version() {
        return HttpClient.Version.HTTP_1_1;
    }
}
