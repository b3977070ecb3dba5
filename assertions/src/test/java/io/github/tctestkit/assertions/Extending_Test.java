package io.github.tctestkit.assertions;

import static io.github.tctestkit.assertions.Fixtures.expectAssertionError;
import static io.github.tctestkit.assertions.Fixtures.failure;
import static io.github.tctestkit.assertions.Fixtures.success;
import static org.assertj.core.api.BDDAssertions.then;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import io.github.tctestkit.core.ApiError;
import io.github.tctestkit.core.ApiResponse;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Users extend the abstract asserts the AssertJ way; every inherited assertion returns their type. */
class Extending_Test {

    static class ChannelResponseAssert extends AbstractApiResponseAssert<ChannelResponseAssert> {
        ChannelResponseAssert(ApiResponse actual) {
            super(actual, ChannelResponseAssert.class);
        }

        ChannelResponseAssert hasNoChannels() {
            succeeded().field("TotalCount").asLong().isZero();
            return myself;
        }
    }

    static class MyErrorAssert extends AbstractApiErrorAssert<MyErrorAssert> {
        MyErrorAssert(ApiError actual) {
            super(actual, MyErrorAssert.class);
        }
    }

    static class MySdkAssert extends AbstractSdkExceptionAssert<MySdkAssert> {
        MySdkAssert(TencentCloudSDKException actual) {
            super(actual, MySdkAssert.class);
        }
    }

    static class MyHttpAssert extends AbstractHttpResponseAssert<MyHttpAssert> {
        MyHttpAssert(HttpResponse<String> actual) {
            super(actual, MyHttpAssert.class);
        }
    }

    @Test
    void should_chain_inherited_and_own_assertions_on_the_own_type() {
        ChannelResponseAssert chained =
                new ChannelResponseAssert(success()).hasUuidRequestId().hasNoChannels();
        MyErrorAssert error =
                new MyErrorAssert(ApiError.of("InternalError", "oops")).failedWithCategory("InternalError");
        MySdkAssert sdk = new MySdkAssert(new TencentCloudSDKException("m", "r-1", "InternalError"))
                .failedWith("InternalError")
                .hasRequestId("r-1");
        MyHttpAssert http = new MyHttpAssert(StubHttpResponse.of(200, Fixtures.SEED_SUCCESS)).isOk();
        then(chained).isInstanceOf(ChannelResponseAssert.class);
        then(error).isInstanceOf(MyErrorAssert.class);
        then(sdk).isInstanceOf(MySdkAssert.class);
        then(http).isInstanceOf(MyHttpAssert.class);
    }

    @Test
    void should_keep_the_frames_of_a_custom_assert_outside_this_jar() {
        // WHEN
        AssertionError error = expectAssertionError(() -> new ChannelResponseAssert(failure()).hasNoChannels());
        // THEN: our frames are gone; the custom assert (a test class here) and the test remain
        then(error.getStackTrace()[0].getClassName()).isEqualTo(ChannelResponseAssert.class.getName());
        then(error.getStackTrace()[0].getMethodName()).isEqualTo("hasNoChannels");
    }
}
