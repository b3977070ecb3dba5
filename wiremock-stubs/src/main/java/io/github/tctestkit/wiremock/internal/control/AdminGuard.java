package io.github.tctestkit.wiremock.internal.control;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.AdminRequestFilterV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Refuses every request to WireMock's admin API ({@code /__admin/...}) on a stand-alone emulator: through it anyone
 * who reaches the port could add stubs, reset the server or shut it down. The emulator's own control API ({@code
 * /_tctestkit/}) is what clients use; {@code --wiremock-admin} (or {@code
 * TencentCloudEmulator.builder().wiremockAdmin(true)}) turns WireMock's back on. In-process calls on {@code
 * api.wireMock()} are not HTTP and not affected. Not API.
 */
public final class AdminGuard implements AdminRequestFilterV2 {

    /** The text of the refusal. */
    public static final String MESSAGE = "tctestkit emulator: WireMock's admin API (/__admin) is off on this emulator,"
            + " so that only its control API (/_tctestkit/, see docs/control-api.md) changes its answers. Start the"
            + " emulator with --wiremock-admin (in Java: TencentCloudEmulator.builder().wiremockAdmin(true)) to turn"
            + " it on.\n";

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        return RequestFilterAction.stopWith(new ResponseDefinitionBuilder()
                .withStatus(403)
                .withHeader("Content-Type", "text/plain; charset=utf-8")
                .withBody(MESSAGE)
                .build());
    }

    @Override
    public String getName() {
        return "tctestkit-admin-guard";
    }
}
