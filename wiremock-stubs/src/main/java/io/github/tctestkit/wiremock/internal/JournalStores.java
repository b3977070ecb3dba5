package io.github.tctestkit.wiremock.internal;

import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.store.DefaultStores;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * WireMock's stores with a request journal that costs the same per request however full it is. WireMock's own
 * in-memory journal looks each served request up in a list ({@code deque.contains}) and, when bounded, counts every
 * entry on every request, so a long test or a shared emulator slows down with each request it has seen. This one
 * keeps the newest {@value #MAX_ENTRIES} requests, evicting the oldest on insertion. Not API.
 */
final class JournalStores extends DefaultStores {

    /** How many requests WireMock's journal (for {@code verify} and {@code findAll}) keeps. */
    static final int MAX_ENTRIES = 10_000;

    private final RequestJournalStore journal = new BoundedJournal(MAX_ENTRIES);

    JournalStores(FileSource fileRoot) {
        super(fileRoot);
    }

    @Override
    public RequestJournalStore getRequestJournalStore() {
        return journal;
    }

    /** Newest first; add, put, get and eviction are constant time. */
    static final class BoundedJournal implements RequestJournalStore {
        private final int max;
        private final Deque<UUID> order = new ConcurrentLinkedDeque<>();
        private final Map<UUID, ServeEvent> events = new ConcurrentHashMap<>();
        private final AtomicInteger size = new AtomicInteger();

        BoundedJournal(int max) {
            this.max = max;
        }

        @Override
        public void add(ServeEvent event) {
            if (events.put(event.getId(), event) == null) {
                order.addFirst(event.getId());
                if (size.incrementAndGet() > max) {
                    removeLast();
                }
            }
        }

        @Override
        public void removeLast() {
            UUID id = order.pollLast();
            if (id != null && events.remove(id) != null) {
                size.decrementAndGet();
            }
        }

        @Override
        public Stream<ServeEvent> getAll() {
            return order.stream().map(events::get).filter(Objects::nonNull);
        }

        @Override
        public Stream<UUID> getAllKeys() {
            return getAll().map(ServeEvent::getId);
        }

        @Override
        public Optional<ServeEvent> get(UUID id) {
            return Optional.ofNullable(events.get(id));
        }

        @Override
        public void put(UUID id, ServeEvent event) {
            events.computeIfPresent(id, (k, old) -> event); // only events still in the journal
        }

        @Override
        public void remove(UUID id) {
            if (events.remove(id) != null) {
                order.remove(id); // linear, but only on WireMock's explicit remove calls, never per request
                size.decrementAndGet();
            }
        }

        @Override
        public void clear() {
            order.clear();
            events.clear();
            size.set(0);
        }

        int size() {
            return size.get();
        }
    }
}
