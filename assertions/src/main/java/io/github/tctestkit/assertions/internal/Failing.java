package io.github.tctestkit.assertions.internal;

import org.assertj.core.api.AssertionInfo;
import org.assertj.core.error.ErrorMessageFactory;
import org.assertj.core.internal.Failures;

/** Builds assertion errors. Not API. */
public final class Failing {

    private Failing() {}

    /**
     * An error whose message comes from a factory (with the description prefix) and which carries actual and expected
     * values for IDE diffs (an opentest4j {@code AssertionFailedError} when opentest4j is present).
     *
     * @param info the assertion's info
     * @param factory the message
     * @param actual the actual value
     * @param expected the expected value
     * @return the error, to throw
     */
    public static AssertionError diffable(
            AssertionInfo info, ErrorMessageFactory factory, Object actual, Object expected) {
        return Failures.instance().failure(info, factory, actual, expected);
    }
}
