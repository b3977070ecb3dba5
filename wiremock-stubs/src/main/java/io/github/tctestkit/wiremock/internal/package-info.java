/**
 * Implementation of the tctestkit WireMock extension. Not API: these classes may change in any release without
 * notice.
 */
package io.github.tctestkit.wiremock.internal;
