package kg.neo4j;

import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A Neo4j Community DBMS with Bolt and HTTP on 127.0.0.1, for development and tests.
 *
 * <p>Usage: {@code Server <data dir> [bolt port] [page cache MiB] [http port]}. The HTTP
 * connector serves the Neo4j Browser (from the neo4j-browser jar on the class path) at
 * {@code http://127.0.0.1:<http port>/}; an http port of 0 turns HTTP off. Auth is off
 * (loopback only); it prints {@code NEO4J_READY bolt://127.0.0.1:<port>} once the
 * connectors accept connections and shuts the databases down cleanly on SIGTERM.
 */
public final class Server {
  public static void main(String[] args) throws Exception {
    Path home = Path.of(args.length > 0 ? args[0] : "neo4j-data").toAbsolutePath();
    int port = args.length > 1 ? Integer.parseInt(args[1]) : BoltConnector.DEFAULT_PORT;
    long pageCacheMiB = args.length > 2 ? Long.parseLong(args[2]) : 256L;
    int httpPort = args.length > 3 ? Integer.parseInt(args[3]) : HttpConnector.DEFAULT_PORT;
    SocketAddress http =
        new SocketAddress("127.0.0.1", httpPort > 0 ? httpPort : HttpConnector.DEFAULT_PORT);
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        // the Browser asks the HTTP discovery endpoint where Bolt is: tell it the real port
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, httpPort > 0)
        .setConfig(HttpConnector.listen_address, http)
        .setConfig(HttpConnector.advertised_address, http)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMiB << 20)
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
    System.out.println("NEO4J_READY bolt://127.0.0.1:" + port
        + (httpPort > 0 ? " http://127.0.0.1:" + httpPort + "/" : ""));
    System.out.flush();
    Thread.currentThread().join();
  }
}
