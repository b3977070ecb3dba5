package io.github.tctestkit.assertions;

import io.github.tctestkit.core.ApiRequest;

/**
 * Assertions on an API 3.0 request ({@link ApiRequest}), for example the last one the fake cloud received; every
 * assertion, and the rule that compares values across JSON, form and query encodings, is described in {@link
 * AbstractApiRequestAssert}.
 *
 * <pre>{@code
 * assertThat(api.lastRequest())
 *         .hasAction("CreateStreamLiveInput")
 *         .hasRegion("ap-guangzhou")
 *         .hasParameter("InputSettings.0.AppName", "live")
 *         .hasParameter("Size", 3); // a JSON number 3, or the form field Size=3
 * }</pre>
 *
 * <p>The class is not final and its constructor is public so that AssertJ's soft assertions can proxy it.
 */
public class ApiRequestAssert extends AbstractApiRequestAssert<ApiRequestAssert> {

    /**
     * Creates the assert. Prefer {@link TencentCloudAssertions#assertThat(ApiRequest)}.
     *
     * @param actual the request under test
     */
    public ApiRequestAssert(ApiRequest actual) {
        super(actual, ApiRequestAssert.class);
    }
}
