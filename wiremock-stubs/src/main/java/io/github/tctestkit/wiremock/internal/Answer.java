package io.github.tctestkit.wiremock.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.wiremock.Fault;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A prepared answer. Envelope bytes are built once, when the answer is configured; per request only the RequestId is
 * filled in. Not API.
 */
public abstract class Answer {

    static final String JSON = "application/json";

    /**
     * The WireMock response for one request.
     *
     * @param delayMillis extra delay, 0 for none
     * @return the response definition
     */
    abstract ResponseDefinition render(int delayMillis);

    /** Describes the answer for messages. */
    @Override
    public abstract String toString();

    /**
     * What the answer does, for the coverage record: {@code success}, {@code error:<code>}, {@code fault:<name>},
     * {@code http:<status>} or {@code envelope}.
     *
     * @return the outcome
     */
    abstract String outcome();

    static ResponseDefinitionBuilder base(int delayMillis) {
        ResponseDefinitionBuilder b = ResponseDefinitionBuilder.responseDefinition();
        if (delayMillis > 0) {
            b.withFixedDelay(delayMillis);
        }
        return b;
    }

    /** An envelope whose RequestId is fresh for every request. */
    static final class Envelope extends Answer {
        private final byte[] prefix;
        private final byte[] suffix;
        private final String description;
        private final String outcome;

        Envelope(ApiResponse template, String description) {
            this.outcome = template.error().map(e -> "error:" + e.code()).orElse("success");
            String marker = "tctestkit-request-id-marker";
            String json = template.withRequestId(marker).toJson();
            int at = json.indexOf(marker);
            this.prefix = json.substring(0, at).getBytes(StandardCharsets.UTF_8);
            this.suffix = json.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8);
            this.description = description;
        }

        byte[] bytes(String requestId) {
            byte[] id = requestId.getBytes(StandardCharsets.US_ASCII);
            byte[] out = Arrays.copyOf(prefix, prefix.length + id.length + suffix.length);
            System.arraycopy(id, 0, out, prefix.length, id.length);
            System.arraycopy(suffix, 0, out, prefix.length + id.length, suffix.length);
            return out;
        }

        @Override
        ResponseDefinition render(int delayMillis) {
            return base(delayMillis)
                    .withStatus(200)
                    .withHeader("Content-Type", JSON)
                    .withBody(bytes(ApiResponse.newRequestId()))
                    .build();
        }

        @Override
        public String toString() {
            return description;
        }

        @Override
        String outcome() {
            return outcome;
        }
    }

    /** Fixed status and body. */
    static final class Fixed extends Answer {
        private final int status;
        private final byte[] body;
        private final String contentType;
        private final String description;
        private final String outcome;

        Fixed(int status, byte[] body, String contentType, String description) {
            this(status, body, contentType, description, "http:" + status);
        }

        Fixed(int status, byte[] body, String contentType, String description, String outcome) {
            this.outcome = outcome;
            this.status = status;
            this.body = body;
            this.contentType = contentType;
            this.description = description;
        }

        @Override
        ResponseDefinition render(int delayMillis) {
            ResponseDefinitionBuilder b = base(delayMillis).withStatus(status).withBody(body);
            if (contentType != null) {
                b.withHeader("Content-Type", contentType);
            }
            return b.build();
        }

        @Override
        public String toString() {
            return description;
        }

        @Override
        String outcome() {
            return outcome;
        }
    }

    /** A broken connection. */
    static final class Broken extends Answer {
        private final com.github.tomakehurst.wiremock.http.Fault fault;
        private final String description;
        private final String outcome;

        Broken(com.github.tomakehurst.wiremock.http.Fault fault, Fault ours) {
            this.fault = fault;
            this.description = "fault " + ours;
            this.outcome = "fault:" + ours;
        }

        @Override
        ResponseDefinition render(int delayMillis) {
            return base(delayMillis).withFault(fault).build();
        }

        @Override
        public String toString() {
            return description;
        }

        @Override
        String outcome() {
            return outcome;
        }
    }

    static Answer of(Fault fault) {
        return switch (fault) {
            case INTERNAL_SERVER_ERROR_500 ->
                new Fixed(
                        500,
                        ApiResponse.ofError("InternalError", "tctestkit fault: HTTP 500 with an envelope body")
                                .toBytes(),
                        JSON,
                        "fault " + fault,
                        "fault:" + fault);
            case BAD_GATEWAY_502 ->
                new Fixed(
                        502,
                        "<html><head><title>502 Bad Gateway</title></head><body>502 Bad Gateway</body></html>"
                                .getBytes(StandardCharsets.UTF_8),
                        "text/html",
                        "fault " + fault,
                        "fault:" + fault);
            case SERVICE_UNAVAILABLE_503 ->
                new Fixed(
                        503,
                        "Service Unavailable".getBytes(StandardCharsets.UTF_8),
                        "text/plain",
                        "fault " + fault,
                        "fault:" + fault);
            case GATEWAY_TIMEOUT_504 -> new Fixed(504, new byte[0], null, "fault " + fault, "fault:" + fault);
            case NOT_JSON ->
                new Fixed(
                        200,
                        "this is not json".getBytes(StandardCharsets.UTF_8),
                        "text/plain",
                        "fault " + fault,
                        "fault:" + fault);
            case EMPTY_BODY -> new Fixed(200, new byte[0], JSON, "fault " + fault, "fault:" + fault);
            case EMPTY_JSON_OBJECT ->
                new Fixed(200, "{}".getBytes(StandardCharsets.UTF_8), JSON, "fault " + fault, "fault:" + fault);
            case CONNECTION_RESET ->
                new Broken(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER, fault);
            case EMPTY_RESPONSE -> new Broken(com.github.tomakehurst.wiremock.http.Fault.EMPTY_RESPONSE, fault);
            case RANDOM_DATA_THEN_CLOSE ->
                new Broken(com.github.tomakehurst.wiremock.http.Fault.RANDOM_DATA_THEN_CLOSE, fault);
        };
    }
}
