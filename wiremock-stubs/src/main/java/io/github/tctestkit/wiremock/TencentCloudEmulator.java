package io.github.tctestkit.wiremock;

import io.github.tctestkit.wiremock.internal.ApiHandle;
import io.github.tctestkit.wiremock.internal.EmulatorMain;
import io.github.tctestkit.wiremock.internal.StubServer;

/**
 * The fake Tencent Cloud without JUnit: for other test frameworks, for benchmarks, and as a stand-alone process for
 * clients in any language ({@link #main(String[])}).
 *
 * <pre>{@code
 * try (TencentCloudEmulator emulator = TencentCloudEmulator.start()) {
 *     TencentCloudApi api = emulator.api();
 *     api.givenSuccess("DescribeStreamLiveChannels", "{\"Infos\": []}");
 *     // point a client at api.endpoint() ...
 * }
 * }</pre>
 *
 * <p>The handle of an emulator is not bound to a test: what it configures stays until {@link TencentCloudApi#reset()}
 * or {@link #close()}.
 */
public final class TencentCloudEmulator implements AutoCloseable {

    private final StubServer server;
    private final TencentCloudApi api;

    private TencentCloudEmulator(StubServer server) {
        this.server = server;
        this.api = ApiHandle.unbound(server);
    }

    /**
     * Starts an emulator on 127.0.0.1 and a free port.
     *
     * @return the running emulator
     */
    public static TencentCloudEmulator start() {
        return start(0);
    }

    /**
     * Starts an emulator on 127.0.0.1 and the given port.
     *
     * @param port the port, 0 for any free one
     * @return the running emulator
     * @throws IllegalArgumentException when the port is outside 0 to 65535
     * @throws IllegalStateException when the server cannot start, for example because the port is taken
     */
    public static TencentCloudEmulator start(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, but was " + port);
        }
        return new TencentCloudEmulator(StubServer.start("the tctestkit emulator", port));
    }

    /**
     * The handle that configures and inspects this emulator.
     *
     * @return the handle
     */
    public TencentCloudApi api() {
        return api;
    }

    /** Stops the server. Calling it again does nothing. */
    @Override
    public void close() {
        server.close();
    }

    /**
     * Runs the emulator as a process until Ctrl-C: {@code --port N} (default 9183; 0 for any free port). It answers
     * every StreamLive action with a success envelope, an unknown action with {@code InvalidAction}, and any request
     * carrying the header {@code X-TcTestKit-Error: <code>} with that error's envelope; it prints how to reach it.
     *
     * @param args command-line arguments
     * @throws Exception when the server cannot start
     */
    public static void main(String[] args) throws Exception {
        EmulatorMain.run(args, System.out);
    }
}
