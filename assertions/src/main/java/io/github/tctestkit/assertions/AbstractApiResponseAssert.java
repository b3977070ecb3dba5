package io.github.tctestkit.assertions;

import static io.github.tctestkit.assertions.internal.ShouldBindPayload.shouldBindPayload;
import static io.github.tctestkit.assertions.internal.ShouldHaveFailed.shouldHaveFailed;
import static io.github.tctestkit.assertions.internal.ShouldHaveJsonValue.shouldHaveField;
import static io.github.tctestkit.assertions.internal.ShouldHaveJsonValue.shouldHaveValueAt;
import static io.github.tctestkit.assertions.internal.Texts.quote;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tctestkit.assertions.internal.Call;
import io.github.tctestkit.assertions.internal.Checks;
import io.github.tctestkit.assertions.internal.Jsons;
import io.github.tctestkit.assertions.internal.Texts;
import io.github.tctestkit.core.ApiError;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.ErrorCode;
import java.util.Objects;
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
 * <p>Extend it, the AssertJ way, to add assertions of your own; {@link ApiResponseAssert} is the concrete assert that
 * {@link TencentCloudAssertions} returns:
 *
 * <pre>{@code
 * public class ChannelResponseAssert extends AbstractApiResponseAssert<ChannelResponseAssert> {
 *     public ChannelResponseAssert(ApiResponse actual) {
 *         super(actual, ChannelResponseAssert.class);
 *     }
 *
 *     public ChannelResponseAssert hasNoChannels() {
 *         succeeded().field("TotalCount").asLong().isZero();
 *         return myself;
 *     }
 * }
 * }</pre>
 *
 * @param <SELF> the type of the concrete assert, returned by every assertion so that calls chain
 */
public abstract class AbstractApiResponseAssert<SELF extends AbstractApiResponseAssert<SELF>>
        extends AbstractAssert<SELF, ApiResponse> {

    /** Set by the soft-assertion provider so that navigation returns soft asserts too. */
    SoftAssertionsProvider softly;

    /**
     * Creates the assert, for subclasses.
     *
     * @param actual the envelope under test
     * @param selfType the class of the concrete assert
     */
    protected AbstractApiResponseAssert(ApiResponse actual, Class<?> selfType) {
        super(actual, selfType);
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
    public SELF succeeded() {
        isNotNull();
        Checks.succeeded(info, call());
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
    public SELF failedWith(ErrorCode expected) {
        isNotNull();
        Checks.failedWith(info, call(), expected);
        return myself;
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
    public SELF failedWith(String expectedCode) {
        return failedWith(ErrorCode.of(expectedCode));
    }

    /**
     * Verifies that the call failed with the given code or one of its sub-codes: {@code InvalidParameter.NotFound} is
     * a kind of {@code InvalidParameter}, {@code InvalidParameterValue} is not.
     *
     * <pre>{@code
     * // passes
     * assertThat(ApiResponse.ofError(StreamLiveError.INVALID_PARAMETER_NOT_FOUND))
     *         .failedWithCodeOfKind(CommonError.INVALID_PARAMETER);
     * // fails
     * assertThat(ApiResponse.ofError(CommonError.INVALID_PARAMETER_VALUE))
     *         .failedWithCodeOfKind(CommonError.INVALID_PARAMETER);
     * }</pre>
     *
     * @param expected the code whose kind is expected
     * @return {@code this} assertion object
     * @throws AssertionError if the envelope is {@code null}, the call succeeded, or its code is not of that kind
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public SELF failedWithCodeOfKind(ErrorCode expected) {
        isNotNull();
        Checks.failedWithCodeOfKind(info, call(), expected);
        return myself;
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
    public SELF failedWithCategory(String expectedCategory) {
        isNotNull();
        Checks.failedWithCategory(info, call(), expectedCategory);
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
    public SELF hasErrorMessage(String expected) {
        isNotNull();
        Checks.hasErrorMessage(info, call(), expected);
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
    public SELF hasErrorMessageContaining(String expected) {
        isNotNull();
        Checks.hasErrorMessageContaining(info, call(), expected);
        return myself;
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
    public SELF hasRequestId(String expected) {
        isNotNull();
        Checks.hasRequestId(info, call(), expected);
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
    public SELF hasUuidRequestId() {
        isNotNull();
        Checks.hasUuidRequestId(info, call());
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
            error = actual.error().orElseThrow(() -> assertionError(shouldHaveFailed(Call.THE_CALL, context())));
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
                            shouldHaveField(Call.THE_CALL, quote(name), Texts.names(actual.fieldNames()), context())));
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
                    .orElseThrow(() -> assertionError(shouldHaveValueAt(Call.THE_CALL, quote(jsonPointer), context())));
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
                throw assertionError(shouldBindPayload(Call.THE_CALL, type.getName(), e.getMessage(), context()));
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

    private Call call() {
        return Call.of(actual);
    }
}
