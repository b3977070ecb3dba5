package io.github.tctestkit.core.signing.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** {@code application/x-www-form-urlencoded} encoding and decoding in UTF-8. Internal. */
public final class FormCodec {

    private FormCodec() {}

    /** Encodes {@code k=v} pairs joined by {@code &}, in map order, with {@link URLEncoder} (as the SDK does). */
    public static String encode(Map<String, String> params) {
        StringJoiner j = new StringJoiner("&");
        params.forEach((k, v) -> j.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return j.toString();
    }

    /**
     * Decodes a form string into an ordered map.
     *
     * @throws IllegalArgumentException naming the problem for bad percent-encoding, an empty name or a duplicate
     */
    public static Map<String, String> decode(String form) {
        Map<String, String> out = new LinkedHashMap<>();
        if (form.isEmpty()) {
            return out;
        }
        for (String pair : form.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
            String name;
            String value;
            try {
                name = URLDecoder.decode(rawName, StandardCharsets.UTF_8);
                value = URLDecoder.decode(rawValue, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "bad percent-encoding in parameter " + Checks.quote(pair) + ": " + e.getMessage(), e);
            }
            if (name.isEmpty()) {
                throw new IllegalArgumentException("parameter with an empty name: " + Checks.quote(pair));
            }
            if (out.put(name, value) != null) {
                throw new IllegalArgumentException("parameter " + Checks.quote(name) + " appears more than once");
            }
        }
        return out;
    }
}
