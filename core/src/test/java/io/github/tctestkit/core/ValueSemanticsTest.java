package io.github.tctestkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** equals and hashCode by value, with examples (the jqwik properties cover the same ground more slowly). */
class ValueSemanticsTest {

    static ApiResponse envelope(String fields) {
        return ApiResponse.parse("{\"Response\":{\"RequestId\":\"r\"" + fields + "}}");
    }

    @Test
    void numbersEqualByValueGiveEqualEnvelopesAndEqualHashes() {
        ApiResponse integer = envelope(",\"N\":1");
        ApiResponse decimal = envelope(",\"N\":1.0");
        ApiResponse padded = envelope(",\"N\":1.000");

        assertThat(decimal).isEqualTo(integer).hasSameHashCodeAs(integer);
        assertThat(padded).isEqualTo(integer).hasSameHashCodeAs(integer);
        assertThat(envelope(",\"N\":1.5")).isNotEqualTo(integer);
        assertThat(envelope(",\"A\":1,\"B\":[1.0,{\"C\":2}]"))
                .isEqualTo(envelope(",\"B\":[1,{\"C\":2.00}],\"A\":1.0"))
                .hasSameHashCodeAs(envelope(",\"B\":[1,{\"C\":2.00}],\"A\":1.0"));
    }

    @Test
    void differentEnvelopesSpreadTheirHashes() {
        List<ApiResponse> distinct = List.of(
                ApiResponse.parse("{\"Response\":{\"RequestId\":\"s\"}}"),
                envelope(""),
                envelope(",\"N\":1"),
                envelope(",\"N\":2"),
                envelope(",\"N\":1,\"M\":1"),
                envelope(",\"N\":1,\"M\":2"),
                envelope(",\"A\":[]"),
                envelope(",\"A\":[1,2]"),
                envelope(",\"A\":[2,1]"),
                envelope(",\"A\":[1,2,3]"),
                envelope(",\"O\":{\"X\":1}"),
                envelope(",\"O\":{\"Y\":1}"),
                envelope(",\"O\":{\"X\":2}"),
                envelope(",\"S\":\"text\""));

        Set<Integer> hashes = distinct.stream().map(ApiResponse::hashCode).collect(Collectors.toSet());

        assertThat(hashes).hasSameSizeAs(distinct);
        assertThat(Set.copyOf(distinct)).hasSameSizeAs(distinct);
    }

    @Test
    void apiErrorsHashByCodeAndMessage() {
        ApiError error = ApiError.of("InternalError", "boom");

        assertThat(ApiError.of("InternalError", "boom")).isEqualTo(error).hasSameHashCodeAs(error);
        assertThat(Set.of(
                        error.hashCode(),
                        ApiError.of("InternalError", "other").hashCode(),
                        ApiError.of("LimitExceeded", "boom").hashCode()))
                .hasSize(3);
    }
}
