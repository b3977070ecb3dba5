package io.github.tctestkit.samples.cvm;

// docs/contracts.md shows this file whole, from the tag on.
// tag::second-service-errors[]
import io.github.tctestkit.core.ErrorCode;

/** A few of CVM's own error codes (service {@code cvm}, version {@code 2017-03-12}); the common codes come free. */
public enum CvmError implements ErrorCode {
    INVALID_INSTANCE_ID_NOT_FOUND("InvalidInstanceId.NotFound", "No instance has this ID in the region."),
    INVALID_INSTANCE_ID_MALFORMED("InvalidInstanceId.Malformed", "The instance ID is not of the form ins-xxxxxxxx."),
    RESOURCE_INSUFFICIENT_SPECIFIED_INSTANCE_TYPE(
            "ResourceInsufficient.SpecifiedInstanceType", "The requested instance type is out of stock."),
    LIMIT_EXCEEDED_INSTANCE_QUOTA("LimitExceeded.InstanceQuota", "The account has no instance quota left."),
    INVALID_PARAMETER_VALUE_INVALID_INSTANCE_TYPE(
            "InvalidParameterValue.InvalidInstanceType", "The instance type is not valid here."),
    UNSUPPORTED_OPERATION_INSTANCE_STATE_RUNNING(
            "UnsupportedOperation.InstanceStateRunning", "The operation is not possible on a running instance.");

    private final String code;
    private final String description;

    CvmError(String code, String description) {
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
}
// end::second-service-errors[]
