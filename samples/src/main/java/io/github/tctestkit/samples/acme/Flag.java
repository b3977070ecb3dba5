package io.github.tctestkit.samples.acme;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A feature flag of Acme's internal flag service, as {@code CreateFlag} and {@code DescribeFlags} describe it.
 *
 * <pre>{@code
 * Flag checkout = flags.describe("new-checkout").get(0);
 * checkout.enabled(); // true
 * checkout.rollout(); // 25: a quarter of the users see it
 * }</pre>
 *
 * @param key the flag's key, for example {@code "new-checkout"}
 * @param description what it switches
 * @param enabled whether it is on at all
 * @param rollout the percentage of users it is on for, 0 to 100
 * @param createdTime when it was created, in the service's time zone
 */
public record Flag(String key, String description, boolean enabled, int rollout, LocalDateTime createdTime) {

    /** The service's {@code datetime} format. */
    static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * A flag.
     *
     * @throws NullPointerException when {@code key} is null
     */
    public Flag {
        Objects.requireNonNull(key, "key");
    }

    /** Reads {@code Flag} or one item of {@code FlagSet}. */
    static Flag from(JsonNode flag) {
        String created = flag.path("CreatedTime").asText();
        return new Flag(
                flag.path("Key").asText(),
                flag.path("Description").asText(),
                flag.path("Enabled").asBoolean(),
                flag.path("Rollout").asInt(),
                created.isEmpty() ? null : LocalDateTime.parse(created, DATETIME));
    }
}
