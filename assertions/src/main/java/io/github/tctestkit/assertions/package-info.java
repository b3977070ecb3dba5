/**
 * AssertJ assertions for clients of Tencent Cloud API 3.0: envelopes ({@link
 * io.github.tctestkit.assertions.ApiResponseAssert}), their errors, raw {@code java.net.http} responses and, in
 * {@link io.github.tctestkit.assertions.TencentCloudSdkAssertions}, the SDK's {@code TencentCloudSDKException}.
 *
 * <p>Start from {@link io.github.tctestkit.assertions.TencentCloudAssertions} or, for soft assertions, {@link
 * io.github.tctestkit.assertions.TencentCloudSoftAssertions}.
 */
package io.github.tctestkit.assertions;
