package io.github.tctestkit.wiremock;

import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.wiremock.internal.CatalogueArgumentsProvider;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Feeds a {@code @ParameterizedTest} with every {@link CommonError}, one invocation each, named by its wire code.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @AllCommonErrors
 * void mapsEveryCommonError(CommonError error, TencentCloudApi api) { ... }
 *
 * @ParameterizedTest
 * @AllCommonErrors(categories = "AuthFailure")                       // the 7 AuthFailure.* codes
 * void authErrorsAreNotRetried(CommonError error, TencentCloudApi api) { ... }
 *
 * @ParameterizedTest
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
