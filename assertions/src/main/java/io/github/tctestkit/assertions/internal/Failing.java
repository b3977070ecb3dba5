package io.github.tctestkit.assertions.internal;

import java.security.CodeSource;
import java.util.Arrays;
import java.util.Objects;
import org.assertj.core.api.WritableAssertionInfo;
import org.assertj.core.error.AssertionErrorCreator;
import org.assertj.core.error.ErrorMessageFactory;
import org.assertj.core.internal.Failures;

/** Builds assertion errors. Not API. */
public final class Failing {

    private static final AssertionErrorCreator CREATOR = new AssertionErrorCreator();
    /** Where AssertJ and reflection live: their frames go too. */
    private static final String[] OTHER_PACKAGES = {
        "org.assertj.", "java.lang.reflect.", "jdk.internal.reflect.", "sun.reflect."
    };

    /** Every class of this module, public or not, lives under this package. */
    private static final String OWN_PACKAGE = "io.github.tctestkit.assertions.";

    private static final Object OWN_LOCATION = location(Failing.class);

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
     * An error whose message comes from a factory (with the {@code as(...)} description prefix, or the overriding
     * message), as AssertJ's own {@code assertionError(..)} builds it.
     *
     * @param info the assertion's info
     * @param factory the message
     * @return the error, to throw
     */
    public static AssertionError error(WritableAssertionInfo info, ErrorMessageFactory factory) {
        AssertionError error = Failures.instance().failure(info, factory);
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

    /**
     * A frame of AssertJ, of reflection, or of a class of this module: any class under {@code
     * io.github.tctestkit.assertions}, with its nested, lambda and soft-proxy classes, that comes from the same jar
     * (or classes directory) as this one. The last condition keeps the frames of tests that share the package, such
     * as this module's own.
     */
    static boolean isOwn(String className) {
        for (String prefix : OTHER_PACKAGES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        if (!className.startsWith(OWN_PACKAGE)) {
            return false;
        }
        int dollar = className.indexOf('$');
        String outer = dollar < 0 ? className : className.substring(0, dollar);
        try {
            return Objects.equals(location(Class.forName(outer, false, Failing.class.getClassLoader())), OWN_LOCATION);
        } catch (ClassNotFoundException | LinkageError e) {
            return true;
        }
    }

    private static Object location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }
}
