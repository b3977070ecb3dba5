/**
 * What the stateful answer sources share: {@link io.github.tctestkit.wiremock.internal.state.StateAnswer} (a success
 * payload or a product error) and {@link io.github.tctestkit.wiremock.internal.state.Shapes} (objects completed to a
 * contract structure). The services themselves, StreamLive among them, are declared on the resource engine
 * ({@code internal.engine}). Not API: these classes may change in any release without notice.
 */
package io.github.tctestkit.wiremock.internal.state;
