package io.github.tctestkit.core.signing;

import io.github.tctestkit.core.signing.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Tencent Cloud API key pair, optionally with the session token of temporary (STS) credentials.
 *
 * <p>Immutable. {@link #toString()} shows the SecretId but masks the SecretKey and the token.
 *
 * <pre>{@code
 * ApiCredentials permanent = ApiCredentials.of("AKIDexample123", "secret");
 * ApiCredentials temporary = permanent.withToken("session-token");
 * }</pre>
 */
public final class ApiCredentials {

    /** Maximum length accepted by {@link #isWellFormedSecretId(String)}. */
    public static final int MAX_SECRET_ID_LENGTH = 128;

    private static final Pattern WELL_FORMED_SECRET_ID = Pattern.compile("AKID[A-Za-z0-9]+");

    private final String secretId;
    private final String secretKey;
    private final String token;

    private ApiCredentials(String secretId, String secretKey, String token) {
        this.secretId = secretId;
        this.secretKey = secretKey;
        this.token = token;
    }

    /**
     * Creates permanent credentials.
     *
     * <p>The SecretId is not required to be {@linkplain #isWellFormedSecretId(String) well formed} (so that documented
     * examples with masked ids can be signed), but it must not contain whitespace, control characters, {@code /} or
     * {@code ,}, which would make the {@code Authorization} header ambiguous.
     *
     * @param secretId the SecretId, e.g. {@code AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE}
     * @param secretKey the SecretKey; must not be blank
     * @return the credentials
     * @throws IllegalArgumentException if an argument is null, blank or contains forbidden characters
     */
    public static ApiCredentials of(String secretId, String secretKey) {
        Checks.notBlank(secretId, "secretId");
        Checks.notBlank(secretKey, "secretKey");
        if (Checks.hasWhitespaceOrControl(secretId) || secretId.indexOf('/') >= 0 || secretId.indexOf(',') >= 0) {
            throw new IllegalArgumentException(
                    "secretId must not contain whitespace, control characters, '/' or ',': " + Checks.quote(secretId));
        }
        return new ApiCredentials(secretId, secretKey, null);
    }

    /**
     * Returns temporary credentials: these keys plus a session token, sent as {@code X-TC-Token} (TC3) or the
     * {@code Token} parameter (v1).
     *
     * @param token the session token; must not be blank
     * @return new credentials carrying the token
     * @throws IllegalArgumentException if the token is null or blank
     */
    public ApiCredentials withToken(String token) {
        Checks.notBlank(token, "token");
        return new ApiCredentials(secretId, secretKey, token);
    }

    /**
     * Returns the SecretId.
     *
     * @return the SecretId, never null
     */
    public String secretId() {
        return secretId;
    }

    /**
     * Returns the SecretKey. Never log it.
     *
     * @return the SecretKey, never null
     */
    public String secretKey() {
        return secretKey;
    }

    /**
     * Returns the session token of temporary credentials.
     *
     * @return the token, or empty for permanent credentials
     */
    public Optional<String> token() {
        return Optional.ofNullable(token);
    }

    /**
     * Tells whether {@code secretId} has the shape of a Tencent Cloud SecretId.
     *
     * <p>Rule used here: the literal prefix {@code AKID} followed by at least one ASCII letter or digit, at most
     * {@value #MAX_SECRET_ID_LENGTH} characters in total. Real keys are {@code AKID} plus 32 alphanumerics; temporary
     * (STS) SecretIds share the prefix but may be longer, hence the lenient length.
     *
     * @param secretId the value to check; may be null
     * @return true if well formed; false for null or anything else
     */
    public static boolean isWellFormedSecretId(String secretId) {
        return secretId != null
                && secretId.length() <= MAX_SECRET_ID_LENGTH
                && WELL_FORMED_SECRET_ID.matcher(secretId).matches();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ApiCredentials)) {
            return false;
        }
        ApiCredentials other = (ApiCredentials) o;
        return secretId.equals(other.secretId)
                && secretKey.equals(other.secretKey)
                && Objects.equals(token, other.token);
    }

    @Override
    public int hashCode() {
        return Objects.hash(secretId, secretKey, token);
    }

    /** Shows the SecretId; the SecretKey and token are masked. */
    @Override
    public String toString() {
        return "ApiCredentials{secretId=" + secretId + ", secretKey=****, token=" + (token == null ? "<none>" : "****")
                + "}";
    }
}
