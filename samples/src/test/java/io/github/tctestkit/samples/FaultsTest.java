package io.github.tctestkit.samples;

// docs/extension.md shows this file whole, from the tag on.
// tag::faults[]
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tctestkit.wiremock.Fault;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@TencentCloudApiTest
class FaultsTest {

    /** The client under test, with the SDK's read timeout in seconds; it never sleeps between attempts. */
    static StreamLiveChannels channels(TencentCloudApi api, int readTimeoutSeconds) {
        return new StreamLiveChannels(StreamLiveSdk.client(api, readTimeoutSeconds), 3, backoff -> {});
    }

    @ParameterizedTest
    @CsvSource({
        "INTERNAL_SERVER_ERROR_500, ServerSideError",
        "BAD_GATEWAY_502,           ServerSideError",
        "SERVICE_UNAVAILABLE_503,   ServerSideError",
        "GATEWAY_TIMEOUT_504,       ServerSideError",
        "NOT_JSON,                  MalformedResponse",
        "EMPTY_BODY,                MalformedResponse", // the SDK throws a NullPointerException
        "EMPTY_JSON_OBJECT,         MalformedResponse", // the SDK throws a NullPointerException
        "CONNECTION_RESET,          NetworkError",
        "EMPTY_RESPONSE,            NetworkError",
        "RANDOM_DATA_THEN_CLOSE,    NetworkError",
    })
    void reportsBrokenAnswersAsAStreamLiveException(Fault fault, String expectedCode, TencentCloudApi api) {
        api.givenFault(fault);

        StreamLiveException e = assertThrows(StreamLiveException.class, channels(api, 10)::listChannels);

        assertThat(e.code()).isEqualTo(expectedCode);
    }

    @Test
    void reportsATimeout(TencentCloudApi api) {
        api.givenSuccess("DescribeStreamLiveChannels").delayedBy(Duration.ofSeconds(3));
        StreamLiveChannels impatient = channels(api, 1);

        StreamLiveException e = assertThrows(StreamLiveException.class, impatient::listChannels);

        assertThat(e.code()).isEqualTo(StreamLiveException.NETWORK_ERROR);
        assertThat(e.getCause()).hasCauseInstanceOf(SocketTimeoutException.class); // the SDK's exception wraps it
    }
}
// end::faults[]
