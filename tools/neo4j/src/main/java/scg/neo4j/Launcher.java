// Starts a local Neo4j 5 community server (embedded: Bolt, and HTTP with Neo4j Browser) for `npm run neo4j`, the Neo4j tests and the benchmark.
package scg.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;

/**
 * Usage: Launcher --data DIR [--port N] [--http-port N] [--password P] [--pagecache BYTES]
 * [--stop-on-stdin-close]
 *
 * <p>Prints `scg-neo4j: browser http://127.0.0.1:PORT/browser/`, then `scg-neo4j: ready bolt://127.0.0.1:PORT` on
 * stdout once Bolt accepts connections; the Node side waits for the second. Port 0 (the default, for both) lets the
 * OS choose a free port. Neo4j Browser is the org.neo4j.client:neo4j-browser jar on the classpath: the web server
 * serves its `browser/` resources at /browser/ when there is no browser folder in the server's home.
 */
public final class Launcher {
  public static void main(String[] args) throws Exception {
    Path data = null;
    int port = 0;
    int httpPort = 0;
    String password = "sister-city-graph";
    long pagecache = 512L * 1024 * 1024;
    boolean stopOnStdinClose = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]).toAbsolutePath();
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--http-port" -> httpPort = Integer.parseInt(args[++i]);
        case "--password" -> password = args[++i];
        case "--pagecache" -> pagecache = Long.parseLong(args[++i]);
        case "--stop-on-stdin-close" -> stopOnStdinClose = true;
        default -> fail("unknown option " + args[i]);
      }
    }
    if (data == null) fail("--data DIR is required");
    if (password.length() < 8) fail("the password must have at least 8 characters (Neo4j's minimum)");
    Files.createDirectories(data);
    // Ports fixed before the start, so that the server advertises the real ones: Neo4j Browser fills its connect form
    // with the advertised Bolt address (with port 0 it would say 7687).
    port = port == 0 ? freePort() : port;
    httpPort = httpPort == 0 ? freePort() : httpPort;

    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(data)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            // HTTP for Neo4j Browser (and the HTTP API), on the loopback interface only, like Bolt.
            .setConfig(HttpConnector.enabled, true)
            .setConfig(HttpConnector.listen_address, new SocketAddress("127.0.0.1", httpPort))
            .setConfig(HttpConnector.advertised_address, new SocketAddress("127.0.0.1", httpPort))
            // A local server talks to nobody else: no usage reports, from the server or from Neo4j Browser.
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            .setConfig(ServerSettings.allow_telemetry, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
            // A local, throw-away server: no preallocation and short log retention keep the data folder small.
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
            .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
            .build();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.shutdown();
                  stopped.countDown();
                }));

    setPassword(service, password);

    GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    ConnectorPortRegister ports =
        ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
    HostnamePort bolt = ports.getLocalAddress(ConnectorType.BOLT);
    HostnamePort http = ports.getLocalAddress(ConnectorType.HTTP);
    System.out.println("scg-neo4j: browser http://127.0.0.1:" + http.getPort() + "/browser/");
    System.out.println("scg-neo4j: ready bolt://127.0.0.1:" + bolt.getPort());
    System.out.println("scg-neo4j: user neo4j, password " + password + ", database neo4j, data in " + data);
    System.out.flush();

    if (stopOnStdinClose) {
      // The Node process that started us holds our stdin: when it dies, stdin closes and we stop too.
      Thread watchdog =
          new Thread(
              () -> {
                try {
                  InputStream in = System.in;
                  while (in.read() != -1) {}
                } catch (IOException ignored) {
                }
                System.exit(0);
              });
      watchdog.setDaemon(true);
      watchdog.start();
    }
    stopped.await();
  }

  /** The built-in user `neo4j` starts with password `neo4j` that must be changed; set ours, without the change. */
  private static void setPassword(DatabaseManagementService service, String password) {
    try {
      service
          .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // A data folder kept from an earlier start may already have this password; Neo4j refuses to set it again.
      if (!String.valueOf(e.getMessage()).contains("same")) throw e;
    }
  }

  /** A port nobody listens on now (the OS's choice); taken again by the server a moment later. */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void fail(String message) {
    System.err.println("scg-neo4j: " + message);
    System.exit(2);
  }
}
