package io.github.tctestkit.assertions;

import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.api.StandardSoftAssertionsProvider;

/**
 * Soft assertions for Tencent Cloud API 3.0 envelopes, plus all of AssertJ's standard soft assertions: failures are
 * collected and reported together by {@link #assertAll()}.
 *
 * <pre>{@code
 * TencentCloudSoftAssertions.assertSoftly(softly -> {
 *     softly.assertThat(response).failedWith(CommonError.AUTH_SIGNATURE_FAILURE);
 *     softly.assertThat(response).hasUuidRequestId();
 *     softly.assertThat(count).isZero();
 * });
 * }</pre>
 *
 * <p>Works with AssertJ's JUnit 5 extension:
 *
 * <pre>{@code
 * @ExtendWith(SoftAssertionsExtension.class)
 * class ChannelContractTest {
 *     @InjectSoftAssertions
 *     TencentCloudSoftAssertions softly;
 * }
 * }</pre>
 *
 * <p>With AssertJ's own {@code SoftAssertions}, wrap the hard assertions in {@code softly.check(() ->
 * TencentCloudAssertions.assertThat(response).succeeded())}.
 */
public class TencentCloudSoftAssertions extends AbstractSoftAssertions
        implements TencentCloudSoftAssertionsProvider, StandardSoftAssertionsProvider {

    /** Creates an empty collector of failures. */
    public TencentCloudSoftAssertions() {}

    /**
     * Runs the assertions in {@code softly} and then reports all their failures together.
     *
     * @param softly the assertions
     * @throws AssertionError if any assertion failed (an {@code AssertJMultipleFailuresError} when there are several)
     */
    public static void assertSoftly(Consumer<TencentCloudSoftAssertions> softly) {
        SoftAssertionsProvider.assertSoftly(TencentCloudSoftAssertions.class, softly);
    }
}
