package io.github.tctestkit.samples.acme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A client of Acme's internal feature-flag service (service {@code acme}, version {@code 2024-01-01}), a private API
 * behind an API 3.0 gateway of its own, called with the Tencent Cloud Java SDK's {@link CommonClient}.
 *
 * <pre>{@code
 * HttpProfile http = new HttpProfile();
 * http.setEndpoint("acme.internal.example.com"); // Acme's own gateway
 * CommonClient sdk = new CommonClient("acme", "2024-01-01", credential, "ap-guangzhou", new ClientProfile("TC3-HMAC-SHA256", http));
 * FeatureFlags flags = new FeatureFlags(sdk);
 * flags.create("new-checkout", "The one-page checkout");
 * flags.rollOut("new-checkout", 25);
 * }</pre>
 *
 * <p>The service's errors reach the caller as the SDK's {@link TencentCloudSDKException}, for example {@code
 * FailedOperation.FlagLocked} for a flag someone locked. Thread-safe when the {@code CommonClient} is.
 */
public final class FeatureFlags {

    /** The service's API version. */
    public static final String VERSION = "2024-01-01";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CommonClient sdk;

    /**
     * A client.
     *
     * @param sdk the SDK client, for service {@code acme}, version {@value #VERSION}, pointed at Acme's gateway
     */
    public FeatureFlags(CommonClient sdk) {
        this.sdk = Objects.requireNonNull(sdk, "sdk");
    }

    /**
     * Creates a flag, off ({@code CreateFlag}).
     *
     * @param key its key, for example {@code "new-checkout"}
     * @param description what it switches
     * @return the flag
     * @throws TencentCloudSDKException when the call fails, for example with {@code ResourceInUse.FlagExists}
     */
    public Flag create(String key, String description) throws TencentCloudSDKException {
        ObjectNode parameters = JSON.createObjectNode()
                .put("Key", Objects.requireNonNull(key, "key"))
                .put("Description", Objects.requireNonNull(description, "description"));
        return Flag.from(call("CreateFlag", parameters).path("Flag"));
    }

    /**
     * Describes flags ({@code DescribeFlags}, first 100).
     *
     * @param keys flag keys; none for every flag
     * @return the flags found, possibly none
     * @throws TencentCloudSDKException when the call fails
     */
    public List<Flag> describe(String... keys) throws TencentCloudSDKException {
        ObjectNode parameters = JSON.createObjectNode().put("Limit", 100);
        if (keys.length > 0) {
            ArrayNode list = parameters.putArray("Keys");
            for (String key : keys) {
                list.add(Objects.requireNonNull(key, "key"));
            }
        }
        List<Flag> flags = new ArrayList<>();
        call("DescribeFlags", parameters).path("FlagSet").forEach(f -> flags.add(Flag.from(f)));
        return flags;
    }

    /**
     * Turns a flag on for a share of the users ({@code ModifyFlag}); 0 turns it off.
     *
     * @param key the flag's key
     * @param percent 0 to 100
     * @throws IllegalArgumentException when {@code percent} is outside 0 to 100
     * @throws TencentCloudSDKException when the call fails, for example with {@code FailedOperation.FlagLocked}
     */
    public void rollOut(String key, int percent) throws TencentCloudSDKException {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be 0 to 100, but was " + percent);
        }
        call(
                "ModifyFlag",
                JSON.createObjectNode()
                        .put("Key", Objects.requireNonNull(key, "key"))
                        .put("Enabled", percent > 0)
                        .put("Rollout", percent));
    }

    /**
     * Deletes a flag ({@code DeleteFlag}).
     *
     * @param key the flag's key
     * @throws TencentCloudSDKException when the call fails, for example with {@code ResourceNotFound.Flag}
     */
    public void delete(String key) throws TencentCloudSDKException {
        call("DeleteFlag", JSON.createObjectNode().put("Key", Objects.requireNonNull(key, "key")));
    }

    private JsonNode call(String action, ObjectNode parameters) throws TencentCloudSDKException {
        String body = sdk.call(action, parameters.toString());
        try {
            return JSON.readTree(body).path("Response");
        } catch (JsonProcessingException e) {
            throw new TencentCloudSDKException("the answer to " + action + " is not JSON", e);
        }
    }
}
