package nl.koploper.gateway;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The JDK's HTTP server on a free loopback port, each request on its own daemon thread: what every stand-in service
 * of these tests runs on ({@link DownstreamStub}, {@link LoadBackend}, {@link BufferLeakIT}'s large answer).
 */
final class LoopbackHttpServer {

    private final HttpServer server;
    private final ExecutorService executor;

    /** @param acceptBacklog connections the OS queues before the server accepts them (0: the system's default) */
    LoopbackHttpServer(String threadName, int acceptBacklog, HttpHandler handler) {
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), acceptBacklog);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", handler);
        server.start();
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }
}
