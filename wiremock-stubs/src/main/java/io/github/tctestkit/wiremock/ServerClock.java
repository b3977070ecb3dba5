package io.github.tctestkit.wiremock;

import java.time.Duration;
import java.time.Instant;

/**
 * The fake cloud's clock, against which it checks request timestamps ({@code AuthFailure.SignatureExpire} beyond 5
 * minutes of skew) and counts requests per second for rate limits. Tests move it instead of sleeping.
 *
 * <pre>{@code
 * api.clock().advance(Duration.ofMinutes(6));      // the client's timestamps are now 6 minutes behind
 * api.clock().set(Instant.parse("2026-01-01T00:00:00Z")); // stopped at this instant
 * api.clock().freeze();                            // stopped now: a burst all falls in one second
 * api.clock().reset();                             // back to the system clock
 * }</pre>
 *
 * <p>A change made during a test is undone when the test ends.
 */
public interface ServerClock {

    /**
     * The server's current time.
     *
     * @return now, on this clock
     */
    Instant now();

    /**
     * Stops the clock at an instant; it stays there until moved again.
     *
     * @param instant the time to show
     * @throws IllegalArgumentException when {@code instant} is null
     */
    void set(Instant instant);

    /**
     * Stops the clock at the current time.
     */
    void freeze();

    /**
     * Moves the clock by an amount (negative moves it back); a stopped clock stays stopped, a running one keeps
     * running from the new time.
     *
     * @param amount how far
     * @throws IllegalArgumentException when {@code amount} is null
     */
    void advance(Duration amount);

    /**
     * Follows the system clock again.
     */
    void reset();
}
