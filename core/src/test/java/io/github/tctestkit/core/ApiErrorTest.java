package io.github.tctestkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ApiError")
class ApiErrorTest {

    @Test
    @DisplayName("exposes code, message and category and compares by value")
    void accessors() {
        ApiError error = ApiError.of("AuthFailure.SignatureFailure", "bad signature");
        assertThat(error.code()).isEqualTo("AuthFailure.SignatureFailure");
        assertThat(error.message()).isEqualTo("bad signature");
        assertThat(error.category()).isEqualTo("AuthFailure");
        assertThat(error).hasToString("AuthFailure.SignatureFailure: bad signature");
        assertThat(error).isEqualTo(ApiError.of("AuthFailure.SignatureFailure", "bad signature"));
        assertThat(error.hashCode())
                .isEqualTo(ApiError.of("AuthFailure.SignatureFailure", "bad signature")
                        .hashCode());
        assertThat(error).isNotEqualTo(ApiError.of("AuthFailure.SignatureFailure", "other"));
        assertThat(error).isNotEqualTo(ApiError.of("AuthFailure.TokenFailure", "bad signature"));
        assertThat(ApiError.of("InternalError", "").message()).isEmpty();
    }

    @Test
    @DisplayName("is compares the exact code only")
    void is() {
        ApiError error = ApiError.of("InvalidParameter.NotFound", "m");
        assertThat(error.is(StreamLiveError.INVALID_PARAMETER_NOT_FOUND)).isTrue();
        assertThat(error.is(CommonError.INVALID_PARAMETER)).isFalse();
        assertThat(error.is(null)).isFalse();
    }

    @Test
    @DisplayName("errorCode prefers CommonError, then StreamLiveError, then a plain wrapper")
    void errorCode() {
        assertThat(ApiError.of("InternalError", "m").errorCode()).isSameAs(CommonError.INTERNAL_ERROR);
        assertThat(ApiError.of("InvalidParameter.ChannelId", "m").errorCode())
                .isSameAs(StreamLiveError.INVALID_PARAMETER_CHANNEL_ID);
        ErrorCode other = ApiError.of("FailedOperation.ChannelBusy", "m").errorCode();
        assertThat(other.code()).isEqualTo("FailedOperation.ChannelBusy");
        assertThat(other.description()).isEmpty();
    }

    @Test
    @DisplayName("of rejects a null message, naming the code")
    void nullMessage() {
        assertThatThrownBy(() -> ApiError.of("InternalError", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("message")
                .hasMessageContaining("\"InternalError\"");
    }
}
