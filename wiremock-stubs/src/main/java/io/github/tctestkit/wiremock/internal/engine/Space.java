package io.github.tctestkit.wiremock.internal.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The resources of one account in one region, every service's: a {@link Bucket} per type. Writes hold {@link #lock}
 * (so that a check such as "the VPC holds no subnet" and the change it allows are one step); reads take no lock and
 * see each resource whole, because a stored resource is never changed, only replaced. Not API.
 */
final class Space {

    final String account;
    final String region;
    final ReentrantLock lock = new ReentrantLock();
    private final Map<ResourceType, Bucket> buckets = new ConcurrentHashMap<>();
    /** Timed transitions not yet due, by type and id; guarded by {@link #lock}. */
    private final Map<String, Pending> pending = new HashMap<>();

    private final AtomicInteger pendingCount = new AtomicInteger();

    /**
     * What a service keeps beside its resources, keyed {@code "<service> <what>"} (StreamLive's plans per channel,
     * the channels that ever ran). Values are immutable and replaced whole, under {@link #lock}.
     */
    final Map<String, Object> notes = new ConcurrentHashMap<>();

    Space(String account, String region) {
        this.account = account;
        this.region = region;
    }

    Bucket bucket(ResourceType type) {
        return buckets.computeIfAbsent(type, t -> new Bucket());
    }

    /** The buckets that hold something, for dumps. */
    Map<ResourceType, Bucket> buckets() {
        return buckets;
    }

    /** A timed transition: at {@code due}, the resource's state becomes {@code state}, or it goes when that is null. */
    record Pending(ResourceType type, String id, String state, Instant due) {}

    /** Schedules a transition, replacing any earlier one of the resource; the caller holds the lock. */
    void schedule(Pending p) {
        if (pending.put(p.type().name + " " + p.id(), p) == null) {
            pendingCount.incrementAndGet();
        }
    }

    /** Forgets the scheduled transition of a resource; the caller holds the lock. */
    void unschedule(ResourceType type, String id) {
        if (pending.remove(type.name + " " + id) != null) {
            pendingCount.decrementAndGet();
        }
    }

