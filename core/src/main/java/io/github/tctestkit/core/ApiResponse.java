package io.github.tctestkit.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.internal.Json;
import io.github.tctestkit.core.internal.SimpleErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A Tencent Cloud API 3.0 response envelope: {@code {"Response": {..., "RequestId": "..."}}} for a success, {@code
 * {"Response": {"Error": {"Code": "...", "Message": "..."}, "RequestId": "..."}}} for a failure.
 *
 * <h2>Parsing</h2>
 *
 * <pre>{@code
 * ApiResponse resp = ApiResponse.parse(body);            // String, byte[] or InputStream
 * if (resp.isSuccess()) {
 *     long total = resp.field("TotalCount").orElseThrow().asLong();
 *     Channels channels = resp.payloadAs(Channels.class); // bind to your own type
 * } else {
 *     ApiError error = resp.error().orElseThrow();
 *     error.code();                                      // "AuthFailure.SignatureFailure"
 * }
 * resp.requestId();                                      // "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"
 * }</pre>
 *
 * <p>What is strict and what is lenient, chosen to match what the API documents and what the real Java SDK accepts:
 *
 * <ul>
 *   <li>Strict: the body is one JSON object, with no trailing content and no duplicate keys; it has a {@code
 *       Response} object; {@code Response.RequestId} is a non-empty string; when {@code Response.Error} is an object
 *       it has a {@code Code} (a non-empty string without white space) and a {@code Message} (a string). Anything
 *       else raises {@link MalformedEnvelopeException}, whose message names the problem and its JSON pointer.
 *   <li>Lenient: unknown fields, inside {@code Response}, inside {@code Error} or beside {@code Response}, are
 *       accepted and kept; {@code "Error": null} means success, as it does for the SDK.
 * </ul>
 *
 * <h2>Building</h2>
 *
 * <pre>{@code
 * ApiResponse.ofError(CommonError.AUTH_SIGNATURE_FAILURE, "The provided credentials could not be validated.");
 * ApiResponse.ofSuccess("{\"TotalCount\": 0, \"InstanceStatusSet\": []}")
 *         .withRequestId("b5b41468-520d-4192-b42f-595cc34b6c1c")
 *         .toJson();
 * // {"Response":{"TotalCount":0,"InstanceStatusSet":[],"RequestId":"b5b41468-520d-4192-b42f-595cc34b6c1c"}}
 * }</pre>
 *
 * <p>Built envelopes carry a fresh random UUID as RequestId unless one is given, and serialise as the real API sends
 * them: compact, payload fields (or {@code Error}) first and {@code RequestId} last, non-ASCII characters as UTF-8.
 *
 * <p>Instances are immutable and thread-safe; {@link #payload()} and {@link #field(String)} return copies.
 */
public final class ApiResponse {

    private static final int SNIPPET = 200;

    private final ObjectNode root;
    private final String requestId;
    private final ApiError error;

    private ApiResponse(ObjectNode root, String requestId, ApiError error) {
        this.root = root;
        this.requestId = requestId;
        this.error = error;
    }

    // ------------------------------------------------------------------ parsing

    /**
     * Parses an envelope.
     *
     * @param json the body
     * @return the envelope
     * @throws MalformedEnvelopeException when the body is null, not JSON, or not an API 3.0 envelope
     */
    public static ApiResponse parse(String json) {
        if (json == null) {
            throw new MalformedEnvelopeException("", "Not an API 3.0 envelope: the body is null", null);
        }
        if (json.isBlank()) {
            throw new MalformedEnvelopeException(
                    "",
                    "Not an API 3.0 envelope: the body is empty" + (json.isEmpty() ? "" : " (only white space)"),
                    null);
        }
        JsonNode tree;
        try {
            tree = Json.STRICT.readTree(json);
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage();
            String where = e.getLocation() == null
                    ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr();
            throw new MalformedEnvelopeException(
                    "",
                    "Not an API 3.0 envelope: the body is not valid JSON" + where + ": " + detail + ". Body: "
                            + Json.snippet(json, SNIPPET),
                    e);
        }
        return fromTree(tree, json);
    }

    /**
     * Parses an envelope from UTF-8 bytes.
     *
     * @param utf8 the body
     * @return the envelope
     * @throws MalformedEnvelopeException when the bytes are null, not UTF-8, not JSON, or not an API 3.0 envelope
     */
    public static ApiResponse parse(byte[] utf8) {
        if (utf8 == null) {
            throw new MalformedEnvelopeException("", "Not an API 3.0 envelope: the body is null", null);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedEnvelopeException(
                    "", "Not an API 3.0 envelope: the body is not valid UTF-8 (" + utf8.length + " bytes)", e);
        }
        return parse(text);
    }

    /**
     * Reads a stream to its end and parses the envelope. The stream is not closed.
     *
     * @param utf8 the body
     * @return the envelope
     * @throws MalformedEnvelopeException when the stream is null or its content is not an API 3.0 envelope
     * @throws UncheckedIOException when reading fails
     */
    public static ApiResponse parse(InputStream utf8) {
        if (utf8 == null) {
            throw new MalformedEnvelopeException("", "Not an API 3.0 envelope: the body stream is null", null);
        }
        try {
            return parse(utf8.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the envelope from the stream: " + e, e);
        }
    }

    private static ApiResponse fromTree(JsonNode tree, String source) {
        if (!tree.isObject()) {
            throw malformed("", "the body must be a JSON object, but is " + Json.describe(tree), source);
        }
        JsonNode response = tree.get("Response");
        if (response == null) {
            throw malformed("/Response", "the body has no \"Response\" field", source);
        }
        if (!response.isObject()) {
            throw malformed("/Response", "\"Response\" must be an object, but is " + Json.describe(response), source);
        }
        JsonNode rid = response.get("RequestId");
        if (rid == null) {
            throw malformed("/Response/RequestId", "\"Response\" has no \"RequestId\"", source);
        }
        if (!rid.isTextual()) {
            throw malformed(
                    "/Response/RequestId", "\"RequestId\" must be a string, but is " + Json.describe(rid), source);
        }
        if (rid.asText().isEmpty()) {
            throw malformed("/Response/RequestId", "\"RequestId\" is empty", source);
        }
        ApiError error = null;
        JsonNode err = response.get("Error");
        if (err != null && !err.isNull()) {
            if (!err.isObject()) {
                throw malformed("/Response/Error", "\"Error\" must be an object, but is " + Json.describe(err), source);
            }
            JsonNode code = err.get("Code");
            if (code == null) {
                throw malformed("/Response/Error/Code", "\"Error\" has no \"Code\"", source);
            }
            if (!code.isTextual()) {
                throw malformed(
                        "/Response/Error/Code", "\"Code\" must be a string, but is " + Json.describe(code), source);
            }
            if (code.asText().isBlank() || SimpleErrorCode.containsSpace(code.asText())) {
                String text = code.asText();
                throw malformed(
                        "/Response/Error/Code",
                        "\"Code\" must be a non-empty code without white space, but is \"" + text + "\""
                                + (text.isEmpty() ? "" : ", which has " + SimpleErrorCode.firstSpace(text)),
                        source);
            }
            JsonNode message = err.get("Message");
            if (message == null) {
                throw malformed("/Response/Error/Message", "\"Error\" has no \"Message\"", source);
            }
            if (!message.isTextual()) {
                throw malformed(
                        "/Response/Error/Message",
                        "\"Message\" must be a string, but is " + Json.describe(message),
                        source);
            }
            error = ApiError.of(code.asText(), message.asText());
        }
        return new ApiResponse((ObjectNode) tree, rid.asText(), error);
    }

    private static MalformedEnvelopeException malformed(String pointer, String problem, String source) {
        String where = pointer.isEmpty() ? "" : " (at " + pointer + ")";
        return new MalformedEnvelopeException(
                pointer,
                "Not an API 3.0 envelope: " + problem + where + ". Body: " + Json.snippet(source, SNIPPET),
                null);
    }

    // ------------------------------------------------------------------ building

    /**
     * A failure envelope with a fresh RequestId.
     *
     * @param code the error code
     * @param message the message
     * @return the envelope
     * @throws IllegalArgumentException when {@code code} or {@code message} is null
     */
    public static ApiResponse ofError(ErrorCode code, String message) {
        if (code == null) {
            throw new IllegalArgumentException("error code must not be null");
        }
        return ofError(code.code(), message);
    }

    /**
     * A failure envelope with a fresh RequestId, whose message is the code's description.
     *
     * @param code the error code
     * @return the envelope
     * @throws IllegalArgumentException when {@code code} is null
     */
    public static ApiResponse ofError(ErrorCode code) {
        if (code == null) {
            throw new IllegalArgumentException("error code must not be null");
        }
        return ofError(code.code(), code.description());
    }

    /**
     * A failure envelope for any code string, with a fresh RequestId.
     *
     * @param code the wire code, for example {@code "FailedOperation.ChannelBusy"}
     * @param message the message
     * @return the envelope
     * @throws IllegalArgumentException when {@code code} is null, blank or has white space, or {@code message} is
     *     null
     */
    public static ApiResponse ofError(String code, String message) {
        ApiError error = ApiError.of(code, message);
        String requestId = newRequestId();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode response = root.putObject("Response");
        ObjectNode err = response.putObject("Error");
        err.put("Code", error.code());
        err.put("Message", error.message());
        response.put("RequestId", requestId);
        return new ApiResponse(root, requestId, error);
    }

    /**
     * A success envelope with no payload fields and a fresh RequestId.
     *
     * @return the envelope
     */
    public static ApiResponse ofSuccess() {
        return successOf(JsonNodeFactory.instance.objectNode());
    }

    /**
     * A success envelope whose payload fields are the members of a JSON object, with a fresh RequestId.
     *
     * <pre>{@code
     * ApiResponse.ofSuccess("{\"TotalCount\": 0, \"InstanceStatusSet\": []}");
     * }</pre>
     *
     * @param payloadJson a JSON object of payload fields; it must not contain {@code RequestId} or {@code Error}
     * @return the envelope
     * @throws IllegalArgumentException when {@code payloadJson} is null, not JSON, not an object, or contains {@code
     *     RequestId} or {@code Error}
     */
    public static ApiResponse ofSuccess(String payloadJson) {
        if (payloadJson == null) {
            throw new IllegalArgumentException("payload JSON must not be null; use ofSuccess() for an empty payload");
        }
        JsonNode node;
        try {
            node = Json.STRICT.readTree(payloadJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "payload is not valid JSON: " + e.getOriginalMessage() + ". Payload: "
                            + Json.snippet(payloadJson, SNIPPET),
                    e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("payload must be a JSON object of fields, but is " + Json.describe(node)
                    + ": " + Json.snippet(payloadJson, SNIPPET));
        }
        return successOf((ObjectNode) node);
    }

    /**
     * A success envelope whose payload fields are a map's entries (values are converted with Jackson), with a fresh
     * RequestId.
     *
     * <pre>{@code
     * ApiResponse.ofSuccess(Map.of("TotalCount", 0));
     * }</pre>
     *
     * @param fields the payload fields; must not contain {@code RequestId} or {@code Error}
     * @return the envelope
     * @throws IllegalArgumentException when {@code fields} is null, has a null key, contains {@code RequestId} or
     *     {@code Error}, or a value cannot be converted to JSON
     */
    public static ApiResponse ofSuccess(Map<String, ?> fields) {
        if (fields == null) {
            throw new IllegalArgumentException("payload fields must not be null; use ofSuccess() for none");
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, ?> e : fields.entrySet()) {
            if (e.getKey() == null) {
                throw new IllegalArgumentException("payload field names must not be null");
            }
            try {
                node.set(e.getKey(), Json.STRICT.valueToTree(e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(
                        "payload field \"" + e.getKey() + "\" cannot be converted to JSON: " + ex.getMessage(), ex);
            }
        }
        return successOf(node);
    }

    /**
     * A success envelope whose payload fields are the members of a Jackson object node, with a fresh RequestId. The
     * node is copied.
     *
     * @param payload the payload fields; must not contain {@code RequestId} or {@code Error}
     * @return the envelope
     * @throws IllegalArgumentException when {@code payload} is null or contains {@code RequestId} or {@code Error}
     */
    public static ApiResponse ofSuccess(ObjectNode payload) {
        if (payload == null) {
            throw new IllegalArgumentException("payload must not be null; use ofSuccess() for none");
        }
        return successOf(payload.deepCopy());
    }

    private static ApiResponse successOf(ObjectNode payload) {
        for (String reserved : new String[] {"RequestId", "Error"}) {
            if (payload.has(reserved)) {
                throw new IllegalArgumentException("payload must not contain \"" + reserved + "\": "
                        + (reserved.equals("RequestId")
                                ? "use withRequestId(...) to choose it"
                                : "use ofError(...) for a failure envelope"));
            }
        }
        String requestId = newRequestId();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode response = root.putObject("Response");
        response.setAll(payload);
        response.put("RequestId", requestId);
        return new ApiResponse(root, requestId, null);
    }

    /**
     * A copy of this envelope with another RequestId, kept in place in the field order.
     *
     * @param requestId the new RequestId, non-empty
     * @return the copy
     * @throws IllegalArgumentException when {@code requestId} is null or empty
     */
    public ApiResponse withRequestId(String requestId) {
        if (requestId == null || requestId.isEmpty()) {
            throw new IllegalArgumentException("RequestId must not be null or empty");
        }
        ObjectNode copy = root.deepCopy();
        ((ObjectNode) copy.get("Response")).put("RequestId", requestId);
        return new ApiResponse(copy, requestId, error);
    }

    /**
     * A new random RequestId, in the UUID form the real API uses.
     *
     * @return for example {@code "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}
     */
    public static String newRequestId() {
        return UUID.randomUUID().toString();
    }

    // ------------------------------------------------------------------ reading

    /**
     * Whether the call succeeded: the envelope has no {@code Error} (or {@code "Error": null}).
     *
     * @return {@code true} on success
     */
    public boolean isSuccess() {
        return error == null;
    }

    /**
     * Whether the call failed: the envelope has an {@code Error} object.
     *
     * @return {@code true} on failure
     */
    public boolean isError() {
        return error != null;
    }

    /**
     * The error of a failed call.
     *
     * @return the error, or empty on success
     */
    public Optional<ApiError> error() {
        return Optional.ofNullable(error);
    }

    /**
     * The RequestId.
     *
     * @return the RequestId, never empty
     */
    public String requestId() {
        return requestId;
    }

    /**
     * The payload: a copy of {@code Response} without {@code RequestId} and {@code Error}.
     *
     * @return a new object node
     */
    public ObjectNode payload() {
        ObjectNode copy = ((ObjectNode) root.get("Response")).deepCopy();
        copy.remove("RequestId");
        copy.remove("Error");
        return copy;
    }

    /**
     * One field of {@code Response}, copied.
     *
     * @param name the field name, for example {@code "TotalCount"}
     * @return the field's value, or empty when absent
     */
    public Optional<JsonNode> field(String name) {
        JsonNode node = name == null ? null : root.get("Response").get(name);
        return node == null ? Optional.empty() : Optional.of(node.deepCopy());
    }

    /**
     * A value inside {@code Response}, by JSON pointer, copied.
     *
     * <pre>{@code
     * resp.at("/Infos/0/Id");   // the Id of the first element of Infos
     * }</pre>
     *
     * @param jsonPointer a JSON pointer relative to {@code Response}, starting with {@code /}
     * @return the value, or empty when nothing is there
     * @throws IllegalArgumentException when {@code jsonPointer} is not a valid JSON pointer
     */
    public Optional<JsonNode> at(String jsonPointer) {
        if (jsonPointer == null || !(jsonPointer.isEmpty() || jsonPointer.startsWith("/"))) {
            throw new IllegalArgumentException(
                    "a JSON pointer must be empty or start with '/', but was " + Objects.toString(jsonPointer));
        }
        JsonNode node = root.get("Response").at(jsonPointer);
        return node.isMissingNode() ? Optional.empty() : Optional.of(node.deepCopy());
    }

    /**
     * Binds the payload to a type of your own with Jackson. Unknown properties are ignored, as the real SDK ignores
     * them.
     *
     * @param type the target type
     * @param <T> the target type
     * @return the bound value
     * @throws IllegalArgumentException when the payload cannot be bound to {@code type}
     */
    public <T> T payloadAs(Class<T> type) {
        if (type == null) {
            throw new IllegalArgumentException("target type must not be null");
        }
        try {
            return Json.BINDING.treeToValue(payload(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "cannot bind the payload of RequestId " + requestId + " to " + type.getName() + ": "
                            + (e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage()),
                    e);
        }
    }

    /**
     * The names of the payload fields, in order.
     *
     * @return the names, without {@code RequestId} and {@code Error}
     */
    public java.util.List<String> fieldNames() {
        java.util.List<String> names = new java.util.ArrayList<>();
        Iterator<String> it = root.get("Response").fieldNames();
        while (it.hasNext()) {
            String n = it.next();
            if (!n.equals("RequestId") && !n.equals("Error")) {
                names.add(n);
            }
        }
        return java.util.List.copyOf(names);
    }

    // ------------------------------------------------------------------ writing

    /**
     * The envelope as compact JSON, as the real API sends it.
     *
     * @return the JSON text
     */
    public String toJson() {
        try {
            return Json.STRICT.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an envelope tree", e);
        }
    }

    /**
     * The envelope as indented JSON, for messages and logs.
     *
     * @return the JSON text
     */
    public String toPrettyJson() {
        try {
            return Json.STRICT.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an envelope tree", e);
        }
    }

    /**
     * The envelope as compact JSON in UTF-8.
     *
     * @return the bytes
     */
    public byte[] toBytes() {
        return toJson().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Equal when the JSON trees are equal, numbers compared by value: {@code 10}, {@code 10.0} and {@code 1.0E1} are
     * equal however Jackson typed them, so that an envelope equals its own parsed {@link #toJson()}.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ApiResponse other && root.equals(ApiResponse::compareByValue, other.root);
    }

    @Override
    public int hashCode() {
        return hashByValue(root);
    }

    private static int compareByValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            BigDecimal x = exactValue(a);
            BigDecimal y = exactValue(b);
            if (x != null && y != null) {
                return x.compareTo(y);
            }
        }
        return a.equals(b) ? 0 : 1;
    }

    private static int hashByValue(JsonNode node) {
        if (node.isObject()) {
            int h = 0;
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                h += e.getKey().hashCode() ^ hashByValue(e.getValue());
            }
            return h;
        }
        if (node.isArray()) {
            int h = 1;
            for (JsonNode element : node) {
                h = 31 * h + hashByValue(element);
            }
            return h;
        }
        if (node.isNumber()) {
            BigDecimal v = exactValue(node);
            return v == null ? node.hashCode() : v.stripTrailingZeros().hashCode();
        }
        return node.hashCode();
    }

    /** The exact value of a number node, or {@code null} for NaN and infinities. */
    private static BigDecimal exactValue(JsonNode number) {
        if ((number.isDouble() || number.isFloat()) && !Double.isFinite(number.doubleValue())) {
            return null;
        }
        return number.decimalValue();
    }

    /**
     * The compact JSON.
     *
     * @return {@link #toJson()}
     */
    @Override
    public String toString() {
        return toJson();
    }
}
