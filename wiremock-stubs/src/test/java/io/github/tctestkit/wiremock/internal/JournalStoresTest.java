package io.github.tctestkit.wiremock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The request journal store: bounded, newest first, constant-time per request. */
class JournalStoresTest {

    static ServeEvent event(String url) {
        return ServeEvent.of(ImmutableRequest.create()
                .withAbsoluteUrl("http://127.0.0.1:9183" + url)
                .withMethod(RequestMethod.POST)
                .withBody(new byte[0])
                .build());
    }

    @Test
    void keepsTheNewestEntriesAndEvictsTheOldest() {
        JournalStores.BoundedJournal journal = new JournalStores.BoundedJournal(3);
        List<ServeEvent> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(event("/" + i));
            journal.add(events.get(i));
        }

        assertThat(journal.size()).isEqualTo(3);
        assertThat(journal.getAll().map(e -> e.getRequest().getUrl())).containsExactly("/4", "/3", "/2");
        assertThat(journal.get(events.get(0).getId())).isEmpty();
        assertThat(journal.getAllKeys())
                .containsExactly(
                        events.get(4).getId(),
                        events.get(3).getId(),
                        events.get(2).getId());
    }

    @Test
    void putReplacesOnlyAnEventStillInTheJournal() {
        JournalStores.BoundedJournal journal = new JournalStores.BoundedJournal(1);
        ServeEvent first = event("/first");
        journal.add(first);
        ServeEvent second = event("/second");
        journal.add(second); // evicts the first

        journal.put(first.getId(), first); // completing an evicted event must not bring it back
        ServeEvent completed = event("/second-completed");
        journal.put(second.getId(), completed);

        assertThat(journal.size()).isEqualTo(1);
        assertThat(journal.get(first.getId())).isEmpty();
        assertThat(journal.get(second.getId())).containsSame(completed);
    }

    @Test
    void addingTheSameEventTwiceCountsItOnce() {
        JournalStores.BoundedJournal journal = new JournalStores.BoundedJournal(2);
        ServeEvent e = event("/x");
        journal.add(e);
        journal.add(e);

        assertThat(journal.size()).isEqualTo(1);
        assertThat(journal.getAll()).hasSize(1);
    }

    @Test
    void removeAndClearForgetEvents() {
        JournalStores.BoundedJournal journal = new JournalStores.BoundedJournal(5);
        ServeEvent a = event("/a");
        ServeEvent b = event("/b");
        journal.add(a);
        journal.add(b);

        journal.remove(a.getId());
        journal.remove(UUID.randomUUID()); // unknown: nothing happens

        assertThat(journal.size()).isEqualTo(1);
        assertThat(journal.getAll()).containsExactly(b);
        journal.clear();
        assertThat(journal.size()).isZero();
        assertThat(journal.getAll()).isEmpty();
    }
}
