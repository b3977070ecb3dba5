package io.github.tctestkit.assertions.internal;

import java.util.Arrays;
import java.util.Set;
import org.assertj.core.api.WritableAssertionInfo;
import org.assertj.core.error.AssertionErrorCreator;
import org.assertj.core.error.ErrorMessageFactory;

/** Builds assertion errors. Not API. */
public final class Failing {

    private static final AssertionErrorCreator CREATOR = new AssertionErrorCreator();
    private static final String[] OWN_PACKAGES = {
        "org.assertj.",
        "io.github.tctestkit.assertions.internal.",
        "io.github.tctestkit.assertions.error.",
        "java.lang.reflect.",
        "jdk.internal.reflect.",
        "sun.reflect."
    };
    private static final String API = "io.github.tctestkit.assertions.";
    private static final Set<String> OWN_API_CLASSES = Set.of(
            "ApiResponseAssert",
            "ApiErrorAssert",
            "JsonValueAssert",
            "HttpResponseAssert",
            "SdkExceptionAssert",
            "Navigation",
            "TencentCloudAssertions",
            "TencentCloudSdkAssertions",
            "TencentCloudSoftAssertionsProvider",
            "TencentCloudSdkSoftAssertionsProvider");

    private Failing() {}

    /**
     * An error whose message comes from a factory (with the {@code as(...)} description prefix, or the overriding
     * message) and which carries actual and expected values for IDE diffs: an opentest4j {@code AssertionFailedError}
     * when opentest4j is on the class path, a plain {@link AssertionError} otherwise.
     *
     * @param info the assertion's info
     * @param factory the message
     * @param actual the actual value
     * @param expected the expected value
     * @return the error, to throw
     */
    public static AssertionError diffable(
            WritableAssertionInfo info, ErrorMessageFactory factory, Object actual, Object expected) {
        String message = info.overridingErrorMessage() != null
                ? info.overridingErrorMessage()
                : factory.create(info.description(), info.representation());
        AssertionError error = CREATOR.assertionError(message, actual, expected, info.representation());
        removeOwnFrames(error);
        return error;
    }

    /**
     * An error for a failure outside any assert object, for example a body that is not an envelope.
     *
     * @param factory the message
     * @return the error, to throw
     */
    public static AssertionError plain(ErrorMessageFactory factory) {
        AssertionError error = new AssertionError(factory.create());
        removeOwnFrames(error);
        return error;
    }

    /** Drops the leading frames of AssertJ, of these assertions and of reflection, as AssertJ does for its own. */
    private static void removeOwnFrames(AssertionError error) {
        StackTraceElement[] trace = error.getStackTrace();
        int first = 0;
        while (first < trace.length - 1 && isOwn(trace[first].getClassName())) {
            first++;
        }
        error.setStackTrace(Arrays.copyOfRange(trace, first, trace.length));
    }

    private static boolean isOwn(String className) {
        for (String prefix : OWN_PACKAGES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        if (!className.startsWith(API)) {
            return false;
        }
        String simple = className.substring(API.length());
        int dollar = simple.indexOf('$'); // nested, lambda and soft-proxy classes
        return OWN_API_CLASSES.contains(dollar < 0 ? simple : simple.substring(0, dollar));
    }
}
