package io.github.tctestkit.wiremock;

import io.github.tctestkit.core.StreamLiveError;
import io.github.tctestkit.wiremock.internal.CatalogueArgumentsProvider;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Feeds a {@code @ParameterizedTest} with every {@link StreamLiveError} (StreamLive's own codes), one invocation each, named by its wire code.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @AllStreamLiveErrors
 * void mapsEveryStreamLiveError(StreamLiveError error, TencentCloudApi api) { ... }
 *
 * @ParameterizedTest
 * @AllStreamLiveErrors(only = {StreamLiveError.INVALID_PARAMETER_CHANNEL_ID, StreamLiveError.INVALID_PARAMETER_NOT_FOUND})
 * void reportsBadIds(StreamLiveError error, TencentCloudApi api) { ... }
 *
 * @ParameterizedTest
 * @AllStreamLiveErrors(excludeCategories = "InternalError")
 * void parameterErrorsAreNotRetried(StreamLiveError error, TencentCloudApi api) { ... }
 * }</pre>
 *
 * <p>Filters combine: start from {@link #only()} (or every code when empty), keep those in {@link #categories()} (when
 * given), then drop {@link #exclude()} and {@link #excludeCategories()}. A filter that leaves no code, or names an
 * unknown category, fails the test with a message that lists the valid categories.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(CatalogueArgumentsProvider.StreamLive.class)
public @interface AllStreamLiveErrors {

    /**
     * Only these codes; all when empty.
     *
     * @return the codes to start from
     */
    StreamLiveError[] only() default {};

    /**
     * Only codes of these categories (for example {@code "InvalidParameter"}); all when empty.
     *
     * @return the categories to keep
     */
    String[] categories() default {};

    /**
     * Codes to leave out.
     *
     * @return the codes to drop
     */
    StreamLiveError[] exclude() default {};

    /**
     * Categories to leave out.
     *
     * @return the categories to drop
     */
    String[] excludeCategories() default {};
}
