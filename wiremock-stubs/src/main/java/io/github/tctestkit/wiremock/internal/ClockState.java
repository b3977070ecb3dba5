package io.github.tctestkit.wiremock.internal;

import java.time.Duration;
import java.time.Instant;

/** A clock setting: stopped at {@code fixed}, or the system clock shifted by {@code offset}. Not API. */
record ClockState(Instant fixed, Duration offset) {

    static final ClockState SYSTEM = new ClockState(null, Duration.ZERO);

    Instant now() {
        return fixed != null ? fixed : Instant.now().plus(offset);
    }

    ClockState advancedBy(Duration amount) {
        return fixed != null
                ? new ClockState(fixed.plus(amount), Duration.ZERO)
                : new ClockState(null, offset.plus(amount));
    }
}
