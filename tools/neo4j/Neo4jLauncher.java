// Starts Neo4j Community in this JVM on a free loopback Bolt port with authentication on, prints
// NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD (each on its own line, then NEO4J_READY), and shuts down cleanly on
// SIGTERM / Ctrl-C, or when standard input closes if started with --exit-on-stdin-eof (a parent test run that dies
// must not leave a server behind). Run through tools/neo4j/launch.ts, which compiles it once and puts the
// Maven-resolved jars on the classpath.
//
// Arguments: --data DIR (database files; created when missing) --password PW (at least 8 characters)
//            [--port N (0: any free port)] [--pagecache SIZE, e.g. 512m] [--exit-on-stdin-eof]

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

public final class Neo4jLauncher {
  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--exit-on-stdin-eof")) opts.put(a, "true");
      else if (a.startsWith("--") && i + 1 < args.length) opts.put(a, args[++i]);
      else throw new IllegalArgumentException("Neo4jLauncher: unknown argument " + a);
    }
    String data = require(opts, "--data");
    String password = require(opts, "--password");
    if (password.length() < 8) throw new IllegalArgumentException("Neo4jLauncher: --password needs 8+ characters");
    int port = Integer.parseInt(opts.getOrDefault("--port", "0"));

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(Path.of(data))
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(opts.getOrDefault("--pagecache", "512m")))
        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

    // The built-in user starts with password "neo4j" and must change it: set ours, with no change required.
    dbms.database("system").executeTransactionally(
        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));

    GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    var bound = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
        .getLocalAddress(ConnectorType.BOLT);
    System.out.println("NEO4J_URI=bolt://127.0.0.1:" + bound.getPort());
    System.out.println("NEO4J_USER=neo4j");
    System.out.println("NEO4J_PASSWORD=" + password);
    System.out.println("NEO4J_READY");
    System.out.flush();

    if (opts.containsKey("--exit-on-stdin-eof")) {
      while (System.in.read() != -1) {
        // Anything typed is ignored: only the end of input matters.
      }
      System.exit(0); // runs the shutdown hook
    }
    Thread.currentThread().join();
  }

  private static String require(Map<String, String> opts, String name) {
    String v = opts.get(name);
    if (v == null) throw new IllegalArgumentException("Neo4jLauncher: missing " + name);
    return v;
  }
}
