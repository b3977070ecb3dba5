package io.github.tctestkit.assertions.internal;

import static io.github.tctestkit.assertions.internal.ShouldBeEnvelope.shouldBeEnvelope;
import static io.github.tctestkit.assertions.internal.ShouldBeJson.shouldBeJsonOfType;
import static io.github.tctestkit.assertions.internal.ShouldHaveFailed.shouldHaveFailed;
import static io.github.tctestkit.assertions.internal.ShouldHaveHttpStatus.shouldHaveHttpStatus;
import static io.github.tctestkit.assertions.internal.ShouldHaveRequestId.shouldHaveUuidRequestId;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.presentation.StandardRepresentation.STANDARD_REPRESENTATION;

import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Test;

/** Pins the factories' texts on their own, with AssertJ's description prefix. */
class ErrorMessageFactories_create_Test {

    private static final TextDescription TEST = new TextDescription("TEST");

    @Test
    void should_create_should_have_failed_with_the_description_prefix() {
        // WHEN
        String message = shouldHaveFailed("the call", "error code", "\"InternalError\"", "%n<context>")
                .create(TEST, STANDARD_REPRESENTATION);
        // THEN: arguments are not formatted again, so a % in them stays as it is
        then(message)
                .isEqualTo(String.format("[TEST] %nExpecting the call to have failed with error code:%n"
                        + "  \"InternalError\"%nbut it succeeded.%%n<context>"));
    }

    @Test
    void should_create_should_have_uuid_request_id() {
        then(shouldHaveUuidRequestId("the SDK call", "\"\"", "").create(TEST, STANDARD_REPRESENTATION))
                .isEqualTo(String.format("[TEST] %nExpecting RequestId of the SDK call:%n  \"\"%n"
                        + "to be a UUID in canonical lower-case form, like \"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6\""));
    }

    @Test
    void should_create_should_have_http_status() {
        then(shouldHaveHttpStatus(403, 200, "").create(TEST, STANDARD_REPRESENTATION))
                .isEqualTo(String.format("[TEST] %nExpecting HTTP status of the response:%n  403%nto be:%n  200"));
    }

    @Test
    void should_create_should_be_envelope_and_should_be_json_of_type() {
        then(shouldBeEnvelope("the body", "Not an API 3.0 envelope: the body is empty", "")
                        .create())
                .isEqualTo(String.format("%nExpecting the body to be a Tencent Cloud API 3.0 envelope,%n"
                        + "but it is not:%n  Not an API 3.0 envelope: the body is empty"));
        then(shouldBeJsonOfType("/Response/X", "  true", "a string", "a boolean")
                        .create())
                .isEqualTo(String.format(
                        "%nExpecting JSON value at /Response/X:%n  true%nto be a string, but it is a boolean."));
    }
}
