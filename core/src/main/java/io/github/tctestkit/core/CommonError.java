package io.github.tctestkit.core;

import java.util.Optional;

/**
 * The 26 common error codes that every Tencent Cloud API 3.0 service can return, as listed in the API 3.0
 * "Responses" documentation.
 *
 * <p>Constant names follow the wire code: the category {@code AuthFailure} becomes the prefix {@code AUTH_}, and
 * camel case becomes upper snake case ({@code AuthFailure.SignatureFailure} is {@link #AUTH_SIGNATURE_FAILURE},
 * {@code RequestLimitExceeded} is {@link #REQUEST_LIMIT_EXCEEDED}). {@link #toString()} returns the wire code.
 *
 * <pre>{@code
 * CommonError.AUTH_SIGNATURE_FAILURE.code();                     // "AuthFailure.SignatureFailure"
 * CommonError.fromCode("RequestLimitExceeded");                  // Optional[RequestLimitExceeded]
 * CommonError.catalogue().closest("InvalidParameter.NotFound");  // Optional[InvalidParameter]
 * CommonError.catalogue().inCategory("AuthFailure").size();      // 7
 * }</pre>
 */
public enum CommonError implements ErrorCode {
    /** {@code AuthFailure.InvalidSecretId}: The SecretId is not a Tencent Cloud API key. */
    AUTH_INVALID_SECRET_ID("AuthFailure.InvalidSecretId", "The SecretId is not a Tencent Cloud API key."),
    /** {@code AuthFailure.MFAFailure}: Multi-factor authentication did not succeed. */
    AUTH_MFA_FAILURE("AuthFailure.MFAFailure", "Multi-factor authentication did not succeed."),
    /** {@code AuthFailure.SecretIdNotFound}: No key with this SecretId exists, or it has been disabled. */
    AUTH_SECRET_ID_NOT_FOUND(
            "AuthFailure.SecretIdNotFound", "No key with this SecretId exists, or it has been disabled."),
    /** {@code AuthFailure.SignatureExpire}: The request's timestamp is too far from the server's clock, so the signature has expired. */
    AUTH_SIGNATURE_EXPIRE(
            "AuthFailure.SignatureExpire",
            "The request's timestamp is too far from the server's clock, so the signature has expired."),
    /** {@code AuthFailure.SignatureFailure}: The signature does not match the request; the credentials could not be validated. */
    AUTH_SIGNATURE_FAILURE(
            "AuthFailure.SignatureFailure",
            "The signature does not match the request; the credentials could not be validated."),
    /** {@code AuthFailure.TokenFailure}: The security token of temporary credentials is missing, wrong or expired. */
    AUTH_TOKEN_FAILURE(
            "AuthFailure.TokenFailure", "The security token of temporary credentials is missing, wrong or expired."),
    /** {@code AuthFailure.UnauthorizedOperation}: CAM has not authorised the caller for this request. */
    AUTH_UNAUTHORIZED_OPERATION(
            "AuthFailure.UnauthorizedOperation", "CAM has not authorised the caller for this request."),
    /** {@code DryRunOperation}: The request would have succeeded; it was not carried out because DryRun was set. */
    DRY_RUN_OPERATION(
            "DryRunOperation", "The request would have succeeded; it was not carried out because DryRun was set."),
    /** {@code FailedOperation}: The operation could not be completed. */
    FAILED_OPERATION("FailedOperation", "The operation could not be completed."),
    /** {@code InternalError}: The service failed internally. */
    INTERNAL_ERROR("InternalError", "The service failed internally."),
    /** {@code InvalidAction}: The service has no API of this name. */
    INVALID_ACTION("InvalidAction", "The service has no API of this name."),
    /** {@code InvalidParameter}: A parameter is wrong. */
    INVALID_PARAMETER("InvalidParameter", "A parameter is wrong."),
    /** {@code InvalidParameterValue}: A parameter has a value that is not allowed. */
    INVALID_PARAMETER_VALUE("InvalidParameterValue", "A parameter has a value that is not allowed."),
    /** {@code LimitExceeded}: A quota has been used up. */
    LIMIT_EXCEEDED("LimitExceeded", "A quota has been used up."),
    /** {@code MissingParameter}: A required parameter was not sent. */
    MISSING_PARAMETER("MissingParameter", "A required parameter was not sent."),
    /** {@code NoSuchVersion}: The service has no API version of this name. */
    NO_SUCH_VERSION("NoSuchVersion", "The service has no API version of this name."),
    /** {@code RequestLimitExceeded}: Too many requests in a short time: the frequency limit was exceeded. */
    REQUEST_LIMIT_EXCEEDED(
            "RequestLimitExceeded", "Too many requests in a short time: the frequency limit was exceeded."),
    /** {@code ResourceInUse}: The resource is in use. */
    RESOURCE_IN_USE("ResourceInUse", "The resource is in use."),
    /** {@code ResourceInsufficient}: There is not enough of the resource. */
    RESOURCE_INSUFFICIENT("ResourceInsufficient", "There is not enough of the resource."),
    /** {@code ResourceNotFound}: The resource does not exist. */
    RESOURCE_NOT_FOUND("ResourceNotFound", "The resource does not exist."),
    /** {@code ResourceUnavailable}: The resource exists but cannot be used now. */
    RESOURCE_UNAVAILABLE("ResourceUnavailable", "The resource exists but cannot be used now."),
    /** {@code UnauthorizedOperation}: The caller is not allowed to perform this operation. */
    UNAUTHORIZED_OPERATION("UnauthorizedOperation", "The caller is not allowed to perform this operation."),
    /** {@code UnknownParameter}: A parameter that the API does not define was sent. */
    UNKNOWN_PARAMETER("UnknownParameter", "A parameter that the API does not define was sent."),
    /** {@code UnsupportedOperation}: The operation is not supported. */
    UNSUPPORTED_OPERATION("UnsupportedOperation", "The operation is not supported."),
    /** {@code UnsupportedProtocol}: The HTTP method is not accepted: only GET and POST are. */
    UNSUPPORTED_PROTOCOL("UnsupportedProtocol", "The HTTP method is not accepted: only GET and POST are."),
    /** {@code UnsupportedRegion}: The API is not offered in the requested region. */
    UNSUPPORTED_REGION("UnsupportedRegion", "The API is not offered in the requested region.");

    private static final ErrorCatalogue<CommonError> CATALOGUE = ErrorCatalogue.of(CommonError.class);

    private final String code;
    private final String description;

    CommonError(String code, String description) {
        this.code = code;
        this.description = description;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * The lookups over this enum: exact ({@link ErrorCatalogue#find(String)}), by nearest parent ({@link
     * ErrorCatalogue#closest(String)}), by category.
     *
     * @return the catalogue of every entry
     */
    public static ErrorCatalogue<CommonError> catalogue() {
        return CATALOGUE;
    }

    /**
     * The entry with exactly this wire code.
     *
     * @param wireCode for example {@code "AuthFailure.SignatureFailure"}; {@code null} finds nothing
     * @return the entry, or empty
     */
    public static Optional<CommonError> fromCode(String wireCode) {
        return CATALOGUE.find(wireCode);
    }

    /**
     * Returns the wire code, so that messages and parameterized-test names read naturally.
     *
     * @return {@link #code()}
     */
    @Override
    public String toString() {
        return code;
    }
}
