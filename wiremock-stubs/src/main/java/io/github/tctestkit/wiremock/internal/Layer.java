package io.github.tctestkit.wiremock.internal;

import io.github.tctestkit.wiremock.RecordedRequest;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The answers and request log of one scope: a test, or the configuration made outside tests. Lookup is one hash
 * lookup by action plus one for the answers that apply to every action, whatever the number configured. Not API.
 */
final class Layer {

    static final int MAX_RECORDED = 10_000;
    static final String ANY = "";

    final String name;
    private final Map<String, Deque<Entry>> byAction = new ConcurrentHashMap<>();
    private final ConcurrentLinkedDeque<RecordedRequest> log = new ConcurrentLinkedDeque<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    /** Gateway state of this scope; null fields inherit from the scope below. */
    volatile ClockState clock;

    volatile io.github.tctestkit.core.ServiceDescription service;
    final Map<String, io.github.tctestkit.core.signing.ApiCredentials> credentials = new ConcurrentHashMap<>();
    final ConcurrentLinkedDeque<io.github.tctestkit.wiremock.Rejection> rejections = new ConcurrentLinkedDeque<>();
    private final AtomicInteger rejectionCount = new AtomicInteger();
    final Map<String, long[]> rateWindows = new ConcurrentHashMap<>();
    private volatile boolean closed;
    private volatile String closedReason = "";

    Layer(String name) {
        this.name = name;
    }

    /** Adds a new answer: it is the most recent, so it goes first. */
    void add(String action, Entry entry) {
        byAction.computeIfAbsent(action, k -> new ConcurrentLinkedDeque<>()).addFirst(entry);
    }

    /** Re-keys an answer (forAction), keeping its place in time: the target list stays ordered newest first. */
    void move(Entry entry, String from, String to) {
        Deque<Entry> old = byAction.get(from);
        if (old != null) {
            old.remove(entry);
        }
        byAction.compute(to, (k, entries) -> {
            List<Entry> sorted = new ArrayList<>(entries == null ? List.of() : entries);
            sorted.add(entry);
            sorted.sort((a, b) -> Long.compare(b.seq, a.seq));
            return new ConcurrentLinkedDeque<>(sorted);
        });
    }

    /**
     * The answer for this action, or null: the most recently configured live answer among those for this action and
     * those for every action. Two list heads are compared, whatever the number configured.
     */
    Entry find(String action) {
        while (true) {
            Entry forAction = firstLive(byAction.get(action));
            Entry forAll = action.equals(ANY) ? null : firstLive(byAction.get(ANY));
            Entry pick = forAction == null ? forAll : forAll == null || forAction.seq > forAll.seq ? forAction : forAll;
            if (pick == null || pick.take()) {
                return pick;
            }
            // used up by a concurrent request between the two steps: look again
        }
    }

    private static Entry firstLive(Deque<Entry> entries) {
        if (entries == null) {
            return null;
        }
        for (Entry e : entries) {
            if (e.isLive()) {
                return e;
            }
            entries.remove(e);
        }
        return null;
    }

    void record(RecordedRequest request) {
        received.incrementAndGet();
        log.addLast(request);
        if (size.incrementAndGet() > MAX_RECORDED && log.pollFirst() != null) {
            size.decrementAndGet();
            dropped.incrementAndGet();
        }
    }

    List<RecordedRequest> requests() {
        return List.copyOf(new ArrayList<>(log));
    }

    int received() {
        return received.get();
    }

    int dropped() {
        return dropped.get();
    }

    void reject(io.github.tctestkit.wiremock.Rejection rejection) {
        rejections.addLast(rejection);
        if (rejectionCount.incrementAndGet() > MAX_RECORDED && rejections.pollFirst() != null) {
            rejectionCount.decrementAndGet();
        }
    }

    /**
     * Counts a request for an action in the one-second window of {@code second}.
     *
     * @return the number of requests for that action in that second, this one included
     */
    long countInWindow(String action, long second) {
        long[] window = rateWindows.compute(action, (k, w) -> {
            if (w == null || w[0] != second) {
                return new long[] {second, 1};
            }
            w[1]++;
            return w;
        });
        return window[1];
    }

    void clear() {
        rejections.clear();
        rejectionCount.set(0);
        rateWindows.clear();
        credentials.clear();
        service = null;
        clock = null;
        byAction.clear();
        log.clear();
        size.set(0);
        received.set(0);
        dropped.set(0);
    }

    void close(String reason) {
        closedReason = reason;
        closed = true;
    }

    boolean isClosed() {
        return closed;
    }

    String closedReason() {
        return closedReason;
    }
}
