package io.github.tctestkit.wiremock.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The answers configured in one scope, by service and action. Writers publish a new immutable snapshot under a lock, so that no
 * answer configured concurrently is lost and a request sees each answer whole; readers take the snapshot without
 * locking. Lookup is at most four hash lookups (the service's action, the action in any service, every action of
 * the service, every action), whatever the number configured. Not API.
 */
final class Answers {

    /** The service or action of answers that apply to every service or every action. */
    static final String ANY = "";

    static String key(String service, String action) {
        return service + "/" + action;
    }

    /** The key of answers for every action of every service. */
    private static final String ANY_KEY = key(ANY, ANY);

    private static final AtomicLong SEQUENCE = new AtomicLong();

    /** One configured answer: immutable except its remaining uses. */
    static final class Entry {
        final long seq;
        final String service;
        final String action;
        final Answer answer;
        final int delayMillis;
        /** Remaining uses; -1 for unlimited. */
        final AtomicInteger remaining;

        private Entry(
                long seq, String service, String action, Answer answer, int delayMillis, AtomicInteger remaining) {
            this.seq = seq;
            this.service = service;
            this.action = action;
            this.answer = answer;
            this.delayMillis = delayMillis;
            this.remaining = remaining;
        }

        String key() {
            return Answers.key(service, action);
        }

        Entry forAction(String newService, String newAction) {
            return new Entry(seq, newService, newAction, answer, delayMillis, remaining);
        }

        Entry times(int count) {
            return new Entry(seq, service, action, answer, delayMillis, new AtomicInteger(count));
        }

        Entry withAnswer(Answer newAnswer) {
            return new Entry(seq, service, action, newAnswer, delayMillis, remaining);
        }

        Entry delayed(int millis) {
            return new Entry(seq, service, action, answer, millis, remaining);
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
    /** By {@link #key(String, String)}; each list is immutable and ordered newest first. */
    private volatile Snapshot byAction = Snapshot.EMPTY;

    /**
     * The answers by key, and whether any is for every service ({@code "/Action"}) or for every action of a service
     * ({@code "svc/"}): a request looks those up only when there are some, so that it builds one key, not three.
     */
    private record Snapshot(Map<String, List<Entry>> map, boolean anyService, boolean anyAction) {
        static final Snapshot EMPTY = new Snapshot(Map.of(), false, false);

        static Snapshot of(Map<String, List<Entry>> map) {
            boolean anyService = false;
            boolean anyAction = false;
            for (String k : map.keySet()) {
                anyService |= k.startsWith("/") && k.length() > 1;
                anyAction |= k.endsWith("/") && k.length() > 1;
            }
            return new Snapshot(map, anyService, anyAction);
        }
    }

    /** Publishes a new answer; it is the most recent. */
    Entry add(String service, String action, Answer answer) {
        Entry entry = new Entry(SEQUENCE.incrementAndGet(), service, action, answer, 0, new AtomicInteger(-1));
        synchronized (lock) {
            byAction = Snapshot.of(publish(byAction.map(), null, entry));
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
            List<Entry> list = byAction.map().get(old.key());
            if (list == null || !list.contains(old)) {
                return false;
            }
            byAction = Snapshot.of(publish(byAction.map(), old, narrowed));
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
            putOrDrop(next, removed.key(), live(map.get(removed.key()), removed));
        }
        List<Entry> list = live(next.get(added.key()), null);
        int at = 0;
        while (at < list.size() && list.get(at).seq > added.seq) {
            at++;
        }
        list.add(at, added);
        putOrDrop(next, added.key(), list);
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
     * The answer for a request, with one use taken, or null: the most recently configured live answer among those for
     * this service's action, this action in any service, every action of this service, and every action.
     *
     * @param service the service the request was routed to, {@code ""} for none
     * @param action the action, {@code ""} for none
     */
    Entry take(String service, String action) {
        Snapshot answers = byAction;
        Map<String, List<Entry>> snapshot = answers.map();
        if (snapshot.isEmpty()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Entry>[] lists = new List[4];
        int n = 0;
        n = addList(lists, n, snapshot.get(ANY_KEY));
        if (!action.equals(ANY) && (answers.anyService() || service.equals(ANY))) {
            n = addList(lists, n, snapshot.get(key(ANY, action)));
        }
        if (!service.equals(ANY)) {
            if (answers.anyAction()) {
                n = addList(lists, n, snapshot.get(key(service, ANY)));
            }
            if (!action.equals(ANY)) {
                n = addList(lists, n, snapshot.get(key(service, action)));
            }
        }
        int[] at = new int[n];
        while (true) {
            Entry pick = null;
            int from = -1;
            for (int k = 0; k < n; k++) {
                List<Entry> list = lists[k];
                while (at[k] < list.size() && !list.get(at[k]).isLive()) {
                    at[k]++;
                }
                if (at[k] < list.size() && (pick == null || list.get(at[k]).seq > pick.seq)) {
                    pick = list.get(at[k]);
                    from = k;
                }
            }
            if (pick == null || pick.take()) {
                return pick;
            }
            at[from]++; // used up by a concurrent request between the two steps: look again
        }
    }

    private static int addList(List<Entry>[] lists, int n, List<Entry> list) {
        if (list != null) {
            lists[n++] = list;
        }
        return n;
    }

    void clear() {
        synchronized (lock) {
            byAction = Snapshot.EMPTY;
        }
    }

    /** Forgets the answers configured for one service (those for every service stay); for the control API. */
    void clear(String service) {
        synchronized (lock) {
            Map<String, List<Entry>> next = new HashMap<>(byAction.map());
            next.values().removeIf(list -> list.get(0).service.equals(service));
            byAction = Snapshot.of(Map.copyOf(next));
        }
    }
}
