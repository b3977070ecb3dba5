package io.github.tctestkit.core.signing;

import java.util.List;
import java.util.Optional;

/**
 * What a verifier received and what it computed, for a human reading a failed (or passed) verification.
 *
 * <p>Never contains the secret key, a derived key or a session token: a token in a signed {@code x-tc-token} header
 * or in the v1 {@code Token} parameter is replaced by {@code ****}.
 */
public final class SignatureDiagnostics {

    private final String algorithm;
    private final String receivedAuthorization;
    private final List<String> receivedSignedHeaders;
    private final String receivedSignature;
    private final String expectedSignature;
    private final String canonicalRequest;
    private final String stringToSign;

    private SignatureDiagnostics(Builder b) {
        this.algorithm = b.algorithm;
        this.receivedAuthorization = b.receivedAuthorization;
        this.receivedSignedHeaders = List.copyOf(b.receivedSignedHeaders);
        this.receivedSignature = b.receivedSignature;
        this.expectedSignature = b.expectedSignature;
        this.canonicalRequest = b.canonicalRequest;
        this.stringToSign = b.stringToSign;
    }

    static Builder builder(String algorithm) {
        return new Builder(algorithm);
    }

    /**
     * Returns the signature algorithm the verifier applied.
     *
     * @return {@code TC3-HMAC-SHA256}, {@code HmacSHA1} or {@code HmacSHA256}; for v1 requests whose method could not
     *     be determined, the received {@code SignatureMethod}
     */
    public String algorithm() {
        return algorithm;
    }

    /**
     * Returns the {@code Authorization} header as received (TC3 only).
     *
     * @return the header, or empty if absent or for v1
     */
    public Optional<String> receivedAuthorization() {
        return Optional.ofNullable(receivedAuthorization);
    }

    /**
     * Returns the signed header names as received (TC3 only).
     *
     * @return the names; empty if unknown or for v1
     */
    public List<String> receivedSignedHeaders() {
        return receivedSignedHeaders;
    }

    /**
     * Returns the signature the client sent.
     *
     * @return the signature, or empty if none could be read
     */
    public Optional<String> receivedSignature() {
        return Optional.ofNullable(receivedSignature);
    }

    /**
     * Returns the signature the server computed; present once the SecretId was found.
     *
     * @return the expected signature, or empty
     */
    public Optional<String> expectedSignature() {
        return Optional.ofNullable(expectedSignature);
    }

    /**
     * Returns the server's canonical request (TC3 only); present once the signed headers were usable.
     *
     * @return the canonical request, or empty
     */
    public Optional<String> canonicalRequest() {
        return Optional.ofNullable(canonicalRequest);
    }

    /**
     * Returns the server's string to sign (TC3) or plaintext (v1).
     *
     * @return the text, or empty if the verifier stopped before computing it
     */
    public Optional<String> stringToSign() {
        return Optional.ofNullable(stringToSign);
    }

    /**
     * Renders everything present as multi-line text.
     *
     * @return the description
     */
    public String describe() {
        StringBuilder b = new StringBuilder("algorithm: ").append(algorithm).append('\n');
        receivedAuthorization()
                .ifPresent(v -> b.append("received Authorization: ").append(v).append('\n'));
        if (!receivedSignedHeaders.isEmpty()) {
            b.append("received SignedHeaders: ")
                    .append(String.join(";", receivedSignedHeaders))
                    .append('\n');
        }
        receivedSignature()
                .ifPresent(v -> b.append("received signature: ").append(v).append('\n'));
        expectedSignature()
                .ifPresent(v -> b.append("expected signature: ").append(v).append('\n'));
        canonicalRequest()
                .ifPresent(v -> b.append("server canonical request:\n")
                        .append(indent(v))
                        .append('\n'));
        stringToSign()
                .ifPresent(
                        v -> b.append(algorithm.startsWith("TC3") ? "server string to sign:\n" : "server plaintext:\n")
                                .append(indent(v))
                                .append('\n'));
        return b.toString();
    }

    private static String indent(String text) {
        return "    " + text.replace("\n", "\n    ");
    }

    @Override
    public String toString() {
        return describe();
    }

    static final class Builder {
        private String algorithm;
        private String receivedAuthorization;
        private List<String> receivedSignedHeaders = List.of();
        private String receivedSignature;
        private String expectedSignature;
        private String canonicalRequest;
        private String stringToSign;

        private Builder(String algorithm) {
            this.algorithm = algorithm;
        }

        Builder algorithm(String v) {
            this.algorithm = v;
            return this;
        }

        Builder receivedAuthorization(String v) {
            this.receivedAuthorization = v;
            return this;
        }

        Builder receivedSignedHeaders(List<String> v) {
            this.receivedSignedHeaders = v;
            return this;
        }

        Builder receivedSignature(String v) {
            this.receivedSignature = v;
            return this;
        }

        Builder expectedSignature(String v) {
            this.expectedSignature = v;
            return this;
        }

        Builder canonicalRequest(String v) {
            this.canonicalRequest = v;
            return this;
        }

        Builder stringToSign(String v) {
            this.stringToSign = v;
            return this;
        }

        SignatureDiagnostics build() {
            return new SignatureDiagnostics(this);
        }
    }
}
