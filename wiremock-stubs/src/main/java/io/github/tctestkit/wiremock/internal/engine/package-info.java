/**
 * The resource engine: declared resource types ({@link io.github.tctestkit.wiremock.internal.engine.ResourceType})
 * per account (the request's SecretId) and region, with create, describe (ids, filters, paging), modify and delete,
 * references, lifecycles with timed transitions on the server clock, and the documented code for each illegal step.
 * Declared on it: VPC, CVM and CBS. Entry point: {@link io.github.tctestkit.wiremock.internal.engine.Engine}. Not
 * API: these classes may change in any release without notice.
 */
package io.github.tctestkit.wiremock.internal.engine;
