package io.github.tctestkit.wiremock.internal;

/**
 * The state of one scope on a server: a running test, or the configuration made outside tests. It holds what was
 * configured ({@link Answers}), what was received ({@link Journal}) and what the gateway uses ({@link GatewayState}).
 * Not API.
 */
final class ScopeState {

    final String name;
    final Answers answers = new Answers();
    final Journal journal = new Journal();
    final GatewayState gateway = new GatewayState();
    private volatile String closedReason;

    ScopeState(String name) {
        this.name = name;
    }

    void clear() {
        answers.clear();
        journal.clear();
        gateway.clear();
    }

    void close(String reason) {
        closedReason = reason;
    }

    boolean isClosed() {
        return closedReason != null;
    }

    String closedReason() {
        return closedReason == null ? "" : closedReason;
    }
}
