package io.github.tctestkit.wiremock;

import java.time.Duration;

/**
 * One configured answer, returned by the {@code given...} methods of {@link TencentCloudApi} so it can be narrowed.
 *
 * <p>The answer is active as soon as the {@code given...} method returns; these methods change it in place. The most
 * recently configured answer that matches a request wins; an answer limited with {@link #times(int)} falls back to
 * the previous one once used up.
 *
 * <pre>{@code
 * api.givenSuccess("DescribeStreamLiveChannels", "{\"Infos\": []}");
 * api.givenError(CommonError.REQUEST_LIMIT_EXCEEDED)
 *         .forAction("DescribeStreamLiveChannels")
 *         .times(2);                       // two throttled calls, then the success above
 * api.givenSuccess("DeleteStreamLiveChannel").delayedBy(Duration.ofSeconds(2));
 * }</pre>
 */
public interface Stubbing {

    /**
     * Limits this answer to requests for one action (the {@code X-TC-Action} header, or the {@code Action} parameter
     * of v1-signed requests).
     *
     * @param action the action name, for example {@code "CreateStreamLiveChannel"}
     * @return this stubbing
     * @throws IllegalArgumentException when {@code action} is null, blank or contains white space
     */
    Stubbing forAction(String action);

    /**
     * Answers this way for the next {@code count} matching requests only, then falls back to the answer configured
     * before it (or to the default answer).
     *
     * @param count how many requests, at least 1
     * @return this stubbing
     * @throws IllegalArgumentException when {@code count} is less than 1
     */
    Stubbing times(int count);

    /**
     * Delays the answer, to test client timeouts. The server thread waits; nothing else is slowed.
     *
     * @param delay how long, between zero and 10 minutes
     * @return this stubbing
     * @throws IllegalArgumentException when {@code delay} is null, negative or longer than 10 minutes
     */
    Stubbing delayedBy(Duration delay);

    /**
     * How many more requests this answer will serve.
     *
     * @return the remaining count, or {@code -1} when unlimited
     */
    int remaining();
}
