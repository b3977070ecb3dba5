package io.github.tctestkit.wiremock.internal.errorsources;

import io.github.tctestkit.core.ErrorCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.platform.commons.PreconditionViolationException;

/**
 * The filters every error-code parameter source shares: start from {@code only} (or every code), keep {@code
 * categories}, drop {@code exclude} and {@code excludeCategories}. Not API.
 */
final class ErrorSelection {

    private ErrorSelection() {}

    /**
     * Selects codes.
     *
     * @param annotation for messages, e.g. "@AllErrorsOf(action = \"CreateStreamLiveInput\")"
     * @param all the codes to choose from, in order
     * @param only wire codes to start from; all when empty
     * @param categories categories to keep; all when empty
     * @param exclude wire codes to drop
     * @param excludeCategories categories to drop
     * @return the selected codes, in the order of {@code all}
     * @throws PreconditionViolationException if a filter names something unknown, or nothing is left
     */
    static <E extends ErrorCode> List<E> select(
            String annotation,
            List<E> all,
            List<String> only,
            List<String> categories,
            List<String> exclude,
            List<String> excludeCategories) {
        Set<String> known = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        for (E e : all) {
            known.add(e.category());
            codes.add(e.code());
        }
        for (String c :
                Stream.concat(categories.stream(), excludeCategories.stream()).toList()) {
            if (!known.contains(c)) {
                throw new PreconditionViolationException(annotation + " names category \"" + c
                        + "\", which no code has. Categories: " + String.join(", ", known));
            }
        }
        for (String c : Stream.concat(only.stream(), exclude.stream()).toList()) {
            if (!codes.contains(c)) {
                throw new PreconditionViolationException(annotation + " names code \"" + c
                        + "\", which is not among the codes it chooses from: " + String.join(", ", codes));
            }
        }
        List<E> result = new ArrayList<>();
        for (E e : all) {
            if ((only.isEmpty() || only.contains(e.code()))
                    && (categories.isEmpty() || categories.contains(e.category()))
                    && !exclude.contains(e.code())
                    && !excludeCategories.contains(e.category())
                    && result.stream().noneMatch(r -> r.code().equals(e.code()))) {
                result.add(e);
            }
        }
        if (result.isEmpty()) {
            throw new PreconditionViolationException(annotation + " selects no error code: only=" + only
                    + ", categories=" + categories + ", exclude=" + exclude + ", excludeCategories="
                    + excludeCategories);
        }
        return List.copyOf(result);
    }

    static List<String> codes(ErrorCode[] codes) {
        return Arrays.stream(codes).map(ErrorCode::code).toList();
    }
}
