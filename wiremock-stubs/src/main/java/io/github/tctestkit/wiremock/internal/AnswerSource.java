package io.github.tctestkit.wiremock.internal;

/**
 * One source of answers for a request that passed the gateway and matched no raw WireMock stub. The server asks its
 * sources in order ({@link StubServer}): the control header, the configured answers, the stateful services, the
 * contract's default answer (stand-alone emulator), and last the answer that says nothing was configured. Not API.
 */
@FunctionalInterface
interface AnswerSource {

    /**
     * The answer for a request, or null to let the next source answer.
     *
     * @param request the request, routed
     * @param inEffect what applies to it
     * @return the answer and its delay, or null
     */
    Chosen answer(IncomingRequest request, InEffect inEffect);

    /**
     * An answer chosen for one request.
     *
     * @param answer the answer
     * @param delayMillis how long to wait before sending it
     */
    record Chosen(Answer answer, int delayMillis) {
        static Chosen now(Answer answer) {
            return answer == null ? null : new Chosen(answer, 0);
        }
    }
}
