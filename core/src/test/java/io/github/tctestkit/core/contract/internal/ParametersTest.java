package io.github.tctestkit.core.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tctestkit.core.internal.Json;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Parameters")
class ParametersTest {

    static Map<String, String> form(String... keyValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            form.put(keyValues[i], keyValues[i + 1]);
        }
        return form;
    }

    @Test
    @DisplayName("unflatten: numeric segments are list indexes, leaves are text, order kept")
    void unflatten() {
        assertThat(Parameters.unflatten(form(
                                "Name", "n",
                                "AttachedInputs.0.Id", "x",
                                "AttachedInputs.0.AudioSelectors.0.Name", "a",
                                "AttachedInputs.1.Id", "y",
                                "SecurityGroupIds.0", "a",
                                "SecurityGroupIds.1", "b",
                                "Plan.EventName", "e",
                                "0", "zero"))
                        .toString())
                .isEqualTo("{\"Name\":\"n\",\"AttachedInputs\":[{\"Id\":\"x\",\"AudioSelectors\":[{\"Name\":\"a\"}]},"
                        + "{\"Id\":\"y\"}],\"SecurityGroupIds\":[\"a\",\"b\"],\"Plan\":{\"EventName\":\"e\"},"
                        + "\"0\":\"zero\"}");
        assertThat(Parameters.unflatten(form("L.1", "b", "L.0", "a")).toString())
                .isEqualTo("{\"L\":[\"a\",\"b\"]}");
        assertThat(Parameters.unflatten(form("L.2", "c", "L.0.A", "a", "X", "1"))
                        .toString())
                .isEqualTo("{\"L\":[{\"A\":\"a\"},null,\"c\"],\"X\":\"1\"}");
        assertThat(Parameters.unflatten(form("L.1.A", "a", "L.0.B", "b", "L.1.C", "c"))
                        .toString())
                .isEqualTo("{\"L\":[{\"B\":\"b\"},{\"A\":\"a\",\"C\":\"c\"}]}");
        assertThat(Parameters.unflatten(new HashMap<>()).isEmpty()).isTrue();
        Map<String, String> withNull = new HashMap<>();
        withNull.put("A", null);
        assertThat(Parameters.unflatten(withNull).toString()).isEqualTo("{\"A\":null}");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "A..B|x|parameter name \"A..B\" has an empty segment",
                "A.|x|parameter name \"A.\" has an empty segment",
                ".A|x|parameter name \".A\" has an empty segment",
                "L.2|x|parameter \"L.2\" has list index 2, but 2 parameters cannot fill a list that long",
                "L.9999999999|x|parameter \"L.9999999999\" has list index 9999999999, but 2 parameters cannot fill",
            })
    @DisplayName("unflatten refuses malformed names")
    void malformed(String key, String value, String message) {
        assertThatThrownBy(() -> Parameters.unflatten(form("Z", "z", key, value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    @DisplayName("unflatten refuses keys that disagree on a place's shape")
    void conflicts() {
        assertThatThrownBy(() -> Parameters.unflatten(form("A", "x", "A.0", "y")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter \"A.0\" conflicts with another parameter that gives the same place a value");
        assertThatThrownBy(() -> Parameters.unflatten(form("A.0", "y", "A", "x")))
                .hasMessage("parameter \"A\" conflicts with another parameter that gives the same place another shape");
        assertThatThrownBy(() -> Parameters.unflatten(form("A.0", "y", "A.B", "x")))
                .hasMessage(
                        "parameter \"A.B\" conflicts with another parameter that gives the same place another shape");
        assertThatThrownBy(() -> Parameters.unflatten(form("A.0", "y", "A.00", "x")))
                .hasMessage("parameter \"A.00\" conflicts with another parameter that gives the same place a value");
        assertThatThrownBy(() -> Parameters.unflatten(form("A.0.B", "y", "A.0", "x")))
                .hasMessage(
                        "parameter \"A.0\" conflicts with another parameter that gives the same place another shape");
        assertThatThrownBy(() -> Parameters.unflatten(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameters must not be null");
        Map<String, String> nullKey = new HashMap<>();
        nullKey.put(null, "x");
        assertThatThrownBy(() -> Parameters.unflatten(nullKey))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a parameter name must not be null");
    }

    @Test
    @DisplayName("flatten writes what the SDKs send and round-trips with unflatten")
    void flatten() throws Exception {
        var tree = Json.STRICT.readTree("{\"A\":[{\"Id\":\"x\",\"N\":1.5,\"B\":true,\"Z\":null}],\"S\":[\"a\",\"b\"],"
                + "\"E\":[],\"O\":{},\"P\":{\"Q\":7}}");
        Map<String, String> flat = Parameters.flatten(tree);
        assertThat(flat)
                .containsExactly(
                        Map.entry("A.0.Id", "x"),
                        Map.entry("A.0.N", "1.5"),
                        Map.entry("A.0.B", "true"),
                        Map.entry("S.0", "a"),
                        Map.entry("S.1", "b"),
                        Map.entry("P.Q", "7"));
        assertThat(Parameters.unflatten(flat).toString())
                .isEqualTo(
                        "{\"A\":[{\"Id\":\"x\",\"N\":\"1.5\",\"B\":\"true\"}],\"S\":[\"a\",\"b\"],\"P\":{\"Q\":\"7\"}}");
        assertThatThrownBy(() -> Parameters.flatten(Json.STRICT.readTree("[1]")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("only an object can be flattened, not [1]");
        assertThatThrownBy(() -> Parameters.flatten(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("only an object can be flattened, not null");
    }
}
