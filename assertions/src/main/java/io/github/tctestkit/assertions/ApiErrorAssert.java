package io.github.tctestkit.assertions;

import io.github.tctestkit.core.ApiError;

/**
 * Assertions on the {@code Response.Error} object of a failed call ({@link ApiError}); every assertion is described
 * in {@link AbstractApiErrorAssert}.
 *
 * <pre>{@code
 * assertThat(response).error().failedWithCategory("AuthFailure").hasErrorMessageContaining("signature");
 * }</pre>
 *
 * <p>The class is not final and its constructor is public so that AssertJ's soft assertions can proxy it.
 */
public class ApiErrorAssert extends AbstractApiErrorAssert<ApiErrorAssert> {

    /**
     * Creates the assert. Prefer {@link TencentCloudAssertions#assertThat(ApiError)}.
     *
     * @param actual the error under test
     */
    public ApiErrorAssert(ApiError actual) {
        super(actual, ApiErrorAssert.class);
    }
}
