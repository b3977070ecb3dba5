package io.github.tctestkit.wiremock;

import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.wiremock.internal.errorsources.CatalogueArgumentsProvider;
import io.github.tctestkit.wiremock.internal.errorsources.ErrorSourceGuard;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A parameterized test over error codes, one invocation each, as {@link ErrorCode} named by its wire code: those of any
 * catalogue, every code a service can answer, or the codes one action can return (the common codes plus the product
 * codes its documentation lists). It is itself a {@link ParameterizedTest}, so it needs no other annotation; an explicit
 * {@code @ParameterizedTest} next to it (for example to choose another {@code name}) is allowed too and still runs each
 * code once, named as that annotation says. A {@code @Test} next to it is a mistake: JUnit would
 * also run the method as a plain test, and that run fails saying to remove {@code @Test}.
 *
 * <pre>{@code
 * @AllErrorsOf(action = "CreateStreamLiveInput")          // 26 common codes + the action's documented ones
 * void createInputMapsEveryError(ErrorCode error, TencentCloudApi api) { ... }
 *
 * @AllErrorsOf(catalogue = CvmError.class, excludeCategories = "InternalError")
 * void cvmErrors(ErrorCode error, TencentCloudApi api) { ... }
 *
 * @AllErrorsOf(services = "cvm", action = "RunInstances")  // common codes + those cvm documents for RunInstances
 * void runInstancesMapsEveryError(ErrorCode error, TencentCloudApi api) { ... }
 *
 * @AllErrorsOf(service = Acme.class)                        // common codes + every code of a user's own service
 * void everyAcmeCode(ErrorCode error, TencentCloudApi api) { ... }
 * }</pre>
 *
 * <p>Filters combine as in {@link AllCommonErrors}, by wire code and category: start from {@link #only()} (or every
 * code), keep {@link #categories()}, drop {@link #exclude()} and {@link #excludeCategories()}. A filter that names an
 * unknown code or category, or leaves no code, fails the test with a message that lists what exists.
 * {@link AllCommonErrors} and {@link AllStreamLiveErrors} are shorthands that pass their enum types.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ParameterizedTest(name = "[{index}] {0}")
@ExtendWith(ErrorSourceGuard.class)
@ArgumentsSource(CatalogueArgumentsProvider.ErrorsOf.class)
public @interface AllErrorsOf {

    /**
     * Enums of error codes to take every code from, for example {@code StreamLiveError.class}; none by default.
     *
     * @return the catalogues
     */
    Class<? extends ErrorCode>[] catalogue() default {};

    /**
     * An action whose errors to take: the common codes plus the product codes its documentation lists, from its
     * service's contract; the action must belong to one of the services chosen. Empty for every code of the
     * services named; with no service named either, the common codes.
     *
     * @return the action's name
     */
    String action() default "";

    /**
     * Built-in services, by name, whose codes (or whose action's codes) to take. When neither this nor {@link
     * #service()} is given: the services the enclosing {@code @TencentCloudApiTest} serves, else every built-in one.
     *
     * @return service names
     */
    String[] services() default {};

    /**
     * A user's own services, as classes with a no-argument constructor that supply their descriptions.
     *
     * @return the services' supplier classes
     */
    Class<? extends Supplier<ServiceDescription>>[] service() default {};

    /**
     * Only these wire codes; all when empty.
     *
     * @return the codes to start from
     */
    String[] only() default {};

    /**
     * Only codes of these categories (for example {@code "InvalidParameter"}); all when empty.
     *
     * @return the categories to keep
     */
    String[] categories() default {};

    /**
     * Wire codes to leave out.
     *
     * @return the codes to drop
     */
    String[] exclude() default {};

    /**
     * Categories to leave out.
     *
     * @return the categories to drop
     */
    String[] excludeCategories() default {};
}
