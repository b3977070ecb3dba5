package io.github.tctestkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("ErrorCode")
class ErrorCodeTest {

    @ParameterizedTest(name = "InvalidParameter includes {0}: {1}")
    @CsvSource({
        "InvalidParameter, true",
        "InvalidParameter.NotFound, true",
        "InvalidParameter.NotFound.Channel, true",
        "InvalidParameterValue, false",
        "InvalidParameterValue.TooLong, false",
        "InvalidParam, false",
        "invalidparameter, false",
        "invalidParameter.NotFound, false",
        "Other.InvalidParameter, false",
        "InvalidParameter_NotFound, false",
        "'', false",
    })
    void includes(String wireCode, boolean expected) {
        assertThat(CommonError.INVALID_PARAMETER.includes(wireCode)).isEqualTo(expected);
        assertThat(ErrorCode.isKindOf(wireCode, "InvalidParameter")).isEqualTo(expected);
    }

    @Test
    @DisplayName("null is never included, and nothing is a kind of a null or empty parent")
    void nulls() {
        assertThat(CommonError.INVALID_PARAMETER.includes(null)).isFalse();
        assertThat(ErrorCode.isKindOf(null, "InvalidParameter")).isFalse();
        assertThat(ErrorCode.isKindOf("InvalidParameter", null)).isFalse();
        assertThat(ErrorCode.isKindOf("InvalidParameter", "")).isFalse();
        assertThat(ErrorCode.isKindOf("", "")).isFalse();
    }

    @Test
    @DisplayName("includes works across catalogues and with custom codes")
    void includesAcrossCatalogues() {
        assertThat(CommonError.INVALID_PARAMETER.includes(StreamLiveError.INVALID_PARAMETER_NAME.code()))
                .isTrue();
        assertThat(StreamLiveError.INVALID_PARAMETER_STATE.includes("InvalidParameter.StateError"))
                .isFalse();
        assertThat(StreamLiveError.INVALID_PARAMETER_STATE.includes("InvalidParameter.State.Stopped"))
                .isTrue();
        assertThat(ErrorCode.of("FailedOperation").includes("FailedOperation.ChannelBusy"))
                .isTrue();
        assertThat(CommonError.INVALID_PARAMETER_VALUE.includes("InvalidParameter"))
                .isFalse();
    }

    @ParameterizedTest(name = "category of {0} is {1}")
    @CsvSource({
        "AuthFailure.SignatureFailure, AuthFailure",
        "AuthFailure, AuthFailure",
        "InvalidParameter.NotFound.Channel, InvalidParameter",
        "'', ''",
    })
    void categoryOf(String wireCode, String category) {
        assertThat(ErrorCode.categoryOf(wireCode)).isEqualTo(category);
    }

    @Test
    @DisplayName("categoryOf(null) is rejected with a message naming null")
    void categoryOfNull() {
        assertThatThrownBy(() -> ErrorCode.categoryOf(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
    }

    @Test
    @DisplayName("of wraps any valid code with an empty description, compares by value and prints the code")
    void ofWraps() {
        ErrorCode code = ErrorCode.of("FailedOperation.ChannelBusy");
        assertThat(code.code()).isEqualTo("FailedOperation.ChannelBusy");
        assertThat(code.description()).isEmpty();
        assertThat(code.category()).isEqualTo("FailedOperation");
        assertThat(code).hasToString("FailedOperation.ChannelBusy");
        assertThat(code).isEqualTo(ErrorCode.of("FailedOperation.ChannelBusy"));
        assertThat(code.hashCode())
                .isEqualTo(ErrorCode.of("FailedOperation.ChannelBusy").hashCode());
        assertThat(ErrorCode.of("X.Y", "why").description()).isEqualTo("why");
        assertThat(ErrorCode.of("Ünïcödé.码").code()).isEqualTo("Ünïcödé.码");
    }

    static Stream<Arguments> invalidCodes() {
        return Stream.of(
                Arguments.of(Named.of("null", null), "null"),
                Arguments.of(Named.of("empty", ""), "blank"),
                Arguments.of(Named.of("blank", "   "), "blank"),
                Arguments.of(Named.of("a space inside", "Auth Failure"), "white space"),
                Arguments.of(Named.of("a leading space", " InvalidParameter"), "white space"),
                Arguments.of(Named.of("a trailing newline", "InvalidParameter\n"), "white space"),
                Arguments.of(Named.of("a tab", "Invalid\tParameter"), "white space"),
                Arguments.of(Named.of("an em space", "Invalid\u2003Parameter"), "white space"),
                Arguments.of(Named.of("a no-break space", "Invalid\u00a0Parameter"), "white space"));
    }

    @ParameterizedTest(name = "of rejects {0}")
    @MethodSource("invalidCodes")
    void ofRejects(String code, String problem) {
        assertThatThrownBy(() -> ErrorCode.of(code))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("error code")
                .hasMessageContaining(problem);
        assertThatThrownBy(() -> ErrorCode.of(code, "description"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(problem);
        assertThatThrownBy(() -> ApiError.of(code, "message"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(problem);
    }

    @Test
    @DisplayName("of rejects a null description, naming the code")
    void ofRejectsNullDescription() {
        assertThatThrownBy(() -> ErrorCode.of("X.Y", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("description")
                .hasMessageContaining("\"X.Y\"")
                .hasMessageContaining("null");
    }
}
