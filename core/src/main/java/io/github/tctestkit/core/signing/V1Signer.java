package io.github.tctestkit.core.signing;

import io.github.tctestkit.core.signing.internal.Checks;
import io.github.tctestkit.core.signing.internal.Crypto;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * Signs requests with Tencent Cloud signature v1 ({@code HmacSHA1} / {@code HmacSHA256}), which the Java SDK still
 * offers through {@code ClientProfile.setSignMethod}.
 *
 * <p>Plaintext: {@code METHOD + host + path + "?" + k=v&...} with the parameters sorted by name (Java
 * {@code String} order, as the SDK's {@code TreeMap}), {@code _} in names replaced by {@code .}, values raw (not
 * URL-encoded) and the {@code Signature} parameter excluded; with no parameters at all the {@code ?} is omitted, as
 * in the SDK. Signature: Base64 of the HMAC of the plaintext's UTF-8
 * bytes keyed with the SecretKey.
 *
 * <pre>{@code
 * Map<String, String> params = new LinkedHashMap<>();
 * params.put("Action", "DescribeInstances");
 * params.put("Nonce", "11886");
 * params.put("Timestamp", "1465185768");
 * params.put("Version", "2017-03-12");
 * V1Signature s = V1Signer.sign("GET", "cvm.tencentcloudapi.com", "/", params, credentials,
 *         V1SignatureMethod.HMAC_SHA256);
 * SignableRequest request = s.toRequest(); // GET with the encoded parameters and Signature in the query
 * }</pre>
 */
public final class V1Signer {

    private V1Signer() {}

    /**
     * Builds the v1 plaintext.
     *
     * @param httpMethod {@code GET} or {@code POST}
     * @param host the host, port included if sent
     * @param path the path, normally {@code /}
     * @param params the parameters, decoded (a {@code Signature} entry is ignored)
     * @return the plaintext
     * @throws IllegalArgumentException if an argument, a name or a value is null
     */
    public static String plaintext(String httpMethod, String host, String path, Map<String, String> params) {
        Checks.notBlank(httpMethod, "httpMethod");
        Checks.notNull(host, "host");
        Checks.notNull(path, "path");
        Checks.notNull(params, "params");
        TreeMap<String, String> sorted = new TreeMap<>();
        params.forEach((k, v) -> {
            Checks.notNull(k, "parameter name");
            sorted.put(k, Checks.notNull(v, "value of parameter " + k));
        });
        StringBuilder b = new StringBuilder(httpMethod).append(host).append(path);
        char sep = '?';
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            if (e.getKey().equals("Signature")) {
                continue;
            }
            b.append(sep).append(e.getKey().replace('_', '.')).append('=').append(e.getValue());
            sep = '&';
        }
        return b.toString();
    }

    /**
     * Computes the v1 signature of a plaintext.
     *
     * @param plaintext the plaintext, see {@link #plaintext}
     * @param secretKey the SecretKey
     * @param method the HMAC algorithm
     * @return the Base64 signature (not URL-encoded)
     * @throws IllegalArgumentException if an argument is null or the key is empty
     */
    public static String signature(String plaintext, String secretKey, V1SignatureMethod method) {
        Checks.notNull(plaintext, "plaintext");
        Checks.notNull(method, "method");
        if (Checks.notNull(secretKey, "secretKey").isEmpty()) {
            throw new IllegalArgumentException("secretKey must not be empty");
        }
        byte[] mac = Crypto.hmac(
                method.parameterValue(),
                secretKey.getBytes(StandardCharsets.UTF_8),
                plaintext.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(mac);
    }

    /**
     * Signs a parameter set. Adds {@code SecretId}, {@code SignatureMethod} and, for temporary credentials,
     * {@code Token} when they are absent; the caller supplies {@code Action}, {@code Version}, {@code Timestamp},
     * {@code Nonce} and the rest.
     *
     * @param httpMethod {@code GET} (parameters go to the query) or {@code POST} (form body)
     * @param host the Host header value
     * @param path the path, normally {@code /}
     * @param params the parameters, decoded; must not contain {@code Signature}
     * @param credentials the keys
     * @param method the HMAC algorithm
     * @return plaintext, signature and the parameters to send
     * @throws IllegalArgumentException on null or conflicting input (e.g. a {@code SecretId} that differs from the
     *     credentials')
     */
    public static V1Signature sign(
            String httpMethod,
            String host,
            String path,
            Map<String, String> params,
            ApiCredentials credentials,
            V1SignatureMethod method) {
        Checks.notNull(httpMethod, "httpMethod");
        if (!httpMethod.equals("GET") && !httpMethod.equals("POST")) {
            throw new IllegalArgumentException("v1 supports GET and POST only, not " + Checks.quote(httpMethod));
        }
        Checks.notBlank(host, "host");
        Checks.notNull(path, "path");
        Checks.notNull(params, "params");
        Checks.notNull(credentials, "credentials");
        Checks.notNull(method, "method");
        if (params.containsKey("Signature")) {
            throw new IllegalArgumentException("params must not contain Signature; it is computed");
        }
        TreeMap<String, String> all = new TreeMap<>();
        params.forEach((k, v) -> all.put(Checks.notNull(k, "parameter name"), Checks.notNull(v, "value of " + k)));
        putConsistently(all, "SecretId", credentials.secretId());
        putConsistently(all, "SignatureMethod", method.parameterValue());
        credentials.token().ifPresent(t -> putConsistently(all, "Token", t));
        String plaintext = plaintext(httpMethod, host, path, all);
        String signature = signature(plaintext, credentials.secretKey(), method);
        return new V1Signature(httpMethod, host, path, all, plaintext, signature);
    }

    private static void putConsistently(Map<String, String> params, String name, String value) {
        String existing = params.putIfAbsent(name, value);
        if (existing != null && !existing.equals(value)) {
            throw new IllegalArgumentException("parameter " + name + " conflicts with the credentials/method given");
        }
    }
}
