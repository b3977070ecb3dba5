package io.github.tctestkit.assertions;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import org.assertj.core.annotation.CheckReturnValue;

/**
 * Entry point for assertions on the Tencent Cloud Java SDK's {@link TencentCloudSDKException}.
 *
 * <p>It is separate from {@link TencentCloudAssertions} on purpose: javac must load the parameter type of every
 * overload of a method it resolves, so an {@code assertThat(TencentCloudSDKException)} there would break the build of
 * every project without the SDK. The SDK ({@code com.tencentcloudapi:tencentcloud-sdk-java-common}) is an optional
 * dependency: add it yourself to use this class.
 *
 * <pre>{@code
 * import static io.github.tctestkit.assertions.TencentCloudSdkAssertions.assertThat;
 *
 * TencentCloudSDKException e = catchThrowableOfType(TencentCloudSDKException.class, () -> client.call(...));
 * assertThat(e).failedWith(CommonError.AUTH_SIGNATURE_FAILURE).hasUuidRequestId();
 * }</pre>
 */
@CheckReturnValue
public final class TencentCloudSdkAssertions {

    private TencentCloudSdkAssertions() {}

    /**
     * Creates an assert on an SDK exception.
     *
     * @param actual the exception under test
     * @return the assert
     */
    public static SdkExceptionAssert assertThat(TencentCloudSDKException actual) {
        return new SdkExceptionAssert(actual);
    }
}
