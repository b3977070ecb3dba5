package io.github.tctestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.tctestkit.core.signing.ApiCredentials;
import io.github.tctestkit.core.signing.Tc3Signer;
import io.github.tctestkit.wiremock.SdkClients.MdlClient;
import io.github.tctestkit.wiremock.SdkClients.Mode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fake cloud is reachable from this machine only, and never repeats a secret key or token. Isolated, because it
 * captures System.out and System.err.
 */
@Isolated
@TencentCloudApiTest(strict = true)
class SafetyTest {

    static final String ACTION = "DescribeStreamLiveChannels";
    static final String WRONG_KEY = "wrongKeyMarker7Q2uX9vL4sT8bN1mZ6";
    static final String ACCEPTED_KEY = "acceptedKeyMarker3F5hJ0kW7pR2yC9";
    static final String TOKEN = "tokenMarker8D1gV6nB3xQ0wE5rT7yU2iO4";
    static final String WRONG_TOKEN = "wrongTokenMarker4K9sL2dF6gH1jZ3";
    static final ApiCredentials TEMPORARY = ApiCredentials.of("AKIDsafetyTemporary0000000000000000", ACCEPTED_KEY)
            .withToken(TOKEN);

    static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        List<InetAddress> found = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (!address.isLoopbackAddress()
                        && !(address instanceof Inet6Address && address.isLinkLocalAddress())) {
                    found.add(address);
                }
            }
        }
        return found;
    }

    @Test
    void theServerListensOnLoopbackOnlyAndWithoutHttps(TencentCloudApi api) throws Exception {
        assertThat(api.wireMock().getOptions().bindAddress()).isEqualTo("127.0.0.1");
        assertThat(api.wireMock().getOptions().httpsSettings().enabled()).isFalse();
        RawHttp.connect(api.port()).close(); // reachable on loopback
    }

    @Test
    void theServerRefusesConnectionsToTheMachinesOtherAddresses(TencentCloudApi api) throws Exception {
        List<InetAddress> others = nonLoopbackAddresses();
        System.out.println("FIGURES SafetyTest: non-loopback addresses tried: " + others);
        assumeFalse(others.isEmpty(), "this machine has no non-loopback address to try");
        for (InetAddress address : others) {
            assertThatThrownBy(() -> RawHttp.connect(address, api.port()).close())
                    .as("connecting via %s", address)
                    .isInstanceOf(ConnectException.class);
        }
    }

    /** Runs the call with System.out and System.err captured, and returns everything written to them. */
    static String captured(ThrowingRunnable call) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(sink, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            call.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return sink.toString(StandardCharsets.UTF_8);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** Everything the library shows about the last refused request, plus what the client received and logged. */
    static List<String> everythingShown(TencentCloudApi api, String answer, String logged, ApiCredentials used) {
        Rejection rejection = api.lastRejection().orElseThrow();
        return List.of(
                "answer: " + answer,
                "rejection: " + rejection,
                "diagnostics: " + rejection.diagnostics(),
                "reason: " + rejection.reason(),
                "rejected request: " + rejection.request(),
                "last request: " + api.lastRequest(),
                "credentials used: " + used,
                "accepted credentials: " + TEMPORARY,
                "default credentials: " + api.credentials(),
                "handle: " + api,
                "output: " + logged);
    }

    static void assertNoSecret(List<String> shown, String... secrets) {
        for (String text : shown) {
            assertThat(text).doesNotContain(secrets);
        }
    }

    @Test
    void aWrongKeyIsNeverRepeated(TencentCloudApi api) throws Exception {
        ApiCredentials wrong = ApiCredentials.of(api.credentials().secretId(), WRONG_KEY);
        String[] answer = new String[1];
        String logged =
                captured(() -> answer[0] = Signed.post(api, wrong, ACTION, "{}".getBytes(StandardCharsets.UTF_8))
                        .body());

        assertThat(answer[0]).contains("AuthFailure.SignatureFailure");
        assertNoSecret(
                everythingShown(api, answer[0], logged, wrong),
                WRONG_KEY,
                api.credentials().secretKey());
    }

    @Test
    void temporaryCredentialsWithAWrongKeyOrTokenAreNeverRepeated(TencentCloudApi api) throws Exception {
        api.acceptCredentials(TEMPORARY);
        ApiCredentials wrongKey =
                ApiCredentials.of(TEMPORARY.secretId(), WRONG_KEY).withToken(TOKEN);
        ApiCredentials wrongToken =
                ApiCredentials.of(TEMPORARY.secretId(), ACCEPTED_KEY).withToken(WRONG_TOKEN);
        List<String> signedHeaderSets = List.of("content-type;host", "content-type;host;x-tc-action;x-tc-token");
        for (ApiCredentials used : List.of(wrongKey, wrongToken)) {
            for (String signed : signedHeaderSets) {
                HttpResponse<?>[] response = new HttpResponse<?>[1];
                String logged = captured(() -> response[0] = Signed.post(
                        api, used, ACTION, "{}".getBytes(StandardCharsets.UTF_8), List.of(signed.split(";"))));
                String answer = String.valueOf(response[0].body());

                assertThat(answer).as("signed over %s", signed).contains("AuthFailure.");
                assertNoSecret(everythingShown(api, answer, logged, used), WRONG_KEY, ACCEPTED_KEY, TOKEN, WRONG_TOKEN);
            }
        }
        assertThat(Tc3Signer.SIGNED_HEADERS_WITH_ACTION).contains("x-tc-action");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void theSdkWithTemporaryCredentialsAndAWrongKeyNeverSeesThemRepeated(Mode mode, TencentCloudApi api)
            throws Exception {
        api.acceptCredentials(TEMPORARY);
        ApiCredentials wrongKey =
                ApiCredentials.of(TEMPORARY.secretId(), WRONG_KEY).withToken(TOKEN);
        String[] answer = new String[1];
        String logged = captured(() -> {
            try {
                answer[0] = new MdlClient(api, wrongKey, mode).describe(ACTION, null);
            } catch (com.tencentcloudapi.common.exception.TencentCloudSDKException e) {
                answer[0] = e.getErrorCode() + " " + e.getMessage() + " " + e;
            }
        });

        assertThat(answer[0]).contains("AuthFailure.SignatureFailure");
        assertNoSecret(everythingShown(api, answer[0], logged, wrongKey), WRONG_KEY, ACCEPTED_KEY, TOKEN);
    }
}
