package io.github.tctestkit.assertions;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;

/**
 * Assertions on the Tencent Cloud Java SDK's {@link TencentCloudSDKException}; every assertion is described in
 * {@link AbstractSdkExceptionAssert}.
 *
 * <pre>{@code
 * TencentCloudSDKException e = catchThrowableOfType(TencentCloudSDKException.class, () -> client.call(...));
 * assertThat(e).failedWith(StreamLiveError.INVALID_PARAMETER_NOT_FOUND).hasUuidRequestId();
 * }</pre>
 *
 * <p>The class is not final and its constructor is public so that AssertJ's soft assertions can proxy it.
 */
public class SdkExceptionAssert extends AbstractSdkExceptionAssert<SdkExceptionAssert> {

    /**
     * Creates the assert. Prefer {@link TencentCloudSdkAssertions#assertThat(TencentCloudSDKException)}.
     *
     * @param actual the exception under test
     */
    public SdkExceptionAssert(TencentCloudSDKException actual) {
        super(actual, SdkExceptionAssert.class);
    }
}
