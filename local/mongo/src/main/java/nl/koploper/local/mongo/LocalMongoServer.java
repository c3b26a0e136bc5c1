package nl.koploper.local.mongo;

import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;

/**
 * The MongoDB wire-protocol server {@code ./koploper up} runs: mongo-java-server keeping its data in one H2 file,
 * on a host and port of our choosing ({@code H2MongoServer} only listens on localhost:27017).
 *
 * <p>Arguments: {@code <data file> [host] [port]}, defaults {@code 127.0.0.1} and {@code 27017}.
 */
public final class LocalMongoServer {

    private LocalMongoServer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LocalMongoServer <data file> [host] [port]");
            System.exit(2);
        }
        Path file = Path.of(args[0]).toAbsolutePath();
        String host = args.length > 1 ? args[1] : "127.0.0.1";
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 27017;
        Files.createDirectories(file.getParent());

        MongoServer server = new MongoServer(new IdFirstH2Backend(openStore(file)));
        // Shutting the server down closes the backend, which commits the MVStore: data survives a TERM.
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "mongo-shutdown"));
        // mongo-java-server does not lock a document between matching and updating it: two versioned saves on two
        // worker threads could both match one version, and the optimistic lock (the last place of a group, a mail
        // claimed once) would let both through. MongoDB applies a single-document update atomically; one worker
        // thread gives this server the same guarantee.
        server.bind(new InetSocketAddress(host, port), 1, 1);
        System.out.printf("mongo-java-server (H2 %s, page cache %d MB) listening on %s:%d%n", file,
                pageCacheMegabytes(), host, port);
    }

    /**
     * The H2 file with a page cache of {@link #pageCacheMegabytes()} instead of H2's 16 MB. mongo-java-server answers
     * most queries by reading the collection's pages (it uses only unique indexes); with 16 MB, once a few thousand
     * registrations were stored, every query read and deserialised pages from the file again, and the heap around it
     * was collected in full several times a second: 20 registrations/s queued for minutes behind this one process.
     */
    static MVStore openStore(Path file) {
        return new MVStore.Builder().fileName(file.toString()).cacheSize(pageCacheMegabytes()).open();
    }

    /** Two fifths of the heap: the deserialised pages take about twice their size on the heap. */
    static int pageCacheMegabytes() {
        return (int) Math.max(16, Runtime.getRuntime().maxMemory() * 2 / 5 / (1024 * 1024));
    }
}
