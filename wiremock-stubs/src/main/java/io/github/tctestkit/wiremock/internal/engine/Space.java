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
     * The resources of one type: by id for O(1) look-ups, and in creation order (a skip list keyed by a sequence
     * number) so that a page costs its offset and length, not the whole list. Changed under the space's lock only.
     */
    static final class Bucket {
        final Map<String, Stored> byId = new ConcurrentHashMap<>();
        final ConcurrentSkipListMap<Long, String> order = new ConcurrentSkipListMap<>();

        /** A stored resource: its place in creation order and its data, shaped, never changed after storing. */
        record Stored(long seq, ObjectNode data) {}

        void add(String id, long seq, ObjectNode data) {
            byId.put(id, new Stored(seq, data));
            order.put(seq, id);
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
            }
        }

        int size() {
            return byId.size();
        }
    }
}
