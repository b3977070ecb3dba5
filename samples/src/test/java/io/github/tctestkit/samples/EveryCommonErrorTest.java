package io.github.tctestkit.samples;

// docs/extension.md shows this file whole, from the tag on.
// tag::all-common-errors[]
import static io.github.tctestkit.assertions.TencentCloudSdkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.wiremock.AllCommonErrors;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import org.junit.jupiter.params.ParameterizedTest;

@TencentCloudApiTest
class EveryCommonErrorTest {

    /** The client under test: at most 3 attempts, and a sleeper that does not sleep. */
    static StreamLiveChannels channels(TencentCloudApi api) {
        return new StreamLiveChannels(StreamLiveSdk.client(api, 10), 3, backoff -> {});
    }

    @ParameterizedTest
    @AllCommonErrors
    void reportsEveryCommonErrorWithItsCodeAndRequestId(CommonError error, TencentCloudApi api) {
        api.givenError(error);

        StreamLiveException e = assertThrows(StreamLiveException.class, channels(api)::listChannels);

        assertThat(e.code()).isEqualTo(error.code());
        // the cause is the SDK's exception, with the RequestId the fake cloud generated
        TencentCloudSDKException sdkError = (TencentCloudSDKException) e.getCause();
        assertThat(sdkError).failedWith(error).hasUuidRequestId();
        assertThat(e.requestId()).isEqualTo(sdkError.getRequestId());
        // only throttling and internal errors are worth a retry, and the client made 3 attempts at most
        boolean transientError = error == CommonError.REQUEST_LIMIT_EXCEEDED || error == CommonError.INTERNAL_ERROR;
        assertThat(e.retryable()).isEqualTo(transientError);
        assertThat(api.requests("DescribeStreamLiveChannels")).hasSize(transientError ? 3 : 1);
    }
}
// end::all-common-errors[]
