package io.github.tctestkit.wiremock.internal;

import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.StreamLiveError;
import java.util.HashMap;
import java.util.Map;

/** Ready envelopes for every catalogued error code, built once per JVM. Not API. */
final class Preloaded {

    private static final Map<String, Answer.Envelope> BY_CODE = build();

    private Preloaded() {}

    private static Map<String, Answer.Envelope> build() {
        Map<String, Answer.Envelope> map = new HashMap<>();
        for (StreamLiveError e : StreamLiveError.values()) {
            map.put(e.code(), envelope(e));
        }
        for (CommonError e : CommonError.values()) {
            map.put(e.code(), envelope(e)); // common descriptions win for the two shared codes
        }
        return Map.copyOf(map);
    }

    private static Answer.Envelope envelope(ErrorCode e) {
        return new Answer.Envelope(ApiResponse.ofError(e), "error " + e.code());
    }

    /** The ready envelope for a catalogued code with its description as message, or a new one otherwise. */
    static Answer.Envelope errorEnvelope(ErrorCode error) {
        Answer.Envelope ready = BY_CODE.get(error.code());
        if (ready != null && (error.description().isEmpty() || isCatalogued(error))) {
            return ready;
        }
        return envelope(error);
    }

    private static boolean isCatalogued(ErrorCode error) {
        return error instanceof CommonError || error instanceof StreamLiveError;
    }

    static int size() {
        return BY_CODE.size();
    }
}
