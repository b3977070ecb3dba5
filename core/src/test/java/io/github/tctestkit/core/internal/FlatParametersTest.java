package io.github.tctestkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("FlatParameters")
class FlatParametersTest {

    @Test
    @DisplayName("flatten writes what the SDKs send and round-trips with unflatten")
    void flatten() throws Exception {
        var tree = Json.STRICT.readTree("{\"A\":[{\"Id\":\"x\",\"N\":1.5,\"B\":true,\"Z\":null}],\"S\":[\"a\",\"b\"],"
                + "\"E\":[],\"O\":{},\"P\":{\"Q\":7}}");
        Map<String, String> flat = FlatParameters.flatten(tree);
        assertThat(flat)
                .containsExactly(
                        Map.entry("A.0.Id", "x"),
                        Map.entry("A.0.N", "1.5"),
                        Map.entry("A.0.B", "true"),
                        Map.entry("S.0", "a"),
                        Map.entry("S.1", "b"),
                        Map.entry("P.Q", "7"));
        assertThat(FlatParameters.unflatten(flat.entrySet(), java.util.List.of())
                        .tree()
                        .toString())
                .isEqualTo(
                        "{\"A\":[{\"Id\":\"x\",\"N\":\"1.5\",\"B\":\"true\"}],\"S\":[\"a\",\"b\"],\"P\":{\"Q\":\"7\"}}");
        assertThatThrownBy(() -> FlatParameters.flatten(Json.STRICT.readTree("[1]")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("only an object can be flattened, not [1]");
        assertThatThrownBy(() -> FlatParameters.flatten(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("only an object can be flattened, not null");
    }
}
