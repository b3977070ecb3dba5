package io.github.tctestkit.wiremock.internal;

import java.util.concurrent.atomic.AtomicInteger;

/** One configured answer with its limits. Not API. */
final class Entry {
    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong();

    final Answer answer;
    /** When it was configured: the most recent matching answer wins. */
    final long seq = SEQUENCE.incrementAndGet();
    /** Remaining uses; -1 for unlimited. */
    final AtomicInteger remaining = new AtomicInteger(-1);

    volatile int delayMillis;

    Entry(Answer answer) {
        this.answer = answer;
    }

    boolean isLive() {
        return remaining.get() != 0;
    }

    /** Takes one use; false when used up. */
    boolean take() {
        while (true) {
            int r = remaining.get();
            if (r < 0) {
                return true;
            }
            if (r == 0) {
                return false;
            }
            if (remaining.compareAndSet(r, r - 1)) {
                return true;
            }
        }
    }
}
