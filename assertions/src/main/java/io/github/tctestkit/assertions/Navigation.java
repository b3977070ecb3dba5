package io.github.tctestkit.assertions;

import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.SoftAssertionsProvider;

/** Creates the assert objects that navigation methods return, soft when their parent is soft. Not API. */
final class Navigation {

    private Navigation() {}

    /**
     * The child assert: a soft proxy when {@code softly} is set, a plain assert otherwise. The parent's description
     * ({@code as(...)}) carries over.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <A extends AbstractAssert<?, ?>, T> A child(
            AbstractAssert<?, ?> parent,
            SoftAssertionsProvider softly,
            Class<A> type,
            Class<T> actualType,
            T value,
            Function<T, A> hard) {
        A child = softly == null ? hard.apply(value) : (A) softly.proxy((Class) type, (Class) actualType, value);
        if (parent.getWritableAssertionInfo().hasDescription()) {
            child.describedAs(parent.getWritableAssertionInfo().description());
        }
        return child;
    }

    /**
     * Handles a failed navigation: throws the error in hard mode; in soft mode records it and lets the caller go on
     * with an assert on {@code null} (whose own assertions then fail too).
     */
    static void failed(SoftAssertionsProvider softly, AssertionError error) {
        if (softly == null) {
            throw error;
        }
        softly.collectAssertionError(error);
    }
}
