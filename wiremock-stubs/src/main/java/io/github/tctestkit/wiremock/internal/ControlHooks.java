package io.github.tctestkit.wiremock.internal;

import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.internal.control.ControlApi;

/**
 * What the control API of a stand-alone emulator ({@link ControlApi}) needs from a server beyond its handle: a
 * scratch handle for dry runs and forgetting one service. Kept apart so that {@link StubServer} only has a hook. Not
 * API.
 */
public final class ControlHooks {

    private ControlHooks() {}

    /**
     * The control API of a stand-alone server.
     *
     * @param server the server, not started yet: nothing is read from it until a request comes
     * @param wiremockAdmin whether WireMock's admin API is on, for {@code GET health}
     * @return the control API
     */
    static ControlApi controlApi(StubServer server, boolean wiremockAdmin) {
        return new ControlApi(
                ApiHandle.unbound(server),
                () -> scratch(server),
                service -> {
                    ScopeState scope = server.scopeForConfiguration();
                    scope.answers.clear(service);
                    scope.journal.clear(service);
                },
                server.settings(),
                wiremockAdmin,
                server::engine);
    }

    /**
     * A handle on a scope that no request ever reads: it checks a configuration exactly as the server's own handle
     * would (the same services served, the same messages) without changing any answer.
     */
    private static TencentCloudApi scratch(StubServer server) {
        return new ApiHandle(server, new ScopeState("a dry run of the control API"));
    }
}
