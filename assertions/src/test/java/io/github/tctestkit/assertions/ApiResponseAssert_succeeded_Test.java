package io.github.tctestkit.assertions;

import static io.github.tctestkit.assertions.Fixtures.ERROR_BLOCK;
import static io.github.tctestkit.assertions.Fixtures.ERROR_CONTEXT;
import static io.github.tctestkit.assertions.Fixtures.expectAssertionError;
import static io.github.tctestkit.assertions.Fixtures.failure;
import static io.github.tctestkit.assertions.Fixtures.lines;
import static io.github.tctestkit.assertions.Fixtures.success;
import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.tctestkit.core.ApiResponse;
import org.junit.jupiter.api.Test;

class ApiResponseAssert_succeeded_Test {

    @Test
    void should_pass_on_a_success_envelope() {
        // GIVEN
        ApiResponse response = success();
        // WHEN / THEN
        then(assertThat(response).succeeded().actual()).isSameAs(response);
    }

    @Test
    void should_fail_on_an_error_envelope_showing_code_message_request_id_and_envelope() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(failure()).succeeded());
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting the call to have succeeded,
                        but it failed with error:
                        """ + ERROR_BLOCK + "\n" + ERROR_CONTEXT));
    }

    @Test
    void should_start_the_stack_trace_at_the_caller() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(failure()).failedWith("InternalError"));
        // THEN
        then(error.getStackTrace()[0].getClassName()).startsWith(getClass().getName());
    }

    @Test
    void should_honour_an_overriding_error_message() {
        // WHEN
        AssertionError error = expectAssertionError(
                () -> assertThat(failure()).withFailMessage("custom %s", "text").failedWith("InternalError"));
        // THEN
        then(error).hasMessage("custom text");
    }

    @Test
    void should_fail_on_null() {
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat((ApiResponse) null).succeeded());
        // THEN
        then(error).hasMessage(lines("\nExpecting actual not to be null"));
    }

    @Test
    void should_prefix_the_description_given_with_as() {
        // WHEN
        AssertionError error = expectAssertionError(
                () -> assertThat(failure()).as("DescribeStreamLiveChannels").succeeded());
        // THEN
        then(error).hasMessage(lines("[DescribeStreamLiveChannels] \n" + """
                        Expecting the call to have succeeded,
                        but it failed with error:
                        """ + ERROR_BLOCK + "\n" + ERROR_CONTEXT));
    }
}
