/**
 * The in-memory StreamLive engine: resources created through the API live here, per region, and answer the actions
 * that read and change them. Entry point: {@link io.github.tctestkit.wiremock.internal.state.StreamLiveState}. Not
 * API: these classes may change in any release without notice.
 */
package io.github.tctestkit.wiremock.internal.state;
