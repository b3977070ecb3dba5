package io.github.tctestkit.assertions;

import static io.github.tctestkit.assertions.Fixtures.expectAssertionError;
import static io.github.tctestkit.assertions.Fixtures.lines;
import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.tctestkit.core.ApiError;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.StreamLiveError;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ApiErrorAssert_Test {

    private static final ApiError NOT_FOUND = ApiError.of("InvalidParameter.NotFound", "Not found.");

    @Test
    void should_pass_on_matching_code_category_and_message() {
        assertThat(NOT_FOUND)
                .failedWith(StreamLiveError.INVALID_PARAMETER_NOT_FOUND)
                .failedWith("InvalidParameter.NotFound")
                .failedWithCategory("InvalidParameter")
                .hasErrorMessage("Not found.")
                .hasErrorMessageContaining("found");
    }

    @Test
    void should_fail_on_another_code_without_envelope_when_asserted_on_its_own() {
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(NOT_FOUND).failedWith(CommonError.INVALID_PARAMETER));
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting the call to have failed with error code:
                          "InvalidParameter" (A parameter is wrong.)
                        but it failed with error:
                          code:    "InvalidParameter.NotFound" (The referenced item was not found.)
                          message: "Not found.\""""));
        then(((AssertionFailedError) error).getActual().getValue()).isEqualTo("InvalidParameter.NotFound");
    }

    @Test
    void should_fail_on_another_wire_code() {
        expectAssertionError(() -> assertThat(NOT_FOUND).failedWith("InvalidParameter"));
    }

    @Test
    void should_fail_on_another_category() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(NOT_FOUND).failedWithCategory("AuthFailure"));
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting the call to have failed with an error code in category:
                          "AuthFailure"
                        but it failed with error:
                          code:    "InvalidParameter.NotFound" (The referenced item was not found.)
                          message: "Not found.\""""));
    }

    @Test
    void should_fail_on_another_message() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(NOT_FOUND).hasErrorMessage("not found"));
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting error message of the call:
                          "Not found."
                        to be:
                          "not found\""""));
        then(((AssertionFailedError) error).getExpected().getValue()).isEqualTo("not found");
    }

    @Test
    void should_fail_when_the_message_lacks_the_text() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(NOT_FOUND).hasErrorMessageContaining("Gone"));
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting error message of the call:
                          "Not found."
                        to contain:
                          "Gone\""""));
    }

    @Test
    void should_fail_on_null() {
        expectAssertionError(() -> assertThat((ApiError) null).failedWithCategory("AuthFailure"));
    }
}
