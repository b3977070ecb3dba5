package io.github.tctestkit.wiremock.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The ranked creation order behind paging: every page is the model list's sub-list, through growth and compaction. */
class RanksTest {

    @Test
    void pagesOfAnEmptyOrShortStore() {
        Space.Ranks r = new Space.Ranks();
        assertThat(r.page(0, 10)).isEmpty();
        r.add("a");
        r.add("b");
        r.add("c");
        assertThat(r.page(0, 10)).containsExactly("a", "b", "c");
        assertThat(r.page(1, 1)).containsExactly("b");
        assertThat(r.page(3, 10)).isEmpty();
        assertThat(r.page(0, 0)).isEmpty();
        r.remove("b");
        r.remove("b"); // twice: once
        r.remove("unknown");
        assertThat(r.live()).isEqualTo(2);
        assertThat(r.page(1, 10)).containsExactly("c");
    }

    @RepeatedTest(20)
    void randomAddsAndRemovesPageAsTheModelDoes(RepetitionInfo run) {
        long seed = System.nanoTime() + run.getCurrentRepetition();
        Random random = new Random(seed);
        Space.Ranks r = new Space.Ranks();
        List<String> model = new ArrayList<>();
        int next = 0;
        for (int step = 0; step < 20_000; step++) {
            if (model.isEmpty() || random.nextInt(100) < 55) {
                String id = "id-" + next++;
                r.add(id);
                model.add(id);
            } else {
                String id = model.remove(random.nextInt(model.size()));
                r.remove(id);
            }
            if (step % 97 == 0) {
                int offset = model.isEmpty() ? 0 : random.nextInt(model.size() + 2);
                int limit = random.nextInt(25);
                List<String> expected = offset >= model.size()
                        ? List.of()
                        : model.subList(offset, Math.min(model.size(), offset + limit));
                assertThat(r.page(offset, limit))
                        .as("seed %d, step %d, offset %d, limit %d", seed, step, offset, limit)
                        .containsExactlyElementsOf(expected);
                assertThat(r.live()).isEqualTo(model.size());
            }
        }
    }

    @Test
    void compactionAfterManyRemovalsKeepsTheOrder() {
        Space.Ranks r = new Space.Ranks();
        for (int i = 0; i < 5_000; i++) {
            r.add("i" + i);
        }
        for (int i = 0; i < 5_000; i++) {
            if (i % 10 != 0) {
                r.remove("i" + i); // 4,500 empty slots: compacted on the way
            }
        }
        assertThat(r.live()).isEqualTo(500);
        assertThat(r.page(0, 3)).containsExactly("i0", "i10", "i20");
        assertThat(r.page(498, 5)).containsExactly("i4980", "i4990");
        r.add("new");
        assertThat(r.page(500, 1)).containsExactly("new");
    }
}
