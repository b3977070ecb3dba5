package io.github.tctestkit.wiremock.internal.errorsources;

import io.github.tctestkit.wiremock.AllCommonErrors;
import io.github.tctestkit.wiremock.AllErrorsOf;
import io.github.tctestkit.wiremock.AllStreamLiveErrors;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.PreconditionViolationException;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Registered by the error-code sources, which are parameterized tests themselves: fails, with a message that says what
 * to remove, the extra plain run JUnit makes of a method that also carries {@code @Test} or {@code @TestFactory}
 * (JUnit only warns about it during discovery, and the plain run would otherwise fail with "No ParameterResolver
 * registered for parameter [...]"). Invocations of the parameterized test itself pass untouched. Not API.
 */
public final class ErrorSourceGuard implements BeforeEachCallback {

    private static final List<Class<? extends Annotation>> SOURCES =
            List.of(AllCommonErrors.class, AllStreamLiveErrors.class, AllErrorsOf.class);
    private static final List<Class<? extends Annotation>> OTHER_TESTS = List.of(Test.class, TestFactory.class);

    /** Invoked by JUnit. */
    public ErrorSourceGuard() {}

    @Override
    public void beforeEach(ExtensionContext context) {
        // an invocation of a test template has the template, which has the method, as its parent; a plain test has the
        // class
        if (context.getParent().flatMap(ExtensionContext::getTestMethod).isPresent()) {
            return;
        }
        Method method = context.getRequiredTestMethod();
        throw new PreconditionViolationException(names(method, SOURCES) + " on " + describe(method)
                + " already makes it a @ParameterizedTest that runs once per code; remove " + names(method, OTHER_TESTS)
                + " from it. JUnit also ran it as a plain test, which has no error code to pass.");
    }

    private static String names(Method method, List<Class<? extends Annotation>> types) {
        String found = types.stream()
                .filter(t -> AnnotationSupport.isAnnotated(method, t))
                .map(t -> "@" + t.getSimpleName())
                .collect(Collectors.joining(" and "));
        return found.isEmpty() ? "the other test annotation" : found;
    }

    private static String describe(Method method) {
        return method.getName()
                + Arrays.stream(method.getParameterTypes())
                        .map(Class::getSimpleName)
                        .collect(Collectors.joining(", ", "(", ")"));
    }
}
