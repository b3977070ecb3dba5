package io.github.tctestkit.wiremock.internal;

import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ErrorCatalogue;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.StreamLiveError;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ready envelopes for the built-in enums' codes (the common ones and StreamLive's), built once per JVM: keyed by the
 * enum constant, so that what a code's envelope says never depends on which catalogue was asked first. Other codes
 * get an envelope of their own when configured. Not API.
 */
final class Preloaded {

    private static final Map<ErrorCode, Answer.Envelope> BY_CONSTANT = new ConcurrentHashMap<>();

    static {
        for (ErrorCode e : CommonError.values()) {
            BY_CONSTANT.put(e, envelope(e));
        }
        for (ErrorCode e : StreamLiveError.values()) {
            BY_CONSTANT.put(e, envelope(e));
        }
    }

    private Preloaded() {}

    private static Answer.Envelope envelope(ErrorCode e) {
        return new Answer.Envelope(ApiResponse.ofError(e), "error " + e.code());
    }

    /**
     * The ready envelope of an error code, with its description as message. An enum constant's is built once; a code
     * made with {@link ErrorCode#of} and no description takes the description of the built-in enum constant of the
     * same wire code, if any.
     */
    static Answer.Envelope errorEnvelope(ErrorCode error) {
        if (error instanceof Enum<?>) {
            return BY_CONSTANT.computeIfAbsent(error, Preloaded::envelope); // bounded: enum constants
        }
        if (error.description().isEmpty()) {
            java.util.Optional<ErrorCode> known = ErrorCatalogue.findInAny(error.code());
            if (known.isPresent()) {
                return errorEnvelope(known.get());
            }
        }
        return envelope(error);
    }

    static int size() {
        return BY_CONSTANT.size();
    }
}
