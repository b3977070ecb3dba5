package io.github.tctestkit.assertions;

import static io.github.tctestkit.assertions.Fixtures.ERROR_CONTEXT;
import static io.github.tctestkit.assertions.Fixtures.SUCCESS_CONTEXT;
import static io.github.tctestkit.assertions.Fixtures.expectAssertionError;
import static io.github.tctestkit.assertions.Fixtures.failure;
import static io.github.tctestkit.assertions.Fixtures.lines;
import static io.github.tctestkit.assertions.Fixtures.success;
import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ApiResponseAssert_errorMessage_Test {

    private static final String MESSAGE =
            "The provided credentials could not be validated. Please ensure your signature is correct.";

    @Test
    void should_pass_on_the_exact_message() {
        assertThat(failure()).hasErrorMessage(MESSAGE);
    }

    @Test
    void should_fail_on_another_message_with_a_diffable_error() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(failure()).hasErrorMessage("Signature expired."));
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting error message of the call:
                          "The provided credentials could not be validated. Please ensure your signature is correct."
                        to be:
                          "Signature expired."
                        """ + ERROR_CONTEXT));
        AssertionFailedError diff = (AssertionFailedError) error;
        then(diff.getActual().getValue()).isEqualTo(MESSAGE);
        then(diff.getExpected().getValue()).isEqualTo("Signature expired.");
    }

    @Test
    void should_fail_on_a_success() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(success()).hasErrorMessage("Not found."));
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting the call to have failed with error message:
                          "Not found."
                        but it succeeded.
                        """ + SUCCESS_CONTEXT));
    }

    @Test
    void should_pass_when_the_message_contains_the_text() {
        assertThat(failure()).hasErrorMessageContaining("signature is correct");
    }

    @Test
    void should_fail_when_the_message_lacks_the_text() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(failure()).hasErrorMessageContaining("expired"));
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting error message of the call:
                          "The provided credentials could not be validated. Please ensure your signature is correct."
                        to contain:
                          "expired"
                        """ + ERROR_CONTEXT));
    }

    @Test
    void should_fail_containing_on_a_success() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(success()).hasErrorMessageContaining("x"));
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting the call to have failed with an error message containing:
                          "x"
                        but it succeeded.
                        """ + SUCCESS_CONTEXT));
    }
}
