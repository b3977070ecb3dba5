package io.github.tctestkit.wiremock.internal;

import io.github.tctestkit.wiremock.RecordedRequest;
import io.github.tctestkit.wiremock.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/** The requests one scope received and the gateway's refusals among them, each bounded. Not API. */
final class Journal {

    static final int MAX_RECORDED = 10_000;

    private final ConcurrentLinkedDeque<RecordedRequest> requests = new ConcurrentLinkedDeque<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private final ConcurrentLinkedDeque<Rejection> rejections = new ConcurrentLinkedDeque<>();
    private final AtomicInteger rejectionCount = new AtomicInteger();

    void record(RecordedRequest request) {
        received.incrementAndGet();
        requests.addLast(request);
        if (size.incrementAndGet() > MAX_RECORDED && requests.pollFirst() != null) {
            size.decrementAndGet();
            dropped.incrementAndGet();
        }
    }

    void reject(Rejection rejection) {
        rejections.addLast(rejection);
        if (rejectionCount.incrementAndGet() > MAX_RECORDED && rejections.pollFirst() != null) {
            rejectionCount.decrementAndGet();
        }
    }

    List<RecordedRequest> requests() {
        return List.copyOf(new ArrayList<>(requests));
    }

    int received() {
        return received.get();
    }

    int dropped() {
        return dropped.get();
    }

    List<Rejection> rejections() {
        return List.copyOf(new ArrayList<>(rejections));
    }

    Optional<Rejection> lastRejection() {
        return Optional.ofNullable(rejections.peekLast());
    }

    /** Forgets one service's requests and refusals; for the control API. */
    void clear(String service) {
        java.util.function.Predicate<RecordedRequest> of =
                r -> r.service().orElse("").equals(service);
        int removed = 0;
        for (java.util.Iterator<RecordedRequest> i = requests.iterator(); i.hasNext(); ) {
            if (of.test(i.next())) {
                i.remove();
                removed++;
            }
        }
        size.addAndGet(-removed);
        received.addAndGet(-removed);
        int refused = 0;
        for (java.util.Iterator<Rejection> i = rejections.iterator(); i.hasNext(); ) {
            if (of.test(i.next().request())) {
                i.remove();
                refused++;
            }
        }
        rejectionCount.addAndGet(-refused);
    }

    void clear() {
        requests.clear();
        size.set(0);
        received.set(0);
        dropped.set(0);
        rejections.clear();
        rejectionCount.set(0);
    }
}
