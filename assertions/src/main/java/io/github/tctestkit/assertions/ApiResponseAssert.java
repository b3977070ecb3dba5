package io.github.tctestkit.assertions;

import static io.github.tctestkit.assertions.error.ShouldBindPayload.shouldBindPayload;
import static io.github.tctestkit.assertions.error.ShouldHaveErrorCode.shouldHaveErrorCode;
import static io.github.tctestkit.assertions.error.ShouldHaveErrorMessage.shouldHaveErrorMessage;
import static io.github.tctestkit.assertions.error.ShouldHaveErrorMessage.shouldHaveErrorMessageContaining;
import static io.github.tctestkit.assertions.error.ShouldHaveFailed.shouldHaveFailed;
import static io.github.tctestkit.assertions.error.ShouldHaveJsonValue.shouldHaveField;
import static io.github.tctestkit.assertions.error.ShouldHaveJsonValue.shouldHaveValueAt;
import static io.github.tctestkit.assertions.error.ShouldHaveRequestId.shouldHaveRequestId;
import static io.github.tctestkit.assertions.error.ShouldHaveRequestId.shouldHaveUuidRequestId;
import static io.github.tctestkit.assertions.error.ShouldHaveSucceeded.shouldHaveSucceeded;
import static io.github.tctestkit.assertions.internal.Texts.quote;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tctestkit.assertions.internal.Failing;
import io.github.tctestkit.assertions.internal.Jsons;
import io.github.tctestkit.assertions.internal.Texts;
import io.github.tctestkit.core.ApiError;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.ErrorCode;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Assertions on a Tencent Cloud API 3.0 response envelope ({@link ApiResponse}).
 *
 * <p>Get one from {@link TencentCloudAssertions#assertThat(ApiResponse)}, {@link
 * TencentCloudAssertions#assertThatEnvelope(String)} or, soft, from {@link TencentCloudSoftAssertions}.
 *
 * <pre>{@code
 * assertThat(response).failedWith(CommonError.AUTH_SIGNATURE_FAILURE).hasUuidRequestId();
 * assertThat(response).succeeded().field("TotalCount").asLong().isZero();
 * }</pre>
 *
 * <p>Every failure message shows what was expected, the actual code and message, the RequestId and the whole
 * envelope, pretty-printed. Where a value is compared (codes, messages, RequestIds) the error carries actual and
 * expected values, so IDEs offer a diff.
 *
 * <p>The class is not final and its constructor is public so that AssertJ's soft assertions can proxy it.
 */
public class ApiResponseAssert extends AbstractAssert<ApiResponseAssert, ApiResponse> {

    static final String SUBJECT = "the call";

    /** Set by the soft-assertion provider so that navigation returns soft asserts too. */
    SoftAssertionsProvider softly;

    /**
     * Creates the assert. Prefer {@link TencentCloudAssertions#assertThat(ApiResponse)}.
     *
     * @param actual the envelope under test
     */
    public ApiResponseAssert(ApiResponse actual) {
        super(actual, ApiResponseAssert.class);
    }

    /**
     * Verifies that the call succeeded: the envelope has no {@code Error}.
     *
     * <pre>{@code
     * // passes
     * assertThat(ApiResponse.parse("{\"Response\":{\"TotalCount\":0,\"RequestId\":\"r-1\"}}")).succeeded();
     * // fails: the call failed with AuthFailure.SignatureFailure
     * assertThat(ApiResponse.ofError(CommonError.AUTH_SIGNATURE_FAILURE)).succeeded();
     * }</pre>
     *
     * @return {@code this} assertion object
     * @throws AssertionError if the envelope is {@code null} or has an {@code Error}
     */
    public ApiResponseAssert succeeded() {
        isNotNull();
        Optional<ApiError> error = actual.error();
        if (error.isPresent()) {
            throw assertionError(shouldHaveSucceeded(
                    SUBJECT, Texts.errorBlock(error.get().code(), error.get().message()), context()));
        }
        return myself;
    }

    /**
     * Verifies that the call failed with exactly the given error code.
     *
     * <pre>{@code
     * ApiResponse response = ApiResponse.ofError(CommonError.AUTH_SIGNATURE_FAILURE);
     * // passes
     * assertThat(response).failedWith(CommonError.AUTH_SIGNATURE_FAILURE);
     * // fails: another code, and a sub-code is not the same code
     * assertThat(response).failedWith(CommonError.AUTH_SIGNATURE_EXPIRE);
     * assertThat(ApiResponse.ofError(StreamLiveError.INVALID_PARAMETER_NOT_FOUND))
     *         .failedWith(CommonError.INVALID_PARAMETER);
     * }</pre>
     *
     * @param expected the expected code
     * @return {@code this} assertion object
     * @throws AssertionError if the envelope is {@code null}, the call succeeded, or its code is another one
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public ApiResponseAssert failedWith(ErrorCode expected) {
        Objects.requireNonNull(expected, "The expected error code should not be null");
        return checkCode(
                "error code",
                Texts.code(expected),
                code -> code.equals(expected.code()),
                code -> code,
                expected.code());
    }

    /**
     * Verifies that the call failed with exactly the given error code, given as it appears on the wire.
     *
     * <pre>{@code
     * // passes
     * assertThat(ApiResponse.ofError("FailedOperation.ChannelBusy", "busy")).failedWith("FailedOperation.ChannelBusy");
     * // fails
     * assertThat(ApiResponse.ofError("FailedOperation.ChannelBusy", "busy")).failedWith("FailedOperation");
     * }</pre>
     *
     * @param expectedCode the expected wire code, for example {@code "AuthFailure.SignatureFailure"}
     * @return {@code this} assertion object
     * @throws AssertionError if the envelope is {@code null}, the call succeeded, or its code is another one
     * @throws IllegalArgumentException if {@code expectedCode} is null, blank or has white space
     */
    public ApiResponseAssert failedWith(String expectedCode) {
        return failedWith(ErrorCode.of(expectedCode));
    }

    /**
     * Verifies that the call failed with the given code or one of its sub-codes: {@code InvalidParameter.NotFound} is
     * a kind of {@code InvalidParameter}, {@code InvalidParameterValue} is not.
     *
     * <pre>{@code
     * // passes
     * assertThat(ApiResponse.ofError(StreamLiveError.INVALID_PARAMETER_NOT_FOUND))
     *         .failedWithKindOf(CommonError.INVALID_PARAMETER);
     * // fails
     * assertThat(ApiResponse.ofError(CommonError.INVALID_PARAMETER_VALUE))
     *         .failedWithKindOf(CommonError.INVALID_PARAMETER);
     * }</pre>
     *
     * @param expected the code whose kind is expected
     * @return {@code this} assertion object
     * @throws AssertionError if the envelope is {@code null}, the call succeeded, or its code is not of that kind
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public ApiResponseAssert failedWithKindOf(ErrorCode expected) {
        Objects.requireNonNull(expected, "The expected error code should not be null");
        return checkCode(
                "an error code of kind",
                Texts.code(expected) + " or one of its sub-codes " + quote(expected.code() + ".*"),
                expected::includes,
                code -> code,
                expected.code());
    }

    /**
     * Verifies that the call failed with an error code in the given category: the part of the code before its first
     * dot.
     *
     * <pre>{@code
     * // passes
     * assertThat(ApiResponse.ofError(CommonError.AUTH_SIGNATURE_FAILURE)).failedWithCategory("AuthFailure");
     * // fails
     * assertThat(ApiResponse.ofError(CommonError.INTERNAL_ERROR)).failedWithCategory("AuthFailure");
     * }</pre>
     *
     * @param expectedCategory the category, for example {@code "AuthFailure"}
     * @return {@code this} assertion object
     * @throws AssertionError if the envelope is {@code null}, the call succeeded, or its code is in another category
     * @throws NullPointerException if {@code expectedCategory} is {@code null}
     */
    public ApiResponseAssert failedWithCategory(String expectedCategory) {
        Objects.requireNonNull(expectedCategory, "The expected error category should not be null");
        return checkCode(
                "an error code in category",
                quote(expectedCategory),
                code -> ErrorCode.categoryOf(code).equals(expectedCategory),
                ErrorCode::categoryOf,
                expectedCategory);
    }

    private ApiResponseAssert checkCode(
            String expectation,
            String expectedText,
            java.util.function.Predicate<String> matches,
            java.util.function.UnaryOperator<String> diffActual,
            String diffExpected) {
        isNotNull();
        Optional<ApiError> error = actual.error();
        if (error.isEmpty()) {
            throw assertionError(shouldHaveFailed(SUBJECT, expectation, expectedText, context()));
        }
        String code = error.get().code();
        if (!matches.test(code)) {
            throw Failing.diffable(
                    info,
                    shouldHaveErrorCode(
                            SUBJECT,
                            expectation,
                            expectedText,
                            Texts.errorBlock(code, error.get().message()),
                            context()),
                    diffActual.apply(code),
                    diffExpected);
        }
        return myself;
    }

    /**
     * Verifies that the call failed with exactly the given error message. Tencent says messages may change as services
     * evolve: prefer asserting on the code, and on messages only for errors your own stubs produce.
     *
     * <pre>{@code
     * // passes
     * assertThat(ApiResponse.ofError("InvalidParameter.NotFound", "Not found.")).hasErrorMessage("Not found.");
     * // fails
     * assertThat(ApiResponse.ofError("InvalidParameter.NotFound", "Not found.")).hasErrorMessage("Gone.");
     * }</pre>
     *
     * @param expected the expected message
     * @return {@code this} assertion object
     * @throws AssertionError if the envelope is {@code null}, the call succeeded, or its message differs
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public ApiResponseAssert hasErrorMessage(String expected) {
        Objects.requireNonNull(expected, "The expected error message should not be null");
        ApiError error = failedError("error message", quote(expected));
        if (!error.message().equals(expected)) {
            throw Failing.diffable(
                    info,
                    shouldHaveErrorMessage(SUBJECT, quote(error.message()), quote(expected), context()),
                    error.message(),
                    expected);
        }
        return myself;
    }

    /**
     * Verifies that the call failed with an error message containing the given text.
     *
     * <pre>{@code
     * // passes
     * assertThat(ApiResponse.ofError("InvalidParameter.NotFound", "Not found.")).hasErrorMessageContaining("found");
     * // fails
     * assertThat(ApiResponse.ofError("InvalidParameter.NotFound", "Not found.")).hasErrorMessageContaining("Gone");
     * }</pre>
     *
     * @param expected the text the message must contain
     * @return {@code this} assertion object
     * @throws AssertionError if the envelope is {@code null}, the call succeeded, or its message lacks the text
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public ApiResponseAssert hasErrorMessageContaining(String expected) {
        Objects.requireNonNull(expected, "The expected part of the error message should not be null");
        ApiError error = failedError("an error message containing", quote(expected));
        if (!error.message().contains(expected)) {
            throw assertionError(
                    shouldHaveErrorMessageContaining(SUBJECT, quote(error.message()), quote(expected), context()));
        }
        return myself;
    }

    private ApiError failedError(String expectation, String expected) {
        isNotNull();
        return actual.error()
                .orElseThrow(() -> assertionError(shouldHaveFailed(SUBJECT, expectation, expected, context())));
    }

    /**
     * Verifies the RequestId of the envelope.
     *
     * <pre>{@code
     * // passes
     * assertThat(ApiResponse.ofSuccess().withRequestId("r-1")).hasRequestId("r-1");
     * // fails
     * assertThat(ApiResponse.ofSuccess().withRequestId("r-1")).hasRequestId("r-2");
     * }</pre>
     *
     * @param expected the expected RequestId
     * @return {@code this} assertion object
     * @throws AssertionError if the envelope is {@code null} or has another RequestId
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public ApiResponseAssert hasRequestId(String expected) {
        Objects.requireNonNull(expected, "The expected RequestId should not be null");
        isNotNull();
        if (!actual.requestId().equals(expected)) {
            throw Failing.diffable(
                    info,
                    shouldHaveRequestId(SUBJECT, quote(actual.requestId()), quote(expected), context()),
                    actual.requestId(),
                    expected);
        }
        return myself;
    }

    /**
     * Verifies that the RequestId is a UUID in the canonical lower-case form the real API uses, like {@code
     * "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}.
     *
     * <pre>{@code
     * // passes
     * assertThat(ApiResponse.ofSuccess()).hasUuidRequestId();
     * // fails
     * assertThat(ApiResponse.ofSuccess().withRequestId("req-1")).hasUuidRequestId();
     * }</pre>
     *
     * @return {@code this} assertion object
     * @throws AssertionError if the envelope is {@code null} or its RequestId is not such a UUID
     */
    public ApiResponseAssert hasUuidRequestId() {
        isNotNull();
        if (!Texts.UUID.matcher(actual.requestId()).matches()) {
            throw assertionError(shouldHaveUuidRequestId(SUBJECT, quote(actual.requestId()), context()));
        }
        return myself;
    }

    /**
     * Navigates to the error of a failed call.
     *
     * <pre>{@code
     * // passes
     * assertThat(ApiResponse.ofError(CommonError.AUTH_SIGNATURE_FAILURE)).error().hasCategory("AuthFailure");
     * // fails: the call succeeded
     * assertThat(ApiResponse.ofSuccess()).error();
     * }</pre>
     *
     * @return an assert on the {@code Response.Error} object, whose failure messages show this envelope
     * @throws AssertionError if the envelope is {@code null} or the call succeeded
     */
    public ApiErrorAssert error() {
        ApiError error = null;
        try {
            isNotNull();
            error = actual.error().orElseThrow(() -> assertionError(shouldHaveFailed(SUBJECT, context())));
        } catch (AssertionError e) {
            Navigation.failed(softly, e);
        }
        ApiErrorAssert child =
                Navigation.child(this, softly, ApiErrorAssert.class, ApiError.class, error, ApiErrorAssert::new);
        child.context = actual == null ? "" : context();
        return child;
    }

    /**
     * Navigates to one field of {@code Response}.
     *
     * <pre>{@code
     * ApiResponse response = ApiResponse.parse(
     *         "{\"Response\":{\"TotalCount\":0,\"InstanceStatusSet\":[],\"RequestId\":\"r-1\"}}");
     * // passes
     * assertThat(response).field("TotalCount").asLong().isZero();
     * assertThat(response).field("InstanceStatusSet").isEqualToJson("[]");
     * // fails: no such field
     * assertThat(response).field("Total");
     * }</pre>
     *
     * @param name the field name, for example {@code "TotalCount"}
     * @return an assert on the field's JSON value
     * @throws AssertionError if the envelope is {@code null} or has no such field
     * @throws NullPointerException if {@code name} is {@code null}
     */
    public JsonValueAssert field(String name) {
        Objects.requireNonNull(name, "The field name should not be null");
        JsonNode value = null;
        try {
            isNotNull();
            value = actual.field(name)
                    .orElseThrow(() -> assertionError(
                            shouldHaveField(SUBJECT, quote(name), Texts.names(actual.fieldNames()), context())));
        } catch (AssertionError e) {
            Navigation.failed(softly, e);
        }
        return json(value, "/Response/" + Jsons.pointerToken(name));
    }

    /**
     * Navigates to a value inside {@code Response} by JSON pointer.
     *
     * <pre>{@code
     * ApiResponse response = ApiResponse.ofSuccess("{\"Infos\":[{\"Id\":\"ch-1\"}]}");
     * // passes
     * assertThat(response).at("/Infos/0/Id").asText().isEqualTo("ch-1");
     * // fails: nothing there
     * assertThat(response).at("/Infos/1/Id");
     * }</pre>
     *
     * @param jsonPointer a JSON pointer relative to {@code Response}, for example {@code "/Infos/0/Id"}
     * @return an assert on the JSON value
     * @throws AssertionError if the envelope is {@code null} or nothing is at the pointer
     * @throws IllegalArgumentException if {@code jsonPointer} is not a JSON pointer
     */
    public JsonValueAssert at(String jsonPointer) {
        JsonNode value = null;
        try {
            isNotNull();
            value = actual.at(jsonPointer)
                    .orElseThrow(() -> assertionError(shouldHaveValueAt(SUBJECT, quote(jsonPointer), context())));
        } catch (AssertionError e) {
            Navigation.failed(softly, e);
        }
        return json(value, "/Response" + jsonPointer);
    }

    /**
     * Navigates to the payload: {@code Response} without {@code RequestId} and {@code Error}.
     *
     * <pre>{@code
     * // passes
     * assertThat(ApiResponse.ofSuccess("{\"TotalCount\":0}")).payload().isEqualToJson("{\"TotalCount\":0}");
     * // fails
     * assertThat(ApiResponse.ofSuccess("{\"TotalCount\":0}")).payload().isEqualToJson("{}");
     * }</pre>
     *
     * @return an assert on the payload object
     * @throws AssertionError if the envelope is {@code null}
     */
    public JsonValueAssert payload() {
        JsonNode value = null;
        try {
            isNotNull();
            value = actual.payload();
        } catch (AssertionError e) {
            Navigation.failed(softly, e);
        }
        return json(value, "/Response (payload)");
    }

    /**
     * Binds the payload to a type of your own (with Jackson; unknown properties are ignored, as the SDK ignores them)
     * and navigates to an AssertJ assert on the bound value.
     *
     * <pre>{@code
     * record Channels(@JsonProperty("TotalCount") long totalCount) {}
     * // passes
     * assertThat(ApiResponse.ofSuccess("{\"TotalCount\":0}")).payloadAs(Channels.class)
     *         .usingRecursiveComparison().isEqualTo(new Channels(0));
     * // fails: "x" is not a number
     * assertThat(ApiResponse.ofSuccess("{\"TotalCount\":\"x\"}")).payloadAs(Channels.class);
     * }</pre>
     *
     * @param type the target type
     * @param <T> the target type
     * @return an assert on the bound value
     * @throws AssertionError if the envelope is {@code null} or its payload cannot be bound to {@code type}
     * @throws NullPointerException if {@code type} is {@code null}
     */
    public <T> ObjectAssert<T> payloadAs(Class<T> type) {
        Objects.requireNonNull(type, "The target type should not be null");
        T value = null;
        try {
            isNotNull();
            try {
                value = actual.payloadAs(type);
            } catch (IllegalArgumentException e) {
                throw assertionError(shouldBindPayload(SUBJECT, type.getName(), e.getMessage(), context()));
            }
        } catch (AssertionError e) {
            Navigation.failed(softly, e);
        }
        @SuppressWarnings("unchecked")
        ObjectAssert<T> child =
                Navigation.child(this, softly, ObjectAssert.class, Object.class, value, v -> new ObjectAssert<>(v));
        return child;
    }

    private JsonValueAssert json(JsonNode value, String path) {
        JsonValueAssert child =
                Navigation.child(this, softly, JsonValueAssert.class, JsonNode.class, value, JsonValueAssert::new);
        child.softly = softly;
        child.path = path;
        return child;
    }

    private String context() {
        return Texts.envelopeContext(actual);
    }
}
