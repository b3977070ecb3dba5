package io.github.tctestkit.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.internal.ReadRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An API 3.0 request as the server reads it: the HTTP parts, the common parameters (action, version, region,
 * timestamp, token) wherever the client put them, and the action's own parameters as one JSON tree whatever the
 * encoding.
 *
 * <p>Clients send the same call in three ways: TC3-signed requests carry the common parameters in {@code X-TC-*}
 * headers and the action's parameters in a JSON body (or, for GET, in the query string); v1-signed requests
 * (HmacSHA1, HmacSHA256) carry everything as form fields in the body or the query string, with nested members
 * flattened ({@code AttachedInputs.0.Id=...}). {@link #parameters()} gives the same tree for all of them:
 *
 * <pre>{@code
 * ApiRequest request = ApiRequest.of("POST", "/", headers, body);
 * request.action();                                     // "CreateStreamLiveInput"
 * request.parameter("InputSettings.0.AppName");         // Optional[TextNode "live"]
 * request.parameters().get("Name").asText();            // "my_input"
 * }</pre>
 *
 * <p>Form and query values are always text: {@code SecurityGroupIds.0=abc} becomes {@code
 * {"SecurityGroupIds":["abc"]}}, and {@code Size=3} becomes {@code {"Size":"3"}}. The common parameters of a form or
 * query string are left out of {@link #parameters()}; a JSON body is taken as sent (TC3 clients put the common
 * parameters in headers). Read them with {@link #action()}, {@link #version()} and the other accessors.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public interface ApiRequest {

    /** The common parameters of both encodings; never part of an action's own parameters. */
    List<String> COMMON_PARAMETERS = List.of(
            "Action",
            "Version",
            "Region",
            "Timestamp",
            "Nonce",
            "SecretId",
            "Signature",
            "SignatureMethod",
            "Token",
            "Language",
            "RequestClient");

    /** How a request carried its parameters. */
    enum Encoding {
        /** A JSON body ({@code application/json}), as TC3-signed POST requests send. */
        JSON,
        /** A form body ({@code application/x-www-form-urlencoded}), as v1-signed POST requests send. */
        FORM,
        /** The query string, as GET requests send. */
        QUERY,
        /** Anything else, for example {@code multipart/form-data}: no parameters were read. */
        OTHER
    }

    /**
     * Reads a request once.
     *
     * <pre>{@code
     * ApiRequest r = ApiRequest.of("POST", "/",
     *         Map.of("X-TC-Action", List.of("DescribeStreamLiveChannels"),
     *                "Content-Type", List.of("application/json")),
     *         "{}".getBytes(StandardCharsets.UTF_8));
     * }</pre>
     *
     * @param method the HTTP method, e.g. {@code "POST"}
     * @param url the path and raw query, e.g. {@code "/?Action=..."}
     * @param headers the headers as received (names in any case)
     * @param body the body bytes, possibly empty
     * @return the request
     * @throws IllegalArgumentException if an argument is null
     */
    static ApiRequest of(String method, String url, Map<String, List<String>> headers, byte[] body) {
        return ReadRequest.of(method, url, headers, body);
    }

    /**
     * The HTTP method.
     *
     * @return for example {@code "POST"}
     */
    String method();

    /**
     * The path and raw query string.
     *
     * @return for example {@code "/"} or {@code "/?Action=DescribeStreamLiveChannels&..."}
     */
    String url();

    /**
     * The action: the {@code X-TC-Action} header, else the {@code Action} parameter.
     *
     * @return the action, or {@code ""} if the request names none
     */
    String action();

    /**
     * The API version: the {@code X-TC-Version} header, else the {@code Version} parameter.
     *
     * @return the version, if the request names one
     */
    Optional<String> version();

    /**
     * The service a fake cloud routed the request to (by version and action, see {@link ServiceRegistry}); a request
     * read outside a fake has none.
     *
     * <pre>{@code
     * api.lastRequest().service(); // Optional[cvm]
     * }</pre>
     *
     * @return the service name, or empty
     */
    default Optional<String> service() {
        return Optional.empty();
    }

    /**
     * The region: the {@code X-TC-Region} header, else the {@code Region} parameter.
     *
     * @return the region, if the request names one
     */
    Optional<String> region();

    /**
     * The request timestamp: the {@code X-TC-Timestamp} header, else the {@code Timestamp} parameter.
     *
     * @return the timestamp, if present and a number of seconds
     */
    Optional<Instant> timestamp();

    /**
     * The security token of temporary credentials: the {@code X-TC-Token} header, else the {@code Token} parameter.
     *
     * @return the token, if present
     */
    Optional<String> token();

    /**
     * The first value of a header, by case-insensitive name.
     *
     * @param name the header name
     * @return its first value, if present
     */
    Optional<String> header(String name);

    /**
     * All headers as received.
     *
     * @return an unmodifiable map from header name to values
     */
    Map<String, List<String>> headers();

    /**
     * How the request carried its parameters.
     *
     * @return the encoding
     */
    Encoding encoding();

    /**
     * The action's own parameters as one tree, whatever the encoding: the JSON body, or the form or query fields
     * unflattened ({@code A.0.B=x} becomes {@code {"A":[{"B":"x"}]}}), without the common parameters.
     *
     * @return a fresh copy of the tree; an empty object when the request has no parameters or they cannot be read
     */
    ObjectNode parameters();

    /**
     * One parameter by its dotted path, with 0-based list indexes, as the gateway's messages name them.
     *
     * <pre>{@code
     * request.parameter("AttachedInputs.0.Id").map(JsonNode::asText); // Optional["5F8D..."]
     * }</pre>
     *
     * @param path for example {@code "InputSettings.0.AppName"}
     * @return the value, if present
     * @throws IllegalArgumentException if the path is null or blank, or has an empty segment
     */
    Optional<JsonNode> parameter(String path);

    /**
     * Why the parameters could not be read, if they could not: a JSON body that is not a JSON object, or a form or
     * query field that cannot be placed in the tree (a conflicting or out-of-range key).
     *
     * @return the problem, in words
     */
    Optional<String> parameterProblem();

    /**
     * The body.
     *
     * @return a copy of the body bytes
     */
    byte[] body();

    /**
     * The body decoded as UTF-8.
     *
     * @return the body text
     */
    String bodyAsString();

    /**
     * The body parsed as JSON.
     *
     * @return the JSON tree
     * @throws IllegalStateException if the body is empty or not JSON
     */
    JsonNode bodyJson();
}
