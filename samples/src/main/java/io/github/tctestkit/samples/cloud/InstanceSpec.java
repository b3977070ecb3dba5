package io.github.tctestkit.samples.cloud;

import java.util.Objects;

/**
 * What instances to run: pay-as-you-go CVM instances of one type, booted from one image.
 *
 * <pre>{@code
 * InstanceSpec web = new InstanceSpec("web", "img-pmqg1cw7", "S5.MEDIUM2", 2);
 * deployments.runInstances(subnet, web);
 * }</pre>
 *
 * @param name the instance name; CVM appends a number to each when several are run
 * @param imageId the image to boot, for example {@code "img-pmqg1cw7"}
 * @param instanceType for example {@code "S5.MEDIUM2"}
 * @param count how many instances, 1 to {@value #MAX_COUNT}
 */
public record InstanceSpec(String name, String imageId, String instanceType, int count) {

    /** The most instances one {@code RunInstances} call creates. */
    public static final int MAX_COUNT = 100;

    /**
     * A specification.
     *
     * @throws NullPointerException when a text is null
     * @throws IllegalArgumentException when {@code count} is outside 1 to {@value #MAX_COUNT}
     */
    public InstanceSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(imageId, "imageId");
        Objects.requireNonNull(instanceType, "instanceType");
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count must be 1 to " + MAX_COUNT + ", but was " + count);
        }
    }
}
