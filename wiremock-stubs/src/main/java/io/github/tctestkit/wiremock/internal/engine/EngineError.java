package io.github.tctestkit.wiremock.internal.engine;

/**
 * A product error a handler answers: thrown inside the engine, caught by {@link Engine#handle} and sent as the
 * envelope's {@code Error}. Build one with {@link Call#fail}, which checks that the action documents the code. Not
 * API.
 *
 * <pre>{@code
 * throw call.fail("InvalidInstanceId.NotFound", "No instance ins-12345678 in ap-guangzhou.");
 * }</pre>
 */
final class EngineError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final String code;

    EngineError(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }
}
