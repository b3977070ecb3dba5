package io.github.tctestkit.wiremock.internal;

import com.github.tomakehurst.wiremock.common.JettySettings;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.NetworkTrafficListener;
import org.eclipse.jetty.server.AbstractConnectionFactory;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.DetectorConnectionFactory;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * WireMock's Jetty server with two changes. Header values reach us exactly as the client sent them: Jetty's header
 * cache otherwise matches well-known values without regard to case and hands over its own spelling ({@code
 * application/json; charset=utf-8} arrives as {@code charset=UTF-8}), which would break the verification of TC3
 * signatures, since they cover {@code content-type} as sent. And a client that speaks TLS to the plain-HTTP port (the
 * Tencent Cloud SDK does by default: {@code HttpProfile}'s protocol is {@code https://}) is named once per server on
 * standard error, since all it sees itself is an {@code SSLException} such as "Unsupported or unrecognized SSL
 * message"; the connection is otherwise left to Jetty, which answers its 400 page as before. Not API.
 */
final class ExactHeadersServerFactory implements HttpServerFactory {

    private final Consumer<String> warnings;

    ExactHeadersServerFactory() {
        this(System.err::println);
    }

    /**
     * @param warnings where the line about a TLS client goes
     */
    ExactHeadersServerFactory(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    @Override
    public String getName() {
        return "tctestkit-exact-headers";
    }

    @Override
    public HttpServer buildHttpServer(
            Options options, AdminRequestHandler adminRequestHandler, StubRequestHandler stubRequestHandler) {
        return new Jetty11HttpServer(options, adminRequestHandler, stubRequestHandler) {
            @Override
            protected ServerConnector createHttpConnector(
                    String bindAddress, int port, JettySettings jettySettings, NetworkTrafficListener listener) {
                ServerConnector connector = super.createHttpConnector(bindAddress, port, jettySettings, listener);
                for (ConnectionFactory factory : connector.getConnectionFactories()) {
                    if (factory instanceof HttpConnectionFactory http) {
                        http.getHttpConfiguration().setHeaderCacheCaseSensitive(true);
                    }
                }
                // first look at the first bytes of each connection, then hand it to the protocols as before
                DetectorConnectionFactory detector = new DetectorConnectionFactory(new TlsProbe(connector, warnings));
                connector.addFirstConnectionFactory(detector);
                connector.setDefaultProtocol(detector.getProtocol());
                return connector;
            }
        };
    }

    /**
     * The line for a client that speaks TLS to the plain-HTTP port.
     *
     * @param port the port
     * @return the line
     */
    static String tlsWarning(int port) {
        return "tctestkit: a TLS handshake arrived on port " + port
                + ", where the fake Tencent Cloud speaks plain HTTP:"
                + " the client uses https://. With the Tencent Cloud SDK call httpProfile.setProtocol(\"http://\")"
                + " (its default is https://) next to httpProfile.setEndpoint(api.endpoint()); other clients take"
                + " api.baseUri(), which starts with http://. The client itself sees an SSLException such as"
                + " \"Unsupported or unrecognized SSL message\".";
    }

    /**
     * Recognises a TLS handshake record (content type 22, major version 3) at the start of a connection, names it once,
     * and never claims the connection: Jetty goes on to the next protocol, plain HTTP, with the bytes read so far.
     */
    static final class TlsProbe extends AbstractConnectionFactory implements ConnectionFactory.Detecting {

        private static final byte HANDSHAKE = 0x16;
        private static final byte TLS_MAJOR_VERSION = 0x03;

        private final ServerConnector connector;
        private final Consumer<String> warnings;
        private final AtomicBoolean warned = new AtomicBoolean();

        TlsProbe(ServerConnector connector, Consumer<String> warnings) {
            super("tctestkit-tls-probe");
            this.connector = connector;
            this.warnings = warnings;
        }

        @Override
        public Detection detect(ByteBuffer buffer) {
            int at = buffer.position();
            if (buffer.remaining() < 1 || buffer.get(at) != HANDSHAKE) {
                return Detection.NOT_RECOGNIZED;
            }
            if (buffer.remaining() < 2) {
                return Detection.NEED_MORE_BYTES;
            }
            if (buffer.get(at + 1) == TLS_MAJOR_VERSION && warned.compareAndSet(false, true)) {
                warnings.accept(tlsWarning(connector.getLocalPort()));
            }
            return Detection.NOT_RECOGNIZED;
        }

        @Override
        public Connection newConnection(Connector connector, EndPoint endPoint) {
            throw new IllegalStateException("the TLS probe never claims a connection");
        }
    }
}
