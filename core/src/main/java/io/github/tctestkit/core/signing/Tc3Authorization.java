package io.github.tctestkit.core.signing;

import io.github.tctestkit.core.signing.internal.Checks;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A parsed TC3-HMAC-SHA256 {@code Authorization} header.
 *
 * <p>Accepted shape (parts separated by a comma and optional spaces; the three parts may come in any order):
 *
 * <pre>{@code
 * TC3-HMAC-SHA256 Credential=AKID.../2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=72e4...
 * Tc3Authorization auth = Tc3Authorization.parse(header);
 * auth.service();        // "cvm"
 * auth.signedHeaders();  // [content-type, host]
 * }</pre>
 *
 * <p>Rules: the date is a valid {@code yyyy-MM-dd}; the service is non-empty; the scope ends in {@code tc3_request};
 * SignedHeaders are lower-case HTTP tokens, sorted in ASCII order, without duplicates; the signature is 64 lower-case
 * hex digits. Does not check that the SecretId is well formed (see {@link ApiCredentials#isWellFormedSecretId}).
 */
public final class Tc3Authorization {

    private static final Pattern SIGNATURE = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern HEADER_NAME = Pattern.compile("[a-z0-9!#$%&'*+.^_`|~-]+");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final String secretId;
    private final String date;
    private final String service;
    private final List<String> signedHeaders;
    private final String signature;

    private Tc3Authorization(
            String secretId, String date, String service, List<String> signedHeaders, String signature) {
        this.secretId = secretId;
        this.date = date;
        this.service = service;
        this.signedHeaders = signedHeaders;
        this.signature = signature;
    }

    /**
     * Parses an {@code Authorization} header value.
     *
     * @param header the header value as received
     * @return the parsed parts
     * @throws MalformedAuthorizationException naming the problem, for null, blank or malformed input
     */
    public static Tc3Authorization parse(String header) {
        if (header == null) {
            throw malformed("Authorization header is null");
        }
        String h = header.trim();
        if (h.isEmpty()) {
            throw malformed("Authorization header is empty");
        }
        int space = h.indexOf(' ');
        String algorithm = space < 0 ? h : h.substring(0, space);
        if (!algorithm.equals(Tc3Signer.ALGORITHM)) {
            throw new MalformedAuthorizationException(
                    "unsupported algorithm " + Checks.quote(algorithm) + ", expected " + Tc3Signer.ALGORITHM, true);
        }
        if (space < 0) {
            throw malformed("Authorization has no parts after the algorithm");
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String raw : h.substring(space + 1).split(",", -1)) {
            String part = raw.trim();
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw malformed("Authorization part " + Checks.quote(part) + " is not of the form Name=value");
            }
            String name = part.substring(0, eq);
            if (!name.equals("Credential") && !name.equals("SignedHeaders") && !name.equals("Signature")) {
                throw malformed("unknown Authorization part " + Checks.quote(name)
                        + "; expected Credential, SignedHeaders and Signature");
            }
            if (parts.put(name, part.substring(eq + 1)) != null) {
                throw malformed("Authorization part " + name + " appears more than once");
            }
        }
        for (String required : List.of("Credential", "SignedHeaders", "Signature")) {
            if (!parts.containsKey(required)) {
                throw malformed("Authorization has no " + required + " part");
            }
        }
        String[] scope = parts.get("Credential").split("/", -1);
        if (scope.length != 4) {
            throw malformed("Credential must be SecretId/yyyy-MM-dd/service/tc3_request but was "
                    + Checks.quote(parts.get("Credential")));
        }
        if (scope[0].isEmpty()) {
            throw malformed("Credential has an empty SecretId");
        }
        try {
            LocalDate.parse(scope[1], DATE);
        } catch (DateTimeParseException e) {
            throw malformed("Credential date " + Checks.quote(scope[1]) + " is not a valid yyyy-MM-dd date");
        }
        if (scope[2].isEmpty()) {
            throw malformed("Credential has an empty service");
        }
        if (!scope[3].equals("tc3_request")) {
            throw malformed("Credential scope must end in tc3_request but ends in " + Checks.quote(scope[3]));
        }
        List<String> headers = parseSignedHeaders(parts.get("SignedHeaders"));
        String signature = parts.get("Signature");
        if (!SIGNATURE.matcher(signature).matches()) {
            throw malformed("Signature must be 64 lower-case hex digits but was " + Checks.quote(signature));
        }
        return new Tc3Authorization(scope[0], scope[1], scope[2], headers, signature);
    }

    private static List<String> parseSignedHeaders(String value) {
        if (value.isEmpty()) {
            throw malformed("SignedHeaders is empty");
        }
        List<String> names = new ArrayList<>();
        for (String name : value.split(";", -1)) {
            if (!HEADER_NAME.matcher(name).matches()) {
                throw malformed("SignedHeaders entry " + Checks.quote(name) + " is not a lower-case header name");
            }
            if (!names.isEmpty() && names.get(names.size() - 1).compareTo(name) >= 0) {
                throw malformed("SignedHeaders must be sorted and without duplicates but was " + Checks.quote(value));
            }
            names.add(name);
        }
        return Collections.unmodifiableList(names);
    }

    private static MalformedAuthorizationException malformed(String message) {
        return new MalformedAuthorizationException(message, false);
    }

    /**
     * Returns the SecretId from the Credential part.
     *
     * @return the SecretId
     */
    public String secretId() {
        return secretId;
    }

    /**
     * Returns the credential-scope date.
     *
     * @return the date as {@code yyyy-MM-dd}
     */
    public String date() {
        return date;
    }

    /**
     * Returns the service named in the credential scope (for SDK requests: the first DNS label of the endpoint, which
     * can be e.g. {@code localhost:8080} or {@code 127}).
     *
     * @return the service
     */
    public String service() {
        return service;
    }

    /**
     * Returns the credential scope {@code date/service/tc3_request}.
     *
     * @return the scope
     */
    public String credentialScope() {
        return date + "/" + service + "/tc3_request";
    }

    /**
     * Returns the signed header names.
     *
     * @return lower-case, sorted, unmodifiable
     */
    public List<String> signedHeaders() {
        return signedHeaders;
    }

    /**
     * Returns the signature.
     *
     * @return 64 lower-case hex digits
     */
    public String signature() {
        return signature;
    }

    /**
     * Re-assembles the header value in the canonical form the SDK sends.
     *
     * @return the header value
     */
    public String toHeaderValue() {
        return Tc3Signer.ALGORITHM + " Credential=" + secretId + "/" + credentialScope() + ", SignedHeaders="
                + String.join(";", signedHeaders) + ", Signature=" + signature;
    }

    @Override
    public String toString() {
        return "Tc3Authorization{" + toHeaderValue() + "}";
    }
}
