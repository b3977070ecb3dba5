package io.github.tctestkit.core.signing;

/**
 * Why a request failed signature verification. Each reason suggests the Tencent Cloud common error code a stub server
 * can answer with; the mapping follows the documented meaning of those codes, Tencent does not publish which check
 * produces which code.
 */
public enum FailureReason {
    /** TC3: no {@code Authorization} header. v1: no {@code Signature} parameter. */
    MISSING_AUTHORIZATION("AuthFailure.SignatureFailure"),
    /** TC3: the {@code Authorization} header cannot be parsed. v1: a signing parameter is missing or garbled. */
    MALFORMED_AUTHORIZATION("AuthFailure.InvalidAuthorization"),
    /** TC3: algorithm other than {@code TC3-HMAC-SHA256}. v1: {@code SignatureMethod} other than HmacSHA1/256. */
    UNSUPPORTED_ALGORITHM("AuthFailure.InvalidAuthorization"),
    /** The SecretId does not have the shape {@code AKID} + letters/digits. */
    INVALID_SECRET_ID("AuthFailure.InvalidSecretId"),
    /** The SecretId is well formed but the lookup does not know it. */
    UNKNOWN_SECRET_ID("AuthFailure.SecretIdNotFound"),
    /** TC3: no {@code X-TC-Timestamp} header. v1: no {@code Timestamp} parameter. */
    MISSING_TIMESTAMP("MissingParameter"),
    /** The timestamp is not a plain non-negative integer of epoch seconds in range. */
    INVALID_TIMESTAMP("InvalidParameterValue"),
    /** TC3: the credential-scope date is not the UTC date of {@code X-TC-Timestamp}. */
    CREDENTIAL_DATE_MISMATCH("AuthFailure.SignatureFailure"),
    /** The timestamp is further from the verifier's clock than the allowed skew (only when a clock is configured). */
    SIGNATURE_EXPIRED("AuthFailure.SignatureExpire"),
    /** TC3: SignedHeaders does not include both {@code content-type} and {@code host}. */
    SIGNED_HEADERS_INCOMPLETE("AuthFailure.SignatureFailure"),
    /** TC3: SignedHeaders names a header the request does not carry. */
    SIGNED_HEADER_ABSENT("AuthFailure.SignatureFailure"),
    /** The credentials are temporary but the request carries no token. */
    TOKEN_MISSING("AuthFailure.TokenFailure"),
    /** The request carries a token different from the credentials' token. */
    TOKEN_MISMATCH("AuthFailure.TokenFailure"),
    /** v1: the parameters cannot be read (bad percent-encoding, duplicates, wrong method/content type, no Host). */
    MALFORMED_REQUEST("InvalidParameter"),
    /** Everything is well formed but the signature is not the one the server computes. */
    SIGNATURE_MISMATCH("AuthFailure.SignatureFailure");

    private final String suggestedErrorCode;

    FailureReason(String suggestedErrorCode) {
        this.suggestedErrorCode = suggestedErrorCode;
    }

    /**
     * Returns the Tencent Cloud common error code a stub server would typically answer with.
     *
     * @return an error code such as {@code AuthFailure.SignatureFailure}
     */
    public String suggestedErrorCode() {
        return suggestedErrorCode;
    }
}
