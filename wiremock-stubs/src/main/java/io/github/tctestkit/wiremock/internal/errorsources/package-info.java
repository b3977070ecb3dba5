/**
 * What stands behind the error-code sources {@code @AllCommonErrors}, {@code @AllStreamLiveErrors} and {@code
 * @AllErrorsOf}: the arguments providers over any list of codes, the selection their filters make, and the guard
 * that fails a method carrying both a source and {@code @Test}. Not API.
 */
package io.github.tctestkit.wiremock.internal.errorsources;
