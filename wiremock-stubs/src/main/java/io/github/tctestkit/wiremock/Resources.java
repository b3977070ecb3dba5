package io.github.tctestkit.wiremock;

import java.util.List;
import java.util.Optional;

/**
 * The resources of one type of a stateful service ({@code vpc}, {@code cvm}, {@code cbs}) in one account and one
 * region, to seed before a test's calls and to read after them. Resources are JSON objects of the structure the
 * service's Describe action answers ({@code Vpc}, {@code Subnet}, {@code SecurityGroup}, {@code Instance}, {@code
 * Disk}): what was created, with documented defaults elsewhere.
 *
 * <pre>{@code
 * @TencentCloudApiTest(stateful = true)
 * class DeploymentTest {
 *     @Test
 *     void startsTheStoppedInstance(TencentCloudApi api) {
 *         Resources instances = api.service("cvm").resources("Instance");         // the handle's SecretId, ap-guangzhou
 *         String id = instances.put("{\"InstanceName\": \"web\", \"InstanceState\": \"STOPPED\","
 *                 + " \"Placement\": {\"Zone\": \"ap-guangzhou-3\"}}");             // a fresh ins-xxxxxxxx id
 *         new Deployer(client).start(id);                                          // the code under test
 *         assertThat(instances.get(id).orElseThrow()).contains("\"InstanceState\":\"RUNNING\"");
 *         assertThat(api.service("cvm").resources("Instance").inRegion("ap-shanghai").list()).isEmpty();
 *     }
 * }
 * }</pre>
 *
 * <p>A request acts in the account of its SecretId and in its region; so does a view: by default the handle's
 * {@link TencentCloudApi#credentials() SecretId} and {@code ap-guangzhou}, else as {@link #ofAccount} and {@link
 * #inRegion} say. Each test starts with no resources. Obtain a view with {@link ServiceApi#resources(String)}.
 */
public interface Resources {

    /** The region a view reads and seeds unless {@link #inRegion} says otherwise. */
    String DEFAULT_REGION = "ap-guangzhou";

    /**
     * The same type in another region.
     *
     * @param region for example {@code "ap-shanghai"}
     * @return a view of that region
     * @throws IllegalArgumentException when {@code region} is null or blank
     */
    Resources inRegion(String region);

    /**
     * The same type in another account: the one whose requests are signed with this SecretId.
     *
     * @param secretId the account's SecretId
     * @return a view of that account
     * @throws IllegalArgumentException when {@code secretId} is null or blank
     */
    Resources ofAccount(String secretId);

    /**
     * Every resource of the type here, oldest first, as Describe answers them.
     *
     * @return JSON objects, a snapshot
     */
    List<String> list();

    /**
     * One resource, as Describe answers it.
     *
     * @param id for example {@code "ins-1a2b3c4d"}
     * @return its JSON object, or empty when none here has the id
     */
    Optional<String> get(String id);

    /**
     * Seeds a resource, or replaces the one with the same id: a JSON object of members of the Describe structure;
     * members left out get their documented defaults; without the id member a fresh id is made ({@code ins-},
     * {@code vpc-}, {@code subnet-}, {@code sg-}, {@code disk-} and 8 lowercase letters or digits). No product rule is
     * checked (a seeded subnet need not lie in its VPC): seed the state a test needs.
     *
     * @param resourceJson for example {@code {"VpcName": "main", "CidrBlock": "10.0.0.0/16"}}
     * @return the resource's id
     * @throws IllegalArgumentException when the JSON is not an object, names a member the structure lacks, or has an
     *     id of the wrong form
     */
    String put(String resourceJson);

    /**
     * Removes a resource, whatever refers to it.
     *
     * @param id the resource's id
     * @return whether there was one
     */
    boolean remove(String id);
}
