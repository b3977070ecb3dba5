package io.github.tctestkit.wiremock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** HTTP/1.1 over a plain socket, for requests no well-behaved client would send. Every read is bounded in time. */
final class RawHttp {

    static final int TIMEOUT_MILLIS = 5_000;
    static final int MAX_RESPONSE_BYTES = 1 << 20;

    private RawHttp() {}

    /** What came back: the status (0 when the server closed without a status line), and the decoded body. */
    record Response(int status, String head, String body) {}

    static Socket connect(int port) throws IOException {
        return connect(InetAddress.getLoopbackAddress(), port);
    }

    static Socket connect(InetAddress address, int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(address, port), TIMEOUT_MILLIS);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        return socket;
    }

    /** Sends the bytes as they are and reads until the server closes the connection (send "Connection: close"). */
    static Response exchange(int port, byte[] request) throws IOException {
        try (Socket socket = connect(port)) {
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return read(socket.getInputStream());
        }
    }

    /**
     * Like {@link #exchange(int, byte[])}, but reads while it writes: for a request the server refuses before it has
     * read it all (it answers, then closes; the rest of the write fails with a broken pipe, which is expected).
     */
    static Response exchangeWhileWriting(int port, byte[] request) throws Exception {
        try (Socket socket = connect(port)) {
            Thread writer = new Thread(() -> {
                try {
                    socket.getOutputStream().write(request);
                    socket.getOutputStream().flush();
                } catch (IOException refusedMidway) {
                    // the server answered and closed before reading everything: what the test is about
                }
            });
            writer.setDaemon(true);
            writer.start();
            Response response = read(socket.getInputStream());
            writer.join(TIMEOUT_MILLIS);
            return response;
        }
    }

    static Response exchange(int port, String request) throws IOException {
        return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A well-formed API 3.0 POST that asks the server to close the connection after answering. */
    static String post(int port, String action, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return "POST / HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + port + "\r\n"
                + "Content-Type: application/json; charset=utf-8\r\n"
                + "X-TC-Action: " + action + "\r\n"
                + "X-TC-Version: 2020-03-26\r\n"
                + "Content-Length: " + bytes.length + "\r\n"
                + "Connection: close\r\n\r\n"
                + new String(bytes, StandardCharsets.ISO_8859_1);
    }

    static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; all.size() < MAX_RESPONSE_BYTES && (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new SocketTimeoutException("the server neither answered in full nor closed the connection within "
                    + TIMEOUT_MILLIS + " ms; received so far: " + all.toString(StandardCharsets.ISO_8859_1));
        } catch (IOException reset) {
            if (all.size() == 0) {
                return new Response(0, "", ""); // reset without an answer
            }
        }
        String text = all.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.") || end < 0) {
            return new Response(0, text, "");
        }
        String head = text.substring(0, end);
        int status = Integer.parseInt(head.substring(9, 12));
        byte[] rest = text.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1);
        boolean chunked = head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked");
        String body = new String(chunked ? dechunk(rest) : rest, StandardCharsets.UTF_8);
        return new Response(status, head, body);
    }

    private static byte[] dechunk(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < data.length) {
            int lineEnd = indexOfCrlf(data, at);
            if (lineEnd < 0) {
                break;
            }
            String sizeText = new String(data, at, lineEnd - at, StandardCharsets.ISO_8859_1).trim();
            int semicolon = sizeText.indexOf(';');
            int size = Integer.parseInt(semicolon < 0 ? sizeText : sizeText.substring(0, semicolon), 16);
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            out.write(data, start, Math.min(size, data.length - start));
            at = start + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOfCrlf(byte[] data, int from) {
        for (int i = from; i + 1 < data.length; i++) {
            if (data[i] == '\r' && data[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
