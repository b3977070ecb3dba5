/**
 * A fake Tencent Cloud for JUnit Jupiter tests: {@link io.github.tctestkit.wiremock.TencentCloudApiTest} starts a
 * WireMock server preloaded with every common and StreamLive error envelope and injects a {@link
 * io.github.tctestkit.wiremock.TencentCloudApi} handle that chooses what it answers and shows what it received.
 */
package io.github.tctestkit.wiremock;
