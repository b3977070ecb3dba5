package io.github.tctestkit.assertions;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Soft version of {@link TencentCloudSdkAssertions}, kept apart from {@link TencentCloudSoftAssertionsProvider} for
 * the same reason: only projects that have the SDK can compile against it.
 *
 * <pre>{@code
 * class MySoftAssertions extends TencentCloudSoftAssertions implements TencentCloudSdkSoftAssertionsProvider {}
 * }</pre>
 */
@CheckReturnValue
public interface TencentCloudSdkSoftAssertionsProvider extends SoftAssertionsProvider {

    /**
     * Creates a soft assert on an SDK exception.
     *
     * @param actual the exception under test
     * @return the soft assert
     */
    default SdkExceptionAssert assertThat(TencentCloudSDKException actual) {
        return proxy(SdkExceptionAssert.class, TencentCloudSDKException.class, actual);
    }
}
