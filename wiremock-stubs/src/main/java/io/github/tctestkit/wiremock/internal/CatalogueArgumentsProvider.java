package io.github.tctestkit.wiremock.internal;

import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ErrorCatalogue;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.StreamLiveError;
import io.github.tctestkit.wiremock.AllCommonErrors;
import io.github.tctestkit.wiremock.AllErrorsOf;
import io.github.tctestkit.wiremock.AllStreamLiveErrors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.platform.commons.PreconditionViolationException;

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

        @Override
        public void accept(AllErrorsOf a) {
            defer(() -> {
                String where = describe(a);
                return ErrorSelection.select(
                        where,
                        codes(a, where),
                        List.of(a.only()),
                        List.of(a.categories()),
                        List.of(a.exclude()),
                        List.of(a.excludeCategories()));
            });
        }

        private static List<ErrorCode> codes(AllErrorsOf a, String where) {
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
            ServiceDescription service = StreamLiveService.of(a.service(), where);
            if (a.action().isEmpty()) {
                return service.errors();
            }
            return service.errorsOf(a.action());
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
            if (a.service() != StreamLiveService.class) {
                parts.add("service = " + a.service().getSimpleName());
            }
            return "@AllErrorsOf(" + String.join(", ", parts) + ")";
        }
    }
}
