package io.github.tctestkit.wiremock;

import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.wiremock.internal.errorsources.CatalogueArgumentsProvider;
import io.github.tctestkit.wiremock.internal.errorsources.ErrorSourceGuard;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A parameterized test over every {@link CommonError}: one invocation each, named by its wire code (for example
 * {@code [5] AuthFailure.SignatureFailure}). It is itself a {@link ParameterizedTest}, so it needs no other annotation;
 * an explicit {@code @ParameterizedTest} next to it (for example to choose another {@code name}) is allowed too and still
 * runs each code once, named as that annotation says. A {@code @Test} next to it is a mistake: JUnit would
 * also run the method as a plain test, and that run fails saying to remove {@code @Test}.
 *
 * <pre>{@code
 * @AllCommonErrors
 * void mapsEveryCommonError(CommonError error, TencentCloudApi api) { ... }
 *
 * @AllCommonErrors(categories = "AuthFailure")                       // the 7 AuthFailure.* codes
 * void authErrorsAreNotRetried(CommonError error, TencentCloudApi api) { ... }
 *
 * @AllCommonErrors(exclude = {CommonError.DRY_RUN_OPERATION, CommonError.REQUEST_LIMIT_EXCEEDED})
 * void otherErrorsFailTheCall(CommonError error, TencentCloudApi api) { ... }
 * }</pre>
 *
 * <p>Filters combine: start from {@link #only()} (or every code when empty), keep those in {@link #categories()} (when
 * given), then drop {@link #exclude()} and {@link #excludeCategories()}. A filter that leaves no code, or names an
 * unknown category, fails the test with a message that lists the valid categories.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ParameterizedTest(name = "[{index}] {0}")
@ExtendWith(ErrorSourceGuard.class)
@ArgumentsSource(CatalogueArgumentsProvider.Common.class)
public @interface AllCommonErrors {

    /**
     * Only these codes; all when empty.
     *
     * @return the codes to start from
     */
    CommonError[] only() default {};

    /**
     * Only codes of these categories (for example {@code "AuthFailure"}); all when empty.
     *
     * @return the categories to keep
     */
    String[] categories() default {};

    /**
     * Codes to leave out.
     *
     * @return the codes to drop
     */
    CommonError[] exclude() default {};

    /**
     * Categories to leave out.
     *
     * @return the categories to drop
     */
    String[] excludeCategories() default {};
}
