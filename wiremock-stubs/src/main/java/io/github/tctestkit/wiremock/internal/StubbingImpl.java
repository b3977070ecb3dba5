package io.github.tctestkit.wiremock.internal;

import io.github.tctestkit.wiremock.Stubbing;
import java.time.Duration;

/**
 * A configured answer that can still be narrowed. Each narrowing publishes a complete new version of the answer in
 * one step, in its original place in time. Not API.
 */
final class StubbingImpl implements Stubbing {

    private static final Duration MAX_DELAY = Duration.ofMinutes(10);

    private final Answers answers;
    private Answers.Entry entry; // guarded by this

    StubbingImpl(Answers answers, Answer answer, String action) {
        this.answers = answers;
        this.entry = answers.add(action, answer);
    }

    private synchronized Stubbing narrow(Answers.Entry next, String how) {
        if (!answers.replace(entry, next)) {
            throw new IllegalStateException("Cannot narrow " + this + " with " + how + ": the answer is no longer"
                    + " configured (it was used up, or reset() or the end of its test removed it)");
        }
        entry = next;
        return this;
    }

    @Override
    public Stubbing forAction(String action) {
        String checked = ApiHandle.checkAction(action);
        synchronized (this) {
            return narrow(entry.forAction(checked), "forAction(\"" + checked + "\")");
        }
    }

    @Override
    public Stubbing times(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("times(" + count + "): the count must be at least 1");
        }
        synchronized (this) {
            return narrow(entry.times(count), "times(" + count + ")");
        }
    }

    @Override
    public Stubbing delayedBy(Duration delay) {
        if (delay == null) {
            throw new IllegalArgumentException("delay must not be null");
        }
        if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException("delay must be between 0 and 10 minutes, but was " + delay);
        }
        synchronized (this) {
            return narrow(entry.delayed((int) delay.toMillis()), "delayedBy(" + delay + ")");
        }
    }

    @Override
    public synchronized int remaining() {
        return entry.remaining.get();
    }

    @Override
    public synchronized String toString() {
        int r = entry.remaining.get();
        return entry.answer
                + (entry.action.isEmpty() ? " for every action" : " for action " + entry.action)
                + (r < 0 ? "" : ", " + r + " more time(s)")
                + (entry.delayMillis > 0 ? ", delayed " + entry.delayMillis + " ms" : "");
    }
}
