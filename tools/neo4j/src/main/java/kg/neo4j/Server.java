package kg.neo4j;

import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A Neo4j Community DBMS with Bolt on 127.0.0.1, for development and tests.
 *
 * <p>Usage: {@code Server <data dir> [bolt port] [page cache MiB]}. Auth is off (loopback only); it
 * prints {@code NEO4J_READY bolt://127.0.0.1:<port>} once Bolt accepts connections and
 * shuts the databases down cleanly on SIGTERM.
 */
public final class Server {
  public static void main(String[] args) throws Exception {
    Path home = Path.of(args.length > 0 ? args[0] : "neo4j-data").toAbsolutePath();
    int port = args.length > 1 ? Integer.parseInt(args[1]) : BoltConnector.DEFAULT_PORT;
    long pageCacheMiB = args.length > 2 ? Long.parseLong(args[2]) : 256L;
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMiB << 20)
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
    System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();
    Thread.currentThread().join();
  }
}
