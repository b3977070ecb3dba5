package io.github.tctestkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void distanceIsTheNumberOfOneCharacterEdits() {
        assertThat(Names.distance("", "")).isZero();
        assertThat(Names.distance("abc", "abc")).isZero();
        assertThat(Names.distance("", "abc")).isEqualTo(3);
        assertThat(Names.distance("abc", "")).isEqualTo(3);
        assertThat(Names.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Names.distance("abc", "acb")).isEqualTo(2);
        assertThat(Names.distance("abcd", "abd")).isEqualTo(1);
    }

    @Test
    void closestIgnoresCaseAndBreaksTiesAlphabetically() {
        List<String> known = List.of("RunInstances", "RenewInstances", "ResetInstance", "StopInstances", "b", "a");
        assertThat(Names.closestList("runinstance", known, 1)).containsExactly("RunInstances");
        assertThat(Names.closestList("z", List.of("b", "a", "c"), 2)).containsExactly("a", "b");
        assertThat(Names.closestList(null, List.of("bb", "a"), 1)).containsExactly("a");
        assertThat(Names.closestList("x", List.of("a"), 5)).containsExactly("a");
        assertThat(Names.closestList("x", List.of("a", "b"), 0)).isEmpty();
        assertThat(Names.closest("RunInstance", known, 2)).isEqualTo("RunInstances, RenewInstances");
    }
}
