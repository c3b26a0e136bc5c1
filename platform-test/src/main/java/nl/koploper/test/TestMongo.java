package nl.koploper.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The database for integration tests, started once per test JVM: MongoDB itself (Testcontainers) where a Docker
 * engine exists, else mongo-java-server over the real wire protocol. The same test classes run against either;
 * {@code -Dkoploper.test.mongo=embedded} forces the embedded server.
 */
public final class TestMongo {

    private static volatile String connectionString;

    private TestMongo() {
    }

    public static String connectionString() {
        if (connectionString == null) {
            synchronized (TestMongo.class) {
                if (connectionString == null) {
                    connectionString = useDocker() ? startContainer() : startEmbedded();
                }
            }
        }
        return connectionString;
    }

    private static boolean useDocker() {
        if ("embedded".equals(System.getProperty("koploper.test.mongo"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // lives as long as the test JVM
    private static String startContainer() {
        MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
        mongo.start();
        return mongo.getReplicaSetUrl().replaceFirst("/test$", "/");
    }

    private static String startEmbedded() {
        MongoServer server = new MongoServer(new MemoryBackend());
        // One worker thread: mongo-java-server runs each command on its network thread and does not lock a document
        // between matching and updating it, so two versioned saves arriving on two threads could both match the same
        // version, and a race the optimistic lock must decide (two registrations for the last place) would place
        // both. MongoDB applies each single-document update atomically; one thread gives the embedded server the same.
        server.bind(new InetSocketAddress("127.0.0.1", 0), 1, 1);
        InetSocketAddress address = server.getLocalAddress();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        return "mongodb://127.0.0.1:" + address.getPort();
    }
}
