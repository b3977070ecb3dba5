package io.github.tctestkit.wiremock.internal;

import io.github.tctestkit.wiremock.Stubbing;
import java.time.Duration;

/** A configured answer that can still be narrowed. Not API. */
final class StubbingImpl implements Stubbing {

    private static final Duration MAX_DELAY = Duration.ofMinutes(10);

    private final Layer layer;
    private final Entry entry;
    private String key;

    StubbingImpl(Layer layer, Answer answer, String action) {
        this.layer = layer;
        this.entry = new Entry(answer);
        this.key = action;
        layer.add(action, entry);
    }

    @Override
    public synchronized Stubbing forAction(String action) {
        String checked = ApiHandle.checkAction(action);
        layer.move(entry, key, checked);
        key = checked;
        return this;
    }

    @Override
    public Stubbing times(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("times(" + count + "): the count must be at least 1");
        }
        entry.remaining.set(count);
        return this;
    }

    @Override
    public Stubbing delayedBy(Duration delay) {
        if (delay == null) {
            throw new IllegalArgumentException("delay must not be null");
        }
        if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException("delay must be between 0 and 10 minutes, but was " + delay);
        }
        entry.delayMillis = (int) delay.toMillis();
        return this;
    }

    @Override
    public int remaining() {
        return entry.remaining.get();
    }

    @Override
    public String toString() {
        int r = entry.remaining.get();
        return entry.answer
                + (key.isEmpty() ? " for every action" : " for action " + key)
                + (r < 0 ? "" : ", " + r + " more time(s)")
                + (entry.delayMillis > 0 ? ", delayed " + entry.delayMillis + " ms" : "");
    }
}
