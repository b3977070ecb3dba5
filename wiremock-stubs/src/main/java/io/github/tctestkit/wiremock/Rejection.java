package io.github.tctestkit.wiremock;

/**
 * Why the emulated gateway refused a request, in strict mode or with signature verification on: the error code it
 * answered with, the reason in words, and for signature failures what the server computed next to what it received
 * (canonical request and string to sign; never a secret key or token).
 *
 * <pre>{@code
 * api.lastRejection().ifPresent(r -> System.out.println(r.diagnostics()));
 * assertThat(api.lastRejection()).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("AuthFailure.SignatureFailure"));
 * }</pre>
 */
public interface Rejection {

    /**
     * The error code sent, for example {@code "AuthFailure.SignatureExpire"}.
     *
     * @return the code
     */
    String code();

    /**
     * The reason, in words.
     *
     * @return for example {@code "the signature does not match the request"}
     */
    String reason();

    /**
     * Details for a human: for signature failures, the server's canonical request and string to sign beside the
     * received Authorization; empty for other checks.
     *
     * @return the diagnostics text, possibly empty
     */
    String diagnostics();

    /**
     * The request that was refused.
     *
     * @return the request
     */
    RecordedRequest request();
}
