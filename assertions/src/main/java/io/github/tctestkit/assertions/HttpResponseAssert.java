package io.github.tctestkit.assertions;

import java.net.http.HttpResponse;

/**
 * Assertions on a raw {@link HttpResponse} from {@code java.net.http} whose body is a Tencent Cloud API 3.0
 * envelope; every assertion is described in {@link AbstractHttpResponseAssert}.
 *
 * <pre>{@code
 * assertThat(http).failedWith(CommonError.AUTH_SIGNATURE_FAILURE).hasUuidRequestId();
 * }</pre>
 *
 * <p>The class is not final and its constructor is public so that AssertJ's soft assertions can proxy it.
 */
public class HttpResponseAssert extends AbstractHttpResponseAssert<HttpResponseAssert> {

    /**
     * Creates the assert. Prefer {@link TencentCloudAssertions#assertThat(HttpResponse)}.
     *
     * @param actual the HTTP response under test
     */
    public HttpResponseAssert(HttpResponse<String> actual) {
        super(actual, HttpResponseAssert.class);
    }
}
