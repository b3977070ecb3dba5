package io.github.tctestkit.wiremock.internal;

import com.github.tomakehurst.wiremock.common.JettySettings;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import org.eclipse.jetty.io.NetworkTrafficListener;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * WireMock's Jetty server with one change: header values reach us exactly as the client sent them. Jetty's header
 * cache otherwise matches well-known values without regard to case and hands over its own spelling ({@code
 * application/json; charset=utf-8} arrives as {@code charset=UTF-8}), which would break the verification of TC3
 * signatures, since they cover {@code content-type} as sent. Not API.
 */
final class ExactHeadersServerFactory implements HttpServerFactory {

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
                return connector;
            }
        };
    }
}
