package io.github.tctestkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("ErrorCatalogue")
class ErrorCatalogueTest {

    enum Twice implements ErrorCode {
        FIRST("FailedOperation.Busy"),
        SECOND("FailedOperation.Busy");

        private final String code;

        Twice(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String description() {
            return "test";
        }
    }

    @Test
    @DisplayName("find is exact and case-sensitive")
    void findIsExact() {
        assertThat(CommonError.catalogue().find("AuthFailure.SignatureFailure"))
                .contains(CommonError.AUTH_SIGNATURE_FAILURE);
        assertThat(CommonError.catalogue().find("authfailure.signaturefailure")).isEmpty();
        assertThat(CommonError.catalogue().find("InvalidParameter.NotFound")).isEmpty();
        assertThat(CommonError.catalogue().find(" InvalidParameter")).isEmpty();
        assertThat(CommonError.catalogue().find(null)).isEmpty();
        assertThat(CommonError.fromCode("")).isEmpty();
        assertThat(StreamLiveError.fromCode("InvalidParameter.NotFound"))
                .contains(StreamLiveError.INVALID_PARAMETER_NOT_FOUND);
    }

    @ParameterizedTest(name = "CommonError.closest({0}) = {1}")
    @CsvSource({
        "InvalidParameter.NotFound, INVALID_PARAMETER",
        "InvalidParameter.NotFound.Channel, INVALID_PARAMETER",
        "InvalidParameter, INVALID_PARAMETER",
        "InvalidParameterValue.TooLong, INVALID_PARAMETER_VALUE",
        "AuthFailure.SignatureFailure, AUTH_SIGNATURE_FAILURE",
        "AuthFailure.SignatureFailure.Extra, AUTH_SIGNATURE_FAILURE",
        "ResourceNotFound.Channel, RESOURCE_NOT_FOUND",
        "FailedOperation.ChannelBusy, FAILED_OPERATION",
    })
    void closestInCommon(String wireCode, CommonError expected) {
        assertThat(CommonError.catalogue().closest(wireCode)).contains(expected);
    }

    @ParameterizedTest(name = "StreamLiveError.closest({0}) = {1}")
    @CsvSource({
        "InvalidParameter.NotFound, INVALID_PARAMETER_NOT_FOUND",
        "InvalidParameter.NotFound.Channel, INVALID_PARAMETER_NOT_FOUND",
        "InvalidParameter.StateError.Running, INVALID_PARAMETER_STATE_ERROR",
        "InvalidParameter.Unheard, INVALID_PARAMETER",
        "InternalError.Database, INTERNAL_ERROR",
    })
    void closestInStreamLive(String wireCode, StreamLiveError expected) {
        assertThat(StreamLiveError.catalogue().closest(wireCode)).contains(expected);
    }

    @ParameterizedTest(name = "CommonError.closest({0}) is empty")
    @NullAndEmptySource
    @ValueSource(
            strings = {"AuthFailure.Future", "AuthFailure", "InvalidParam", "Invalid", "Unknown.Code", ".", "x.y.z"})
    void closestFindsNothing(String wireCode) {
        assertThat(CommonError.catalogue().closest(wireCode)).isEmpty();
    }

    @Test
    @DisplayName("an unknown AuthFailure sub-code has no entry but its category is known")
    void unknownAuthFailureSubCode() {
        String code = "AuthFailure.Future";
        assertThat(CommonError.catalogue().closest(code)).isEmpty();
        assertThat(ErrorCode.categoryOf(code)).isEqualTo("AuthFailure");
        assertThat(CommonError.catalogue().categories()).contains(ErrorCode.categoryOf(code));
        assertThat(CommonError.catalogue().inCategory(ErrorCode.categoryOf(code)))
                .hasSize(7);
        assertThat(ApiError.of(code, "m").errorCode().description()).isEmpty();
    }

    @Test
    @DisplayName("closest on StreamLive's InvalidParameter.NotFound is exact, on CommonError it is the parent")
    void closestDependsOnTheCatalogue() {
        String code = StreamLiveError.INVALID_PARAMETER_NOT_FOUND.code();
        assertThat(StreamLiveError.catalogue().closest(code)).contains(StreamLiveError.INVALID_PARAMETER_NOT_FOUND);
        assertThat(CommonError.catalogue().closest(code)).contains(CommonError.INVALID_PARAMETER);
    }

    @Test
    @DisplayName("all, categories and inCategory are in declaration order and unmodifiable")
    void collections() {
        ErrorCatalogue<CommonError> catalogue = CommonError.catalogue();
        assertThat(catalogue.all()).containsExactly(CommonError.values());
        assertThat(catalogue.categories()).first().isEqualTo("AuthFailure");
        assertThat(catalogue.categories()).last().isEqualTo("UnsupportedRegion");
        assertThatThrownBy(() -> catalogue.all().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> catalogue.categories().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> catalogue.inCategory("AuthFailure").clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(catalogue.inCategory(null)).isEmpty();
        assertThat(catalogue.all()).hasSize(26);
    }

    @Test
    @DisplayName("type, size, toEnumSet and toString describe the enum")
    void metadata() {
        ErrorCatalogue<StreamLiveError> catalogue = StreamLiveError.catalogue();
        assertThat(catalogue.type()).isEqualTo(StreamLiveError.class);
        assertThat(catalogue.size()).isEqualTo(30);
        EnumSet<StreamLiveError> set = catalogue.toEnumSet();
        assertThat(set).hasSize(30);
        set.clear();
        assertThat(catalogue.toEnumSet()).hasSize(30);
        assertThat(catalogue).hasToString("ErrorCatalogue[StreamLiveError, 30 codes]");
        assertThat(ErrorCatalogue.of(CommonError.class).all())
                .isEqualTo(CommonError.catalogue().all());
    }

    @Test
    @DisplayName("of rejects null and an enum listing a code twice, naming both constants")
    void ofRejectsBadEnums() {
        assertThatThrownBy(() -> ErrorCatalogue.of(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
        assertThatThrownBy(() -> ErrorCatalogue.of(Twice.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"FailedOperation.Busy\"")
                .hasMessageContaining("twice")
                .hasMessageContaining("FIRST")
                .hasMessageContaining("SECOND");
    }
}
