/**
 * The Tencent Cloud API 3.0 response envelope ({@link io.github.tctestkit.core.ApiResponse}) and the error-code
 * catalogues ({@link io.github.tctestkit.core.CommonError}, {@link io.github.tctestkit.core.StreamLiveError}).
 *
 * <p>This package depends on Jackson only.
 */
package io.github.tctestkit.core;
