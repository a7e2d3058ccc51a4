// Starts a local Neo4j 5 community server (embedded, Bolt only) for `npm run neo4j`, the Neo4j tests and the benchmark.
package scg.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Usage: Launcher --data DIR [--port N] [--password P] [--pagecache BYTES] [--stop-on-stdin-close]
 *
 * <p>Prints one line `scg-neo4j: ready bolt://127.0.0.1:PORT` on stdout once Bolt accepts connections; the
 * Node side waits for it. Port 0 (the default) lets the OS choose a free port.
 */
public final class Launcher {
  public static void main(String[] args) throws Exception {
    Path data = null;
    int port = 0;
    String password = "sister-city-graph";
    long pagecache = 512L * 1024 * 1024;
    boolean stopOnStdinClose = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]).toAbsolutePath();
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--password" -> password = args[++i];
        case "--pagecache" -> pagecache = Long.parseLong(args[++i]);
        case "--stop-on-stdin-close" -> stopOnStdinClose = true;
        default -> fail("unknown option " + args[i]);
      }
    }
    if (data == null) fail("--data DIR is required");
    if (password.length() < 8) fail("the password must have at least 8 characters (Neo4j's minimum)");
    Files.createDirectories(data);

    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(data)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
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
    HostnamePort bolt =
        ((GraphDatabaseAPI) db)
            .getDependencyResolver()
            .resolveDependency(ConnectorPortRegister.class)
            .getLocalAddress(ConnectorType.BOLT);
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

  private static void fail(String message) {
    System.err.println("scg-neo4j: " + message);
    System.exit(2);
  }
}
