package io.github.tctestkit.wiremock.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The answers configured in one scope, by action. Writers publish a new immutable snapshot under a lock, so that no
 * answer configured concurrently is lost and a request sees each answer whole; readers take the snapshot without
 * locking. Lookup is two hash lookups (the action's answers and those for every action), whatever the number
 * configured. Not API.
 */
final class Answers {

    /** The key of answers that apply to every action. */
    static final String ANY = "";

    private static final AtomicLong SEQUENCE = new AtomicLong();

    /** One configured answer: immutable except its remaining uses. */
    static final class Entry {
        final long seq;
        final String action;
        final Answer answer;
        final int delayMillis;
        /** Remaining uses; -1 for unlimited. */
        final AtomicInteger remaining;

        private Entry(long seq, String action, Answer answer, int delayMillis, AtomicInteger remaining) {
            this.seq = seq;
            this.action = action;
            this.answer = answer;
            this.delayMillis = delayMillis;
            this.remaining = remaining;
        }

        Entry forAction(String newAction) {
            return new Entry(seq, newAction, answer, delayMillis, remaining);
        }

        Entry times(int count) {
            return new Entry(seq, action, answer, delayMillis, new AtomicInteger(count));
        }

        Entry withAnswer(Answer newAnswer) {
            return new Entry(seq, action, newAnswer, delayMillis, remaining);
        }

        Entry delayed(int millis) {
            return new Entry(seq, action, answer, millis, remaining);
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

    private final Object lock = new Object();
    /** Each list is immutable and ordered newest first. */
    private volatile Map<String, List<Entry>> byAction = Map.of();

    /** Publishes a new answer; it is the most recent. */
    Entry add(String action, Answer answer) {
        Entry entry = new Entry(SEQUENCE.incrementAndGet(), action, answer, 0, new AtomicInteger(-1));
        synchronized (lock) {
            byAction = publish(byAction, null, entry);
        }
        return entry;
    }

    /**
     * Replaces a published answer with a narrowed copy in one step, keeping its place in time.
     *
     * @return false if the answer is no longer published (the scope was reset)
     */
    boolean replace(Entry old, Entry narrowed) {
        synchronized (lock) {
            List<Entry> list = byAction.get(old.action);
            if (list == null || !list.contains(old)) {
                return false;
            }
            byAction = publish(byAction, old, narrowed);
            return true;
        }
    }

    /**
     * The next snapshot: {@code removed} (if any) taken out of its action's list and {@code added} put into its
     * action's list, newest first by sequence. Only the lists of those actions are copied (and cleared of used-up
     * answers); the others are shared with the previous snapshot.
     */
    private static Map<String, List<Entry>> publish(Map<String, List<Entry>> map, Entry removed, Entry added) {
        Map<String, List<Entry>> next = new HashMap<>(map);
        if (removed != null) {
            putOrDrop(next, removed.action, live(map.get(removed.action), removed));
        }
        List<Entry> list = live(next.get(added.action), null);
        int at = 0;
        while (at < list.size() && list.get(at).seq > added.seq) {
            at++;
        }
        list.add(at, added);
        putOrDrop(next, added.action, list);
        return Map.copyOf(next);
    }

    /** A mutable copy of a list without {@code removed} and without used-up answers. */
    private static List<Entry> live(List<Entry> entries, Entry removed) {
        List<Entry> kept = new ArrayList<>();
        if (entries != null) {
            for (Entry e : entries) {
                if (e != removed && e.isLive()) {
                    kept.add(e);
                }
            }
        }
        return kept;
    }

    private static void putOrDrop(Map<String, List<Entry>> map, String action, List<Entry> entries) {
        if (entries.isEmpty()) {
            map.remove(action);
        } else {
            map.put(action, List.copyOf(entries));
        }
    }

    /**
     * The answer for this action, with one use taken, or null: the most recently configured live answer among those
     * for this action and those for every action.
     */
    Entry take(String action) {
        Map<String, List<Entry>> snapshot = byAction;
        List<Entry> forAction = snapshot.get(action);
        List<Entry> forAll = action.equals(ANY) ? null : snapshot.get(ANY);
        int i = 0;
        int j = 0;
        while (true) {
            while (forAction != null
                    && i < forAction.size()
                    && !forAction.get(i).isLive()) {
                i++;
            }
            while (forAll != null && j < forAll.size() && !forAll.get(j).isLive()) {
                j++;
            }
            Entry a = forAction != null && i < forAction.size() ? forAction.get(i) : null;
            Entry b = forAll != null && j < forAll.size() ? forAll.get(j) : null;
            Entry pick = a == null ? b : b == null || a.seq > b.seq ? a : b;
            if (pick == null || pick.take()) {
                return pick;
            }
            // used up by a concurrent request between the two steps: look again
        }
    }

    void clear() {
        synchronized (lock) {
            byAction = Map.of();
        }
    }
}
