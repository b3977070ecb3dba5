package io.github.tctestkit.assertions;

import static io.github.tctestkit.assertions.Fixtures.SUCCESS_CONTEXT;
import static io.github.tctestkit.assertions.Fixtures.expectAssertionError;
import static io.github.tctestkit.assertions.Fixtures.failure;
import static io.github.tctestkit.assertions.Fixtures.lines;
import static io.github.tctestkit.assertions.Fixtures.success;
import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.tctestkit.core.ApiResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.AssertionFailedError;

class ApiResponseAssert_requestId_Test {

    @Test
    void should_pass_on_the_request_ids_of_the_seed_envelopes() {
        assertThat(success()).hasRequestId("b5b41468-520d-4192-b42f-595cc34b6c1c");
        assertThat(failure()).hasRequestId("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6");
    }

    @Test
    void should_fail_on_another_request_id_with_a_diffable_error() {
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(success()).hasRequestId("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"));
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting RequestId of the call:
                          "b5b41468-520d-4192-b42f-595cc34b6c1c"
                        to be:
                          "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"
                        """ + SUCCESS_CONTEXT));
        AssertionFailedError diff = (AssertionFailedError) error;
        then(diff.getActual().getValue()).isEqualTo("b5b41468-520d-4192-b42f-595cc34b6c1c");
        then(diff.getExpected().getValue()).isEqualTo("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6");
    }

    @Test
    void should_pass_on_uuid_request_ids() {
        assertThat(success()).hasUuidRequestId();
        assertThat(failure()).hasUuidRequestId();
        assertThat(ApiResponse.ofSuccess()).hasUuidRequestId();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "req-1",
                "B5B41468-520D-4192-B42F-595CC34B6C1C",
                "b5b41468520d4192b42f595cc34b6c1c",
                "b5b41468-520d-4192-b42f-595cc34b6c1c "
            })
    void should_fail_on_request_ids_that_are_not_canonical_uuids(String requestId) {
        expectAssertionError(
                () -> assertThat(success().withRequestId(requestId)).hasUuidRequestId());
    }

    @Test
    void should_fail_on_a_non_uuid_request_id_with_the_pinned_message() {
        // WHEN
        AssertionError error = expectAssertionError(
                () -> assertThat(ApiResponse.ofSuccess().withRequestId("req-1")).hasUuidRequestId());
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting RequestId of the call:
                          "req-1"
                        to be a UUID in canonical lower-case form, like "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"
                        RequestId: "req-1"
                        Envelope:
                          {
                            "Response" : {
                              "RequestId" : "req-1"
                            }
                          }"""));
    }
}
