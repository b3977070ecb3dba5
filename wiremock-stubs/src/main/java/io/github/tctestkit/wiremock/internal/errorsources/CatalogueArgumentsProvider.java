package io.github.tctestkit.wiremock.internal.errorsources;

import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ErrorCatalogue;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.ServiceRegistry;
import io.github.tctestkit.core.StreamLiveError;
import io.github.tctestkit.wiremock.AllCommonErrors;
import io.github.tctestkit.wiremock.AllErrorsOf;
import io.github.tctestkit.wiremock.AllStreamLiveErrors;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import io.github.tctestkit.wiremock.internal.ServedServices;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.platform.commons.PreconditionViolationException;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The parameter sources behind {@link AllErrorsOf} and its shorthands {@link AllCommonErrors} and {@link
 * AllStreamLiveErrors}: one selection over any list of codes ({@link ErrorSelection}). Not API.
 */
public abstract class CatalogueArgumentsProvider implements ArgumentsProvider {

    private Supplier<List<? extends ErrorCode>> selection = List::of;

    CatalogueArgumentsProvider() {}

    void defer(Supplier<List<? extends ErrorCode>> select) {
        this.selection = select;
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        List<? extends ErrorCode> selected;
        try {
            selected = selection.get();
        } catch (PreconditionViolationException | IllegalArgumentException e) {
            // thrown while JUnit consumes the stream, so it reports our message instead of wrapping it
            RuntimeException failure = e instanceof PreconditionViolationException
                    ? e
                    : new PreconditionViolationException(e.getMessage(), e);
            return Stream.<Supplier<Arguments>>of(() -> {
                        throw failure;
                    })
                    .map(Supplier::get);
        }
        return selected.stream().map(Arguments::of);
    }

    /** Behind {@link AllCommonErrors}. */
    public static final class Common extends CatalogueArgumentsProvider implements AnnotationConsumer<AllCommonErrors> {
        /** Invoked by JUnit. */
        public Common() {}

        @Override
        public void accept(AllCommonErrors a) {
            defer(() -> ErrorSelection.select(
                    "@AllCommonErrors",
                    CommonError.catalogue().all(),
                    ErrorSelection.codes(a.only()),
                    List.of(a.categories()),
                    ErrorSelection.codes(a.exclude()),
                    List.of(a.excludeCategories())));
        }
    }

    /** Behind {@link AllStreamLiveErrors}. */
    public static final class StreamLive extends CatalogueArgumentsProvider
            implements AnnotationConsumer<AllStreamLiveErrors> {
        /** Invoked by JUnit. */
        public StreamLive() {}

        @Override
        public void accept(AllStreamLiveErrors a) {
            defer(() -> ErrorSelection.select(
                    "@AllStreamLiveErrors",
                    StreamLiveError.catalogue().all(),
                    ErrorSelection.codes(a.only()),
                    List.of(a.categories()),
                    ErrorSelection.codes(a.exclude()),
                    List.of(a.excludeCategories())));
        }
    }

    /** Behind {@link AllErrorsOf}. */
    public static final class ErrorsOf extends CatalogueArgumentsProvider implements AnnotationConsumer<AllErrorsOf> {
        /** Invoked by JUnit. */
        public ErrorsOf() {}

        private ServiceRegistry enclosing = null;

        @Override
        public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
            // the services of the enclosing @TencentCloudApiTest, when the source names none itself
            for (ExtensionContext c = context;
                    c != null && enclosing == null;
                    c = c.getParent().orElse(null)) {
                Optional<Class<?>> type = c.getTestClass();
                if (type.isPresent() && c.getTestMethod().isEmpty()) {
                    Optional<TencentCloudApiTest> t =
                            AnnotationSupport.findAnnotation(type.get(), TencentCloudApiTest.class);
                    if (t.isPresent()) {
                        try {
                            enclosing = ServedServices.of(
                                    t.get().services(), t.get().service(), "");
                        } catch (IllegalArgumentException e) {
                            enclosing = null; // the extension reports it
                        }
                    }
                }
            }
            return super.provideArguments(context);
        }

        @Override
        public void accept(AllErrorsOf a) {
            defer(() -> {
                String where = describe(a);
                return ErrorSelection.select(
                        where,
                        codes(a, where, enclosing),
                        List.of(a.only()),
                        List.of(a.categories()),
                        List.of(a.exclude()),
                        List.of(a.excludeCategories()));
            });
        }

        private static List<ErrorCode> codes(AllErrorsOf a, String where, ServiceRegistry enclosing) {
            if (a.catalogue().length > 0) {
                if (!a.action().isEmpty()) {
                    throw new PreconditionViolationException(
                            where + " names both catalogues and an action; choose one");
                }
                List<ErrorCode> all = new ArrayList<>();
                for (Class<? extends ErrorCode> type : a.catalogue()) {
                    all.addAll(catalogue(type, where).all());
                }
                return all;
            }
            boolean named = a.services().length > 0 || a.service().length > 0;
            ServiceRegistry registry = named
                    ? ServedServices.of(a.services(), a.service(), where)
                    : enclosing != null ? enclosing : ServiceRegistry.builtIn();
            if (a.action().isEmpty()) {
                if (!named && registry == ServiceRegistry.builtIn()) {
                    return new ArrayList<>(CommonError.catalogue().all());
                }
                java.util.Map<String, ErrorCode> byCode = new java.util.LinkedHashMap<>();
                for (ServiceDescription s : registry.services()) {
                    s.errors().forEach(e -> byCode.putIfAbsent(e.code(), e));
                }
                return new ArrayList<>(byCode.values());
            }
            List<ServiceDescription> with = registry.withAction(a.action());
            if (with.isEmpty()) {
                throw new PreconditionViolationException(where + ": no service "
                        + (registry == ServiceRegistry.builtIn() ? "built in" : "chosen") + " has action \""
                        + a.action() + "\"; did you mean " + String.join(", ", registry.closestActions(a.action(), 3))
                        + "?");
            }
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            with.forEach(s -> names.add(s.name()));
            if (names.size() > 1) {
                throw new PreconditionViolationException(where + ": action \"" + a.action() + "\" belongs to "
                        + names.size() + " services (" + String.join(", ", names) + "); name one with services = \""
                        + names.iterator().next() + "\"");
            }
            return with.get(with.size() - 1).errorsOf(a.action());
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static ErrorCatalogue<?> catalogue(Class<? extends ErrorCode> type, String where) {
            if (!type.isEnum()) {
                throw new PreconditionViolationException(
                        where + " names catalogue " + type.getName() + ", which is not an enum of error codes");
            }
            return ErrorCatalogue.of((Class) type);
        }

        private static String describe(AllErrorsOf a) {
            List<String> parts = new ArrayList<>();
            if (a.catalogue().length > 0) {
                parts.add("catalogue = "
                        + Arrays.stream(a.catalogue()).map(Class::getSimpleName).toList());
            }
            if (!a.action().isEmpty()) {
                parts.add("action = \"" + a.action() + "\"");
            }
            if (a.services().length > 0) {
                parts.add("services = " + Arrays.toString(a.services()));
            }
            if (a.service().length > 0) {
                parts.add("service = "
                        + Arrays.stream(a.service()).map(Class::getSimpleName).toList());
            }
            return "@AllErrorsOf(" + String.join(", ", parts) + ")";
        }
    }
}