    /** Applies every transition due at {@code now}; cheap when none is scheduled. */
    void settle(Instant now) {
        if (pendingCount.get() == 0) {
            return;
        }
        lock.lock();
        try {
            List<Pending> due = new ArrayList<>();
            for (Iterator<Pending> it = pending.values().iterator(); it.hasNext(); ) {
                Pending p = it.next();
                if (!now.isBefore(p.due())) {
                    due.add(p);
                    it.remove();
                    pendingCount.decrementAndGet();
                }
            }
            for (Pending p : due) {
                Bucket b = bucket(p.type());
                Bucket.Stored s = b.byId.get(p.id());
                if (s == null) {
                    continue;
                }
                if (p.state() == null) {
                    b.remove(p.id());
                } else {
                    ObjectNode copy = s.data().deepCopy();
                    copy.put(p.type().stateMember, p.state());
                    b.replace(p.id(), copy);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Forgets everything; the caller holds the lock. */
    void clear() {
        buckets.clear();
        notes.clear();
        pending.clear();
        pendingCount.set(0);
    }

    /**
     * The resources of one type: by id for O(1) look-ups, in creation order (a skip list keyed by a sequence number)
     * for reads that walk them all, and ranked ({@link Ranks}) so that a page costs its length and a logarithm of the
     * store, whatever its offset. Changed under the space's lock only.
     */
    static final class Bucket {
        final Map<String, Stored> byId = new ConcurrentHashMap<>();
        final ConcurrentSkipListMap<Long, String> order = new ConcurrentSkipListMap<>();
        private final Ranks ranks = new Ranks();

        /** A stored resource: its place in creation order and its data, shaped, never changed after storing. */
        record Stored(long seq, ObjectNode data) {}

        /** One page of a type's resources in creation order, and how many there are in all. */
        record Page(long total, List<Stored> items) {}

        void add(String id, long seq, ObjectNode data) {
            byId.put(id, new Stored(seq, data));
            order.put(seq, id);
            ranks.add(id);
        }

        void replace(String id, ObjectNode data) {
            Stored old = byId.get(id);
            if (old != null) {
                byId.put(id, new Stored(old.seq(), data));
            }
        }

        void remove(String id) {
            Stored old = byId.remove(id);
            if (old != null) {
                order.remove(old.seq());
                ranks.remove(id);
            }
        }

        int size() {
            return byId.size();
        }

        /**
         * Up to {@code limit} resources from the {@code offset}-th (0-based) in creation order, read under the space's
         * lock so that the page and the total agree.
         */
        Page page(long offset, long limit, ReentrantLock lock) {
            lock.lock();
            try {
                List<Stored> items = new ArrayList<>();
                for (String id : ranks.page(offset, limit)) {
                    items.add(byId.get(id));
                }
                return new Page(ranks.live(), items);
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Ids in creation order, with a Fenwick tree over their slots counting the live ones: the k-th live id is found in
     * O(log n), so a page far into 10,000 resources costs what the first page costs. A removal leaves an empty slot;
     * when empty slots outnumber live ones (and are more than a few), the slots are compacted. Guarded by the space's
     * lock.
     */
    static final class Ranks {
        private static final int MIN_SLOTS = 16;
        private static final int COMPACT_AFTER = 1024;

        private String[] slots = new String[MIN_SLOTS];
        /** 1-based Fenwick tree over {@link #slots}: its length is always a power of two plus one. */
        private int[] tree = new int[MIN_SLOTS + 1];

        private final Map<String, Integer> slotOf = new HashMap<>();
        private int used;
        private int live;

        void add(String id) {
            if (used == slots.length) {
                slots = java.util.Arrays.copyOf(slots, slots.length * 2);
                rebuild();
            }
            slots[used] = id;
            slotOf.put(id, used);
            used++;
            live++;
            update(used, 1);
        }

        void remove(String id) {
            Integer slot = slotOf.remove(id);
            if (slot == null) {
                return;
            }
            slots[slot] = null;
            live--;
            update(slot + 1, -1);
            int empty = used - live;
            if (empty > COMPACT_AFTER && empty > live) {
                compact();
            }
        }

        int live() {
            return live;
        }

        /** Up to {@code limit} live ids from the {@code offset}-th (0-based) on. */
        List<String> page(long offset, long limit) {
            List<String> out = new ArrayList<>();
            if (offset >= live || limit <= 0) {
                return out;
            }
            for (int slot = kth((int) offset + 1) - 1; slot < used && out.size() < limit; slot++) {
                if (slots[slot] != null) {
                    out.add(slots[slot]);
                }
            }
            return out;
        }

        private void update(int i, int delta) {
            for (; i < tree.length; i += i & -i) {
                tree[i] += delta;
            }
        }

        /** The smallest 1-based slot whose prefix holds {@code k} live ids; {@code 1 <= k <= live}. */
        private int kth(int k) {
            int at = 0;
            for (int step = Integer.highestOneBit(tree.length - 1); step > 0; step >>= 1) {
                if (at + step < tree.length && tree[at + step] < k) {
                    at += step;
                    k -= tree[at];
                }
            }
            return at + 1;
        }

        private void compact() {
            String[] kept = new String[Math.max(MIN_SLOTS, Integer.highestOneBit(Math.max(1, live)) * 2)];
            int n = 0;
            slotOf.clear();
            for (int i = 0; i < used; i++) {
                if (slots[i] != null) {
                    kept[n] = slots[i];
                    slotOf.put(kept[n], n);
                    n++;
                }
            }
            slots = kept;
            used = n;
            rebuild();
        }

        /** The tree anew from the slots, in O(n). */
        private void rebuild() {
            tree = new int[slots.length + 1];
            for (int i = 1; i < tree.length; i++) { // every node passes its sum up, the empty ones past used too
                tree[i] += i <= used && slots[i - 1] != null ? 1 : 0;
                int parent = i + (i & -i);
                if (parent < tree.length) {
                    tree[parent] += tree[i];
                }
            }
        }
    }
}
