/**
 * Checks against a {@link io.github.tctestkit.core.contract.ServiceContract}: request parameters as the gateway
 * checks them ({@link io.github.tctestkit.core.contract.internal.RequestChecker}), success payloads and changes to them
 * ({@link io.github.tctestkit.core.contract.internal.Payloads}) and default answers. Not API: these classes may
 * change in any release without notice.
 */
package io.github.tctestkit.core.contract.internal;
