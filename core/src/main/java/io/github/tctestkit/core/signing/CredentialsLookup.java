package io.github.tctestkit.core.signing;

import io.github.tctestkit.core.signing.internal.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the credentials a verifier checks a request against, by SecretId.
 *
 * <p>When the returned credentials carry a {@linkplain ApiCredentials#token() token}, the request must carry the same
 * token ({@code X-TC-Token} or the v1 {@code Token} parameter). A token sent with permanent credentials is ignored.
 *
 * <pre>{@code
 * CredentialsLookup lookup = CredentialsLookup.of(
 *         ApiCredentials.of("AKIDpermanent1", "key1"),
 *         ApiCredentials.of("AKIDtemporary1", "key2").withToken("token"));
 * }</pre>
 */
@FunctionalInterface
public interface CredentialsLookup {

    /**
     * Finds credentials.
     *
     * @param secretId the SecretId from the request; never null
     * @return the credentials, or empty if the SecretId is unknown (a null return is treated as empty)
     */
    Optional<ApiCredentials> find(String secretId);

    /**
     * A fixed set of credentials, keyed by their SecretId.
     *
     * @param credentials the known credentials; a later entry replaces an earlier one with the same SecretId
     * @return the lookup
     * @throws IllegalArgumentException if the array or an element is null
     */
    static CredentialsLookup of(ApiCredentials... credentials) {
        Checks.notNull(credentials, "credentials");
        Map<String, ApiCredentials> byId = new LinkedHashMap<>();
        for (ApiCredentials c : credentials) {
            byId.put(Checks.notNull(c, "credentials element").secretId(), c);
        }
        return id -> Optional.ofNullable(byId.get(id));
    }
}
