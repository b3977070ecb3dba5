package io.github.tctestkit.wiremock.internal.state;

/** A product error raised while handling an action; becomes a {@link StateAnswer#error}. Not API. */
final class Failure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final String code;

    Failure(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }
}
