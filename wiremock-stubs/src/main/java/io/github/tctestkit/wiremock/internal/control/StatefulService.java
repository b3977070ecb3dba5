package io.github.tctestkit.wiremock.internal.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The resources one stateful service holds, as {@code GET /_tctestkit/state} shows them and {@code PUT
 * /_tctestkit/state} seeds them: one JSON document per service, under the service's name: StreamLive ({@link
 * StreamLiveDocument}) and each service of the resource engine ({@link EngineDocument}: vpc, cvm, cbs).
 * Implementations must be safe to call while requests are served. Not API.
 */
public interface StatefulService {

    /**
     * The service's name, the member of the state document it owns.
     *
     * @return for example {@code "mdl"}
     */
    String service();

    /**
     * What the service holds now, in the shape {@link #replace} takes (plus read-only members such as ids).
     *
     * @return a fresh document
     */
    ObjectNode dump();

    /**
     * Checks a document without changing anything.
     *
     * @param document the service's member of the state document
     * @param path where the document is, for messages, for example {@code "mdl"}
     * @throws IllegalArgumentException naming the path and the fix when the document cannot be seeded
     */
    void check(JsonNode document, String path);

    /**
     * Replaces everything the service holds with the document; callers {@link #check} it first.
     *
     * @param document the service's member of the state document
     * @param path where the document is, for messages
     * @throws IllegalArgumentException as {@link #check} does
     */
    void replace(JsonNode document, String path);

    /** Forgets everything the service holds. */
    void clear();
}
