package io.github.tctestkit.wiremock;

import java.time.Duration;

/**
 * A configured success answer, which a test can still change field by field: it states only what it cares about and
 * keeps the rest of the default answer, shaped like the real one.
 *
 * <pre>{@code
 * api.givenSuccess("DescribeStreamLiveChannels")
 *         .with("Infos.0.State", "RUNNING")
 *         .with("Infos.0.Name", "evening_news");
 *
 * api.givenSuccess("DescribeStreamLiveChannel")
 *         .withJson("{\"Info\":{\"State\":\"IDLE\",\"AttachedInputs\":[]}}"); // a JSON merge patch (RFC 7386)
 * }</pre>
 *
 * <p>Each change is checked against the action's output structure in the service's contract, as {@link
 * TencentCloudApi#givenSuccess(String, String)} checks a whole payload: a member the structure does not have, or a
 * value of the wrong type, throws {@link IllegalArgumentException} naming the path and the members that exist there.
 * Each change publishes the whole new answer at once.
 */
public interface SuccessStubbing extends Stubbing {

    /**
     * Sets one field of the answer by its dotted path, with 0-based list indexes; objects and list items on the way
     * are created, and an index may name the next item of a list to append one.
     *
     * @param path for example {@code "Infos.0.State"}
     * @param value a {@link String}, {@link Number}, {@link Boolean}, {@link java.util.Map}, {@link java.util.List},
     *     a Jackson {@code JsonNode}, or {@code null} where the member is nullable
     * @return this answer
     * @throws IllegalArgumentException if the path or the value does not fit the action's output structure
     */
    SuccessStubbing with(String path, Object value);

    /**
     * Merges a JSON merge patch (RFC 7386) into the answer: objects merge member by member, {@code null} removes a
     * member, anything else replaces.
     *
     * @param mergePatch a JSON object
     * @return this answer
     * @throws IllegalArgumentException if the text is not a JSON object, or the result does not fit the action's
     *     output structure
     */
    SuccessStubbing withJson(String mergePatch);

    @Override
    SuccessStubbing forAction(String action);

    @Override
    SuccessStubbing times(int count);

    @Override
    SuccessStubbing delayedBy(Duration delay);
}
