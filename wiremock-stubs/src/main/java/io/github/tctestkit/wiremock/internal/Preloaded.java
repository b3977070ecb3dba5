package io.github.tctestkit.wiremock.internal;

import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.ServiceDescription;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ready envelopes for catalogued error codes: those of the common codes and StreamLive's built at start, any other
 * catalogue's on first use, each once per JVM. Not API.
 */
final class Preloaded {

    private static final Map<String, Answer.Envelope> BY_CODE = new ConcurrentHashMap<>();

    static {
        for (ErrorCode e : ServiceDescription.streamLive().errors()) {
            BY_CODE.put(e.code(), envelope(e));
        }
    }

    private Preloaded() {}

    private static Answer.Envelope envelope(ErrorCode e) {
        return new Answer.Envelope(ApiResponse.ofError(e), "error " + e.code());
    }

    /**
     * The ready envelope of an error code, with its description as message. A catalogued code (an enum constant) is
     * built once; a code made with {@link ErrorCode#of} and no description takes the catalogued one of the same wire
     * code, if any.
     */
    static Answer.Envelope errorEnvelope(ErrorCode error) {
        if (error instanceof Enum<?>) { // the common description wins for a code that two catalogues share
            return BY_CODE.computeIfAbsent(error.code(), k -> envelope(error));
        }
        if (error.description().isEmpty()) {
            Answer.Envelope ready = BY_CODE.get(error.code());
            if (ready != null) {
                return ready;
            }
        }
        return envelope(error);
    }

    static int size() {
        return BY_CODE.size();
    }
}
