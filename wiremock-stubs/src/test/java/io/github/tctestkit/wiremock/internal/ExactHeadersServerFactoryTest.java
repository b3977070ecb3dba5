package io.github.tctestkit.wiremock.internal;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server factory: a TLS client on the plain-HTTP port is named once, and everything else is as before. */
class ExactHeadersServerFactoryTest {

    final List<String> lines = new CopyOnWriteArrayList<>();
    WireMockServer server;

    int start() {
        server = new WireMockServer(wireMockConfig()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .httpServerFactory(new ExactHeadersServerFactory(lines::add)));
        server.start();
        return server.port();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static Socket connect(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
        socket.setSoTimeout(5_000);
        return socket;
    }

    static Throwable tlsHandshake(int port) throws Exception {
        try (Socket plain = connect(port);
                SSLSocket tls = (SSLSocket)
                        SSLContext.getDefault().getSocketFactory().createSocket(plain, "127.0.0.1", port, true)) {
            return catchThrowable(tls::startHandshake);
        }
    }

    /** Writes the parts with a pause between them, then reads until the server closes. */
    static String exchange(int port, byte[]... parts) throws Exception {
        try (Socket socket = connect(port)) {
            OutputStream out = socket.getOutputStream();
            for (byte[] part : parts) {
                out.write(part);
                out.flush();
                Thread.sleep(100);
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void aTlsClientSeesWhatItSawBeforeAndTheServerNamesTheMistakeOnce() throws Exception {
        int port = start();

        Throwable first = tlsHandshake(port);
        Throwable second = tlsHandshake(port);

        // what the client sees is the JDK's, unchanged: Jetty still answers its 400 page in plain text
        assertThat(first).isInstanceOf(SSLException.class).hasMessage("Unsupported or unrecognized SSL message");
        assertThat(second).isInstanceOf(SSLException.class);
        assertThat(lines)
                .containsExactly("tctestkit: a TLS handshake arrived on port " + port
                        + ", where the fake Tencent Cloud speaks plain HTTP: the client uses https://. With the Tencent"
                        + " Cloud SDK call httpProfile.setProtocol(\"http://\") (its default is https://) next to"
                        + " httpProfile.setEndpoint(api.endpoint()); other clients take api.baseUri(), which starts"
                        + " with http://. The client itself sees an SSLException such as \"Unsupported or"
                        + " unrecognized SSL message\".");
    }

    @Test
    void plainHttpIsServedAsBefore() throws Exception {
        int port = start();

        String answer = exchange(
                port,
                "GET /__admin/mappings HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));

        assertThat(answer).startsWith("HTTP/1.1 200");
        assertThat(lines).isEmpty();
    }

    @Test
    void aHandshakeByteWithoutATlsVersionIsJettysBadRequestAndNotNamed() throws Exception {
        int port = start();

        String answer = exchange(port, new byte[] {0x16, 0x01, 'x', '\r', '\n', '\r', '\n'});

        assertThat(answer).startsWith("HTTP/1.1 400").contains("Illegal character CNTL=0x16");
        assertThat(lines).isEmpty();
    }

    @Test
    void aHandshakeSplitAfterItsFirstByteIsStillRecognised() throws Exception {
        int port = start();

        String answer = exchange(port, new byte[] {0x16}, new byte[] {0x03, 0x01, 0x00, 0x05, 1, 2, 3, 4, 5});

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(lines).singleElement().asString().startsWith("tctestkit: a TLS handshake arrived on port " + port);
    }
}
