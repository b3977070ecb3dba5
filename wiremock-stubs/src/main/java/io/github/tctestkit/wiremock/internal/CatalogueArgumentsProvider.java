package io.github.tctestkit.wiremock.internal;

import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ErrorCatalogue;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.StreamLiveError;
import io.github.tctestkit.wiremock.AllCommonErrors;
import io.github.tctestkit.wiremock.AllStreamLiveErrors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.platform.commons.PreconditionViolationException;

/**
 * Arguments for {@link AllCommonErrors} and {@link AllStreamLiveErrors}. Implements only the JUnit 5.0 form of
 * {@code provideArguments}, which JUnit 5.10 to 6.x all call. Not API.
 *
 * @param <E> the catalogue's enum
 */
public abstract class CatalogueArgumentsProvider<E extends Enum<E> & ErrorCode> implements ArgumentsProvider {

    private final ErrorCatalogue<E> catalogue;
    private final String annotationName;
    private Runnable selection = () -> {};
    private List<E> selected;

    CatalogueArgumentsProvider(ErrorCatalogue<E> catalogue, String annotationName) {
        this.catalogue = catalogue;
        this.annotationName = annotationName;
    }

    void select(E[] only, String[] categories, E[] exclude, String[] excludeCategories) {
        Set<String> known = catalogue.categories();
        for (String c : concat(categories, excludeCategories)) {
            if (!known.contains(c)) {
                throw new PreconditionViolationException("@" + annotationName + " names category \"" + c
                        + "\", which no code has. Categories: " + String.join(", ", known));
            }
        }
        List<E> result = new ArrayList<>(only.length == 0 ? catalogue.all() : Arrays.asList(only));
        if (categories.length > 0) {
            List<String> keep = Arrays.asList(categories);
            result.removeIf(e -> !keep.contains(e.category()));
        }
        result.removeAll(Arrays.asList(exclude));
        List<String> drop = Arrays.asList(excludeCategories);
        result.removeIf(e -> drop.contains(e.category()));
        if (result.isEmpty()) {
            throw new PreconditionViolationException("@" + annotationName + " selects no error code: only="
                    + Arrays.toString(only) + ", categories=" + Arrays.toString(categories) + ", exclude="
                    + Arrays.toString(exclude) + ", excludeCategories=" + Arrays.toString(excludeCategories));
        }
        this.selected = List.copyOf(result.stream().distinct().toList());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        try {
            selection.run();
        } catch (PreconditionViolationException e) {
            // thrown while JUnit consumes the stream, so it reports our message instead of wrapping it
            return Stream.<Supplier<Arguments>>of(() -> {
                        throw e;
                    })
                    .map(Supplier::get);
        }
        return selected.stream().map(Arguments::of);
    }

    void defer(Runnable select) {
        this.selection = select;
    }

    /** For {@link AllCommonErrors}. */
    public static final class Common extends CatalogueArgumentsProvider<CommonError>
            implements AnnotationConsumer<AllCommonErrors> {
        /** Invoked by JUnit. */
        public Common() {
            super(CommonError.catalogue(), "AllCommonErrors");
        }

        @Override
        public void accept(AllCommonErrors a) {
            defer(() -> select(a.only(), a.categories(), a.exclude(), a.excludeCategories()));
        }
    }

    /** For {@link AllStreamLiveErrors}. */
    public static final class StreamLive extends CatalogueArgumentsProvider<StreamLiveError>
            implements AnnotationConsumer<AllStreamLiveErrors> {
        /** Invoked by JUnit. */
        public StreamLive() {
            super(StreamLiveError.catalogue(), "AllStreamLiveErrors");
        }

        @Override
        public void accept(AllStreamLiveErrors a) {
            defer(() -> select(a.only(), a.categories(), a.exclude(), a.excludeCategories()));
        }
    }
}
