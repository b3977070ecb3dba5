package io.github.tctestkit.assertions;

import io.github.tctestkit.core.ApiResponse;

/**
 * Assertions on a Tencent Cloud API 3.0 response envelope ({@link ApiResponse}); every assertion is described in
 * {@link AbstractApiResponseAssert}.
 *
 * <pre>{@code
 * assertThat(response).failedWith(CommonError.AUTH_SIGNATURE_FAILURE).hasUuidRequestId();
 * assertThat(response).succeeded().field("TotalCount").asLong().isZero();
 * }</pre>
 *
 * <p>The class is not final and its constructor is public so that AssertJ's soft assertions can proxy it.
 */
public class ApiResponseAssert extends AbstractApiResponseAssert<ApiResponseAssert> {

    /**
     * Creates the assert. Prefer {@link TencentCloudAssertions#assertThat(ApiResponse)}.
     *
     * @param actual the envelope under test
     */
    public ApiResponseAssert(ApiResponse actual) {
        super(actual, ApiResponseAssert.class);
    }
}
