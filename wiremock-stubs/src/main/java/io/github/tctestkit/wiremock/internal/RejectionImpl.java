package io.github.tctestkit.wiremock.internal;

import io.github.tctestkit.wiremock.RecordedRequest;
import io.github.tctestkit.wiremock.Rejection;

/** A refusal by the emulated gateway. Not API. */
record RejectionImpl(String code, String reason, String diagnostics, RecordedRequest request) implements Rejection {

    @Override
    public String toString() {
        return code + ": " + reason + (diagnostics.isEmpty() ? "" : "\n" + diagnostics);
    }
}
