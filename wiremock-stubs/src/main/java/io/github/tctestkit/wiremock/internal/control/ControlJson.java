package io.github.tctestkit.wiremock.internal.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.wiremock.RecordedRequest;
import io.github.tctestkit.wiremock.Rejection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The journal as the control API shows it: one JSON object per request or refusal. Security tokens are masked. */
final class ControlJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern TOKEN_PARAMETER = Pattern.compile("([?&]Token=)[^&]*");
    static final String MASK = "****";

    private ControlJson() {}

    static ObjectNode request(RecordedRequest r) {
        ObjectNode o = F.objectNode();
        o.put("receivedAt", r.receivedAt().toString());
        o.put("method", r.method());
        o.put("url", TOKEN_PARAMETER.matcher(r.url()).replaceAll("$1" + MASK));
        putOrNull(o, "service", r.service().orElse(null));
        o.put("action", r.action());
        putOrNull(o, "version", r.version().orElse(null));
        putOrNull(o, "region", r.region().orElse(null));
        if (r.timestamp().isPresent()) {
            o.put("timestamp", r.timestamp().get().getEpochSecond());
        } else {
            o.putNull("timestamp");
        }
        o.put("encoding", r.encoding().name());
        ObjectNode headers = o.putObject("headers");
        for (Map.Entry<String, List<String>> h : r.headers().entrySet()) {
            headers.put(h.getKey(), h.getKey().equalsIgnoreCase("X-TC-Token") ? MASK : String.join(", ", h.getValue()));
        }
        ObjectNode parameters = r.parameters().deepCopy();
        if (parameters.has("Token")) {
            parameters.put("Token", MASK);
        }
        o.set("parameters", parameters);
        putOrNull(o, "parameterProblem", r.parameterProblem().orElse(null));
        return o;
    }

    static ObjectNode rejection(Rejection r) {
        ObjectNode o = F.objectNode();
        o.put("code", r.code());
        o.put("reason", r.reason());
        o.put("diagnostics", r.diagnostics());
        o.set("request", request(r.request()));
        return o;
    }

    static ObjectNode error(String message) {
        return F.objectNode().put("error", message);
    }

    private static void putOrNull(ObjectNode o, String name, String value) {
        if (value == null) {
            o.putNull(name);
        } else {
            o.put(name, value);
        }
    }

    static JsonNode text(String value) {
        return value == null ? F.nullNode() : F.textNode(value);
    }
}
