package io.github.tctestkit.samples.cvm;

// docs/contracts.md shows this file whole, from the tag on.
// tag::second-service[]
import io.github.tctestkit.core.ErrorCatalogue;
import io.github.tctestkit.core.ServiceDescription;
import java.util.function.Supplier;

/** CVM as the fake cloud plays it: {@code @TencentCloudApiTest(service = Cvm.class)}. */
public final class Cvm implements Supplier<ServiceDescription> {

    @Override
    public ServiceDescription get() {
        return ServiceDescription.builder("cvm", "2017-03-12")
                .group(
                        "Instance",
                        "DescribeInstances",
                        "RunInstances",
                        "StartInstances",
                        "StopInstances",
                        "TerminateInstances")
                .regions("ap-beijing", "ap-guangzhou", "ap-shanghai", "ap-singapore")
                .rateLimitPerSecond(20)
                .errors(ErrorCatalogue.of(CvmError.class))
                .actionErrors(
                        "RunInstances",
                        "ResourceInsufficient.SpecifiedInstanceType",
                        "LimitExceeded.InstanceQuota",
                        "InvalidParameterValue.InvalidInstanceType")
                .actionErrors(
                        "StartInstances",
                        "InvalidInstanceId.NotFound",
                        "InvalidInstanceId.Malformed",
                        "UnsupportedOperation.InstanceStateRunning")
                .build();
    }
}
// end::second-service[]
